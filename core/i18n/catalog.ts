import type { Locale, Localized } from "../model/locale";
import { fillText } from "./fillText";

/** The values that fill a message's `{name}` placeholders ({@link fillText}). */
export type TextValues = Readonly<Record<string, string | number>>;

/**
 * One namespace of the product's message catalog: each key's text in every language. The type requires zh-CN
 * and en both (a message cannot ship in one language only); `{name}` placeholders are filled by {@link fillText}.
 * Each surface owns its namespace in its own file, so a bundle carries only the words it shows:
 *
 * | namespace | file                         | shown by                                        |
 * |-----------|------------------------------|-------------------------------------------------|
 * | `core`    | core/i18n/messages.ts        | every surface (problems, cell errors, notes)    |
 * | `report`  | core/i18n/reportMessages.ts  | every surface (the report's reading notes)      |
 * | `cli`     | cli/cliText.ts               | the command line                                |
 * | `pane`    | addin/i18n/paneStrings.ts    | the Excel task pane and ribbon                  |
 * | `help`    | addin/functions/helpPage.ts  | the Excel functions' help page                  |
 * | `menu`    | appsscript/uiText.ts         | the Sheets menu, dialogs and server messages    |
 * | `sidebar` | appsscript/sidebar/text.ts   | the Sheets sidebar                              |
 *
 * Words both panes say are written once in core: a figure's words (core/present/numberText.ts FIGURE_WORDS:
 * "45.3 days") and the tracker's fill lines (core/i18n/trackerMessages.ts).
 *
 * A namespace file declares its catalog `as const satisfies Catalog`, reads it with {@link textIn}, and adds
 * itself to {@link MessageNamespaces}.
 * @example
 * const WORDS = { hello: { "zh-CN": "你好，{name}", en: "Hello, {name}" } } as const satisfies Catalog;
 */
export type Catalog = Readonly<Record<string, Localized>>;

/**
 * Every namespace of the catalog by name, as types only (nothing of it reaches a bundle): each namespace file adds
 * itself with `declare module "…/core/i18n/catalog" { interface MessageNamespaces { cli: typeof CLI_TEXT } }`.
 * A project sees the namespaces of the files it compiles (core's own in every one).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging, one namespace per file
export interface MessageNamespaces {}

/**
 * A message's full name, `namespace:key` (the namespace, then the key as its file spells it).
 * @example
 * const id: MessageId = "core:date.unreadable";
 */
export type MessageId = {
  [Namespace in keyof MessageNamespaces]: `${Namespace & string}:${keyof MessageNamespaces[Namespace] & string}`;
}[keyof MessageNamespaces];

/**
 * The reader of one namespace: a message's text in `locale`, its `{name}` placeholders filled from `values` (one
 * left without a value stays as written). Every surface's text function is one of these.
 * @example
 * const hello = textIn({ hello: { "zh-CN": "你好，{name}", en: "Hello, {name}" } });
 * hello("zh-CN", "hello", { name: "王芳" }) //=> "你好，王芳"
 */
export function textIn<const Messages extends Catalog>(
  catalog: Messages,
): (locale: Locale, key: keyof Messages, values?: TextValues) => string {
  return (locale, key, values) => fillText(catalog[key][locale], values);
}
