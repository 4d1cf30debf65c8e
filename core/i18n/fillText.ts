/**
 * A text with its `{name}` placeholders filled from `values`; a placeholder without a value stays as written.
 * The one formatter behind every user-facing string table (core messages, CLI, Excel pane, Sheets menu and sidebar).
 * @example
 * fillText("第 {row} 行 · {column} 列", { row: 7, column: "D" }) //=> "第 7 行 · D 列"
 */
export function fillText(text: string, values: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole: string, name: string) => (name in values ? String(values[name]) : whole));
}
