/**
 * A drawing as plain data: what the presentation kit's builders return, so they stay host-free (no `document`)
 * and testable as text; each page turns it into DOM with {@link toSvgElement} and its own `document`.
 * Attribute values and text are never parsed as markup (stage names are the user's own header text).
 */

/** An SVG element: its tag, attributes (in order) and children (elements or text). */
export interface SvgNode {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly children: readonly (SvgNode | string)[];
}

/**
 * An element node; `false`, null and undefined children are left out.
 * @example
 * svgNode("text", { x: 4 }, "Lead") //=> { tag: "text", attributes: { x: 4 }, children: ["Lead"] }
 */
export function svgNode(tag: string, attributes: Readonly<Record<string, string | number>> = {}, ...children: (SvgNode | string | false | null | undefined)[]): SvgNode {
  return { tag, attributes, children: children.filter((child): child is SvgNode | string => child !== false && child !== null && child !== undefined) };
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escape = (text: string) => text.replace(/[&<>"]/g, (character) => ESCAPES[character]);

/**
 * The node as SVG markup, text and attribute values escaped (for tests, and for a page that wants a string).
 * @example
 * svgMarkup(svgNode("text", { class: "a" }, "R&D <1>")) //=> '<text class="a">R&amp;D &lt;1&gt;</text>'
 */
export function svgMarkup(node: SvgNode | string): string {
  if (typeof node === "string") return escape(node);
  const attributes = Object.entries(node.attributes).map(([name, value]) => ` ${name}="${escape(String(value))}"`).join("");
  return `<${node.tag}${attributes}>${node.children.map(svgMarkup).join("")}</${node.tag}>`;
}

/** What {@link toSvgElement} needs of a page's `document` (a browser `Document` is one). */
export interface SvgDocument<E extends SvgElementLike> {
  createElementNS(namespace: string, tag: string): E;
  createTextNode(text: string): unknown;
}

/** What {@link toSvgElement} needs of an element (a browser `Element` is one). */
export interface SvgElementLike {
  setAttribute(name: string, value: string): void;
  append(...nodes: never[]): void;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * The node as DOM elements of `page` (the page's `document`, in the SVG namespace): attributes through
 * setAttribute, text through text nodes. The caller knows the element's type: `toSvgElement(chart, document) as SVGSVGElement`.
 */
export function toSvgElement<E extends SvgElementLike>(node: SvgNode, page: SvgDocument<E>): E {
  const element = page.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, String(value));
  const append = element.append.bind(element) as (...nodes: unknown[]) => void;
  for (const child of node.children) append(typeof child === "string" ? page.createTextNode(child) : toSvgElement(child, page));
  return element;
}
