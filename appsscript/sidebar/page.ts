/** The sidebar's small DOM helpers (Sidebar.html's elements, made elements, status lines). */

/** The element of Sidebar.html with this id; a missing one is a bug of the page. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`Sidebar.html has no #${id}`);
  return element as T;
}

/** A new element with a class and text (set as text, never parsed as HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(name: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(name);
  if (className !== undefined) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/** Shows `text` in a status line, marked as an error or not. */
export function showStatus(target: HTMLElement, text: string, kind: "info" | "error" = "info"): void {
  target.textContent = text;
  target.classList.toggle("error", kind === "error");
}
