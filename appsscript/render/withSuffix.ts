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
  const rewrite = (formula: string) => rewriteReferences(formula, sheetNames, names);
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

/**
 * Rewrites a formula's references outside string literals: `'Old'!` → `'New'!` for renamed sheets, and bare
 * identifiers that are workbook names (not function calls, not cell references) to their new names.
 */
export function rewriteReferences(formula: string, sheetNames: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): string {
  let out = "";
  let index = 0;
  while (index < formula.length) {
    const char = formula[index];
    if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < formula.length) {
        if (formula[end] === char && formula[end + 1] === char) end += 2;
        else if (formula[end] === char) break;
        else end++;
      }
      const quoted = formula.slice(index, end + 1);
      if (char === "'" && formula[end + 1] === "!") {
        const sheet = quoted.slice(1, -1).replace(/''/g, "'");
        const renamed = sheetNames.get(sheet);
        out += renamed === undefined ? quoted : `'${renamed.replace(/'/g, "''")}'`;
      } else {
        out += quoted;
      }
      index = end + 1;
      continue;
    }
    let end = index;
    while (end < formula.length && formula[end] !== '"' && formula[end] !== "'") end++;
    out += formula.slice(index, end).replace(/(?<![A-Za-z0-9_.$!:])([A-Za-z_][A-Za-z0-9_.]*)(?![A-Za-z0-9_.(!])/g, (identifier) => {
      return names.get(identifier.toUpperCase()) ?? identifier;
    });
    index = end;
  }
  return out;
}
