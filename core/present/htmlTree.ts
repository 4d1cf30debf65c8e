/**
 * Part of a page as plain data, as svgTree.ts is for drawings: what the presentation kit's HTML builders return,
 * so they stay host-free (no `document`) and testable as text; each page turns it into DOM with
 * {@link toHtmlElement} and its own `document`. Attribute values and text are never parsed as markup (group and
 * stage names are the user's own cell text).
 */

/**
 * An HTML element: its tag, attributes (in order), inline styles and children (elements or text). Styles are set
 * through the element's style object, never a `style` attribute (the Excel pane's CSP allows none).
 */
export interface HtmlNode {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string | number>>;
  /** CSS properties by their CSS names ("background-color"). */
  readonly style?: Readonly<Record<string, string>>;
  readonly children: readonly (HtmlNode | string)[];
}

/**
 * An element node; attributes left undefined and `false`, null and undefined children are left out.
 * @example
 * htmlNode("td", { class: undefined, "data-figure": "deals" }, "12") //=> { tag: "td", attributes: { "data-figure": "deals" }, children: ["12"] }
 */
export function htmlNode(
  tag: string,
  attributes: Readonly<Record<string, string | number | undefined>> = {},
  ...children: (HtmlNode | string | false | null | undefined)[]
): HtmlNode {
  const set = Object.fromEntries(Object.entries(attributes).filter((entry): entry is [string, string | number] => entry[1] !== undefined));
  return { tag, attributes: set, children: children.filter((child): child is HtmlNode | string => child !== false && child !== null && child !== undefined) };
}

/** What {@link toHtmlElement} needs of a page's `document` (a browser `Document` is one). */
export interface HtmlDocument<E extends HtmlElementLike> {
  createElement(tag: string): E;
  createTextNode(text: string): unknown;
}

/** What {@link toHtmlElement} needs of an element (a browser `HTMLElement` is one). */
export interface HtmlElementLike {
  setAttribute(name: string, value: string): void;
  append(...nodes: never[]): void;
  readonly style: { setProperty(name: string, value: string): void };
}

/**
 * The node as DOM elements of `page` (the page's `document`): attributes through setAttribute, styles through the
 * style object, text through text nodes. The caller knows the element's type: `toHtmlElement(node, document) as HTMLDivElement`.
 */
export function toHtmlElement<E extends HtmlElementLike>(node: HtmlNode, page: HtmlDocument<E>): E {
  const element = page.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, String(value));
  for (const [name, value] of Object.entries(node.style ?? {})) element.style.setProperty(name, value);
  const append = element.append.bind(element) as (...nodes: unknown[]) => void;
  for (const child of node.children) append(typeof child === "string" ? page.createTextNode(child) : toHtmlElement(child, page));
  return element;
}
