import { copyIdentifier, copySheetName, type TemplateNames } from "./copyNames";
import { renameReferences } from "./renameReferences";
import type { SheetSpec, TemplateCell, WorkbookSpec } from "./types";

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
 * them — sheet-qualified references in formulas, validation lists, rules and names, and workbook names used in
 * formulas — rewritten, so the copy reads only itself. Text cells are left as they are.
 * @example
 * asCopy(spec, 2).sheets.map((sheet) => sheet.name) //=> ["Stages (2)", "Deals (2)", "Dashboard (2)"]
 */
export function asCopy(spec: WorkbookSpec, copy: number): WorkbookSpec {
  const sheetNames = new Map(spec.sheets.map((sheet) => [sheet.name, copySheetName(sheet.name, copy)]));
  const names = new Map(definedNames(spec).map(({ name }) => [name.toUpperCase(), copyIdentifier(name, copy)]));
  const rewrite = (formula: string) => renameReferences(formula, { sheets: sheetNames, identifiers: names });
  const cell = (value: TemplateCell): TemplateCell => (value !== null && "formula" in value ? { formula: rewrite(value.formula) } : value);
  const sheets = spec.sheets.map(
    (sheet): SheetSpec => ({
      ...sheet,
      name: sheetNames.get(sheet.name)!,
      blocks: sheet.blocks.map((block) => ({ at: block.at, rows: block.rows.map((row) => row.map(cell)) })),
      validations: sheet.validations.map((validation) =>
        "list" in validation && "range" in validation.list ? { ...validation, list: { range: rewrite(validation.list.range) } } : validation,
      ),
      conditionalFormats: sheet.conditionalFormats.map((rule) => (rule.kind === "formula" ? { ...rule, formula: rewrite(rule.formula) } : rule)),
      tables: sheet.tables.map((table) => ({ ...table, name: copyIdentifier(table.name, copy) })),
    }),
  );
  return {
    locale: spec.locale,
    sheets,
    names: spec.names.map((entry) => ({ name: copyIdentifier(entry.name, copy), ref: rewrite(entry.ref) })),
  };
}
