import { identifierSuffix } from "./copyNames";
import { renameReferences, type ReferenceRenames } from "./renameReferences";
import type { SheetSpec, TemplateCell, WorkbookSpec } from "./types";

/**
 * The template under other names, made once in core before any renderer draws it: a copy beside an existing
 * template (a suffix, or a numbered copy: numberedCopy.ts), or Excel's table names already taken in the workbook.
 * Renderers then draw the spec as it is; none renames anything.
 */

/**
 * The spec with sheets, tables and workbook names renamed as `renames` says, and every reference to them
 * followed — formulas in blocks and repeated rows, range dropdowns, conditional-format rules, and the defined
 * names' own references (renameReferences.ts). Text cells are left as they are: text is never a reference.
 * @example
 * renameSpec(spec, { sheets: new Map(), identifiers: new Map([["DEALSTABLE", "DealsTable_2"]]) })
 * // the Deals sheet's table is DealsTable_2, and INDEX(DealsTable,0,8) reads INDEX(DealsTable_2,0,8)
 */
export function renameSpec(spec: WorkbookSpec, renames: ReferenceRenames): WorkbookSpec {
  const rewrite = (formula: string) => renameReferences(formula, renames);
  const cell = (value: TemplateCell): TemplateCell => (value !== null && "formula" in value ? { formula: rewrite(value.formula) } : value);
  const identifier = (name: string) => renames.identifiers.get(name.toUpperCase()) ?? name;
  const sheets = spec.sheets.map(
    (sheet): SheetSpec => ({
      ...sheet,
      name: renames.sheets.get(sheet.name) ?? sheet.name,
      blocks: sheet.blocks.map((block) => ({ at: block.at, rows: block.rows.map((row) => row.map(cell)) })),
      ...(sheet.repeated === undefined ? {} : { repeated: sheet.repeated.map((rows) => ({ ...rows, cells: rows.cells.map(cell) })) }),
      validations: sheet.validations.map((validation) =>
        "list" in validation && "range" in validation.list ? { ...validation, list: { range: rewrite(validation.list.range) } } : validation,
      ),
      conditionalFormats: sheet.conditionalFormats.map((rule) => (rule.kind === "formula" ? { ...rule, formula: rewrite(rule.formula) } : rule)),
      tables: sheet.tables.map((table) => ({ ...table, name: identifier(table.name) })),
    }),
  );
  return { locale: spec.locale, sheets, names: spec.names.map((entry) => ({ name: identifier(entry.name), ref: rewrite(entry.ref) })) };
}

/**
 * The template with `suffix` after every sheet name ("Deals 副本") and {@link identifierSuffix} after every table
 * and defined name ("WinRate_副本"), references following: a copy that reads only itself.
 * @example
 * withSuffix(spec, " (2)").sheets.map((sheet) => sheet.name) //=> ["Guide (2)", "Stages (2)", "Deals (2)", …]
 */
export function withSuffix(spec: WorkbookSpec, suffix: string): WorkbookSpec {
  if (suffix === "") return spec;
  const sheets = new Map(spec.sheets.map((sheet) => [sheet.name, sheet.name + suffix]));
  const names = [...spec.names.map((entry) => entry.name), ...spec.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name))];
  const identifiers = new Map(names.map((name) => [name.toUpperCase(), name + identifierSuffix(suffix)]));
  return renameSpec(spec, { sheets, identifiers });
}
