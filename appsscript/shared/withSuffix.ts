import { renameReferences } from "../../core/template/renameReferences";
import type { SheetSpec, TemplateCell, WorkbookSpec } from "../../core/template/types";

/** The name a sheet gets in a suffixed copy: "Deals" + "2" → "Deals 2". */
export function suffixedSheetName(name: string, suffix: string): string {
  return `${name} ${suffix}`;
}

/** The name a workbook name gets in a suffixed copy: "WinRate" + "2" → "WinRate_2" (names allow no spaces). */
export function suffixedName(name: string, suffix: string): string {
  return `${name}_${suffix}`;
}

/** Every workbook name a spec defines: its names and its tables'. */
export function definedNames(spec: WorkbookSpec): { name: string; ref: string }[] {
  return [
    ...spec.names.map((entry) => ({ name: entry.name, ref: entry.ref })),
    ...spec.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ name: table.name, ref: `'${sheet.name.replace(/'/g, "''")}'!${table.ref}` }))),
  ];
}

/** What planning a template needs of it: its sheet names and every workbook name it defines. */
export interface TemplateOutline {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
}

/**
 * The names of a template, for asking which exist before anything is written.
 * @example
 * outlineOf(buildTemplate({ locale: "en" })).sheets //=> ["Guide", "Stages", "Deals", …]
 */
export function outlineOf(spec: WorkbookSpec): TemplateOutline {
  return { sheets: spec.sheets.map((sheet) => sheet.name), names: definedNames(spec).map(({ name }) => name) };
}

/**
 * The same template under other names, for adding a second copy beside an existing one: each sheet named
 * `"<name> <suffix>"`, each workbook name `"<name>_<suffix>"`, and every reference to them — sheet-qualified
 * references in formulas, validation lists, rules and names, and workbook names used in formulas — rewritten,
 * so the copy reads only itself. Text cells are left as they are.
 * @example
 * withSuffix(spec, "2").sheets.map((sheet) => sheet.name) //=> ["Stages 2", "Deals 2", "Dashboard 2"]
 */
export function withSuffix(spec: WorkbookSpec, suffix: string): WorkbookSpec {
  const sheetNames = new Map(spec.sheets.map((sheet) => [sheet.name, suffixedSheetName(sheet.name, suffix)]));
  const names = new Map(definedNames(spec).map(({ name }) => [name.toUpperCase(), suffixedName(name, suffix)]));
  const rewrite = (formula: string) => renameReferences(formula, { sheets: sheetNames, identifiers: names });
  const cell = (value: TemplateCell): TemplateCell => (value !== null && "formula" in value ? { formula: rewrite(value.formula) } : value);
  const sheets = spec.sheets.map(
    (sheet): SheetSpec => ({
      ...sheet,
      name: sheetNames.get(sheet.name)!,
      blocks: sheet.blocks.map((block) => ({ at: block.at, rows: block.rows.map((row) => row.map(cell)) })),
      validations: sheet.validations.map((validation) =>
        "range" in validation.list ? { ...validation, list: { range: rewrite(validation.list.range) } } : validation,
      ),
      conditionalFormats: sheet.conditionalFormats.map((rule) => (rule.kind === "formula" ? { ...rule, formula: rewrite(rule.formula) } : rule)),
      tables: sheet.tables.map((table) => ({ ...table, name: suffixedName(table.name, suffix) })),
    }),
  );
  return {
    locale: spec.locale,
    sheets,
    names: spec.names.map((entry) => ({ name: suffixedName(entry.name, suffix), ref: rewrite(entry.ref) })),
  };
}
