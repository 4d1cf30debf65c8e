/**
 * Builds DOM nodes without HTML strings: attributes through setAttribute and text through text nodes, so no
 * user data (sheet names, stage names, cell text) is ever parsed as markup.
 */

/** Attribute values; `false`, null and undefined leave the attribute out, `true` sets it empty. */
export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** A child: a node, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

function fill<E extends Element>(element: E, attributes: Attributes, children: readonly Child[]): E {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return element;
}

/**
 * An HTML element.
 * @example
 * el("button", { type: "button", class: "primary" }, "Generate") // <button type="button" class="primary">Generate</button>
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, children);
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild !== null) parent.firstChild.remove();
  fill(parent, {}, children);
}

let nextId = 0;

/** A document-unique id with a readable prefix, for label/aria wiring. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
