import { copySuffix, type TemplateNames } from "./copyNames";
import { withSuffix } from "./renamedSpec";
import type { WorkbookSpec } from "./types";

/**
 * A numbered copy of the template, made once in core before any renderer draws it (the Sheets sidebar sends the
 * copy; the names follow copyNames.ts, as Excel names a duplicated sheet).
 */

/** Every workbook name a spec defines: its names and its tables'. */
export function definedNames(spec: WorkbookSpec): { name: string; ref: string }[] {
  return [
    ...spec.names.map((entry) => ({ name: entry.name, ref: entry.ref })),
    ...spec.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ name: table.name, ref: `'${sheet.name.replace(/'/g, "''")}'!${table.ref}` }))),
  ];
}

/** What planning a template needs of it: its sheet names and every workbook name it defines. */
export type TemplateOutline = TemplateNames;

/**
 * The names of a template, for asking which exist before anything is written.
 * @example
 * outlineOf(buildTemplate({ locale: "en" })).sheets //=> ["Guide", "Stages", "Deals", …]
 */
export function outlineOf(spec: WorkbookSpec): TemplateOutline {
  return { sheets: spec.sheets.map((sheet) => sheet.name), names: definedNames(spec).map(({ name }) => name) };
}

/**
 * The same template as copy number `copy`, for adding it beside an existing one: each sheet named
 * "<name> (<copy>)", each workbook name "<name>_<copy>" (core copyNames.ts, as in Excel), and every reference to
 * them rewritten (renamedSpec.ts), so the copy reads only itself. Text cells are left as they are.
 * @example
 * asCopy(spec, 2).sheets.map((sheet) => sheet.name) //=> ["Stages (2)", "Deals (2)", "Dashboard (2)"]
 */
export function asCopy(spec: WorkbookSpec, copy: number): WorkbookSpec {
  return withSuffix(spec, copySuffix(copy));
}
