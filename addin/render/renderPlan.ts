import type { DefinedName, SheetSpec, WorkbookSpec } from "../../core/template/types";
import { renameReferences, type ReferenceRenames } from "../../core/template/renameReferences";
import { firstFreeCopy } from "../../core/template/copyNames";
import { outlineOf } from "../../core/template/numberedCopy";

/** What the workbook already holds, as loaded in the renderer's first sync. */
export interface ExistingWorkbook {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
  readonly tables: readonly string[];
}

/** How to treat sheets of the template that the workbook already has. */
export interface PlanOptions {
  /** Add only the sheets that are missing; leave the others as they are. */
  readonly onlyMissing?: boolean;
  /** Append this to every sheet name of the template (e.g. " (2)"). */
  readonly suffix?: string;
}

/** A sheet to create: its spec and the name it gets. */
export interface PlannedSheet {
  readonly spec: SheetSpec;
  readonly name: string;
}

/** A defined name to add, with its final name and its reference in terms of the final sheet names. */
export interface PlannedName {
  readonly name: string;
  readonly ref: string;
}

/** The outcome of planning: refuse (clash, invalid names) or create. */
export type RenderPlan =
  /**
   * `sheets`: the template's sheets that exist; `names`: its workbook names that exist (another template's);
   * `copy`: the first copy number n whose names are all free (suffix " (n)", core copyNames.ts), null when none to 999.
   */
  | { readonly status: "clash"; readonly sheets: readonly string[]; readonly names: readonly string[]; readonly copy: number | null }
  | { readonly status: "invalidName"; readonly sheets: readonly string[] }
  | {
      readonly status: "ready";
      readonly create: readonly PlannedSheet[];
      /** Sheets of the template the workbook already has (only with `onlyMissing`). */
      readonly skippedSheets: readonly string[];
      /** Table name of the spec → the name it gets (different when taken, or with a suffix). */
      readonly tableNames: ReadonlyMap<string, string>;
      readonly names: readonly PlannedName[];
      /** Defined names of the spec the workbook already has: kept as they are, never overwritten. */
      readonly skippedNames: readonly string[];
      /** Rewrites a spec formula's references to the final sheet, table and name spellings. */
      readonly rename: (formula: string) => string;
    };

/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe, not "History". */
export function isValidSheetName(name: string): boolean {
  return (
    name.trim().length > 0 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/**
 * The suffix as it may appear in a table or defined name (letters, digits, underscore), after an underscore.
 * @example
 * identifierSuffix(" (2)")  //=> "_2"
 * identifierSuffix(" 副本")  //=> "_副本"
 * identifierSuffix(" - ")   //=> "_copy"
 */
export function identifierSuffix(suffix: string): string {
  const kept = suffix.replace(/[^\p{L}\p{N}_]/gu, "");
  return `_${kept === "" ? "copy" : kept}`;
}

/** `base`, or `base_2`, `base_3`, … — the first not in `taken` (upper-cased). */
function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`.toUpperCase())) return `${base}_${n}`;
}

const upperSet = (names: readonly string[]) => new Set(names.map((name) => name.toUpperCase()));

/**
 * Decides what the renderer will do, before it queues anything (pure: no host calls).
 *
 * - Sheet names compare case-insensitively, as Excel does. With `suffix`, every sheet of the spec is renamed
 *   first; then a sheet that exists is a clash, unless `onlyMissing` skips it; so is a workbook name of the
 *   template that exists (without a suffix). Any clash without `onlyMissing` refuses the whole template: nothing
 *   is written and the clashing sheet and workbook names are returned.
 * - A table name already in the workbook gets `_2`, `_3`, …; with a suffix every table gets the suffix too.
 * - A defined name already in the workbook is kept as it is (never overwritten) and listed in `skippedNames`;
 *   with a suffix every name gets the suffix (and `_2`… when even that is taken), and formulas follow.
 */
export function planRender(spec: WorkbookSpec, existing: ExistingWorkbook, options: PlanOptions = {}): RenderPlan {
  const suffix = options.suffix ?? "";
  const sheetNames = new Map(spec.sheets.map((sheet) => [sheet.name, sheet.name + suffix] as const));
  const invalid = [...sheetNames.values()].filter((name) => !isValidSheetName(name));
  if (invalid.length > 0) return { status: "invalidName", sheets: invalid };

  const existingSheets = upperSet(existing.sheets);
  const clashing = spec.sheets.filter((sheet) => existingSheets.has(sheetNames.get(sheet.name)!.toUpperCase()));
  const clashNames = clashing.map((sheet) => sheetNames.get(sheet.name)!);
  // A workbook name of the template that exists already (another template, say in the other language) would
  // leave this template's Goals and Diagnosis reading the other one's figures: a clash too, unless a suffix
  // renames every name or only missing sheets of the same template are added.
  const existingNames = upperSet([...existing.names, ...existing.tables]); // one namespace in Excel
  const nameClashes = suffix === "" ? spec.names.filter((name) => existingNames.has(name.name.toUpperCase())).map((name) => name.name) : [];
  if ((clashing.length > 0 || nameClashes.length > 0) && options.onlyMissing !== true) {
    const copy = firstFreeCopy(outlineOf(spec), { sheet: (name) => existingSheets.has(name.toUpperCase()), name: (name) => existingNames.has(name.toUpperCase()) });
    return { status: "clash", sheets: clashNames, names: nameClashes, copy };
  }
  const create = spec.sheets.filter((sheet) => !clashing.includes(sheet)).map((sheet) => ({ spec: sheet, name: sheetNames.get(sheet.name)! }));

  const identifiers = new Map<string, string>();
  const takenTables = upperSet([...existing.tables, ...existing.names]);
  const tableNames = new Map<string, string>();
  for (const { spec: sheet } of create) {
    for (const table of sheet.tables) {
      const wanted = suffix === "" ? table.name : table.name + identifierSuffix(suffix);
      const name = uniqueName(wanted, takenTables);
      takenTables.add(name.toUpperCase());
      tableNames.set(table.name, name);
      if (name !== table.name) identifiers.set(table.name.toUpperCase(), name);
    }
  }

  const takenNames = upperSet([...existing.names, ...existing.tables, ...tableNames.values()]);
  const names: PlannedName[] = [];
  const skippedNames: string[] = [];
  for (const defined of spec.names) {
    if (suffix === "" && takenNames.has(defined.name.toUpperCase())) {
      skippedNames.push(defined.name);
      continue;
    }
    const name = suffix === "" ? defined.name : uniqueName(defined.name + identifierSuffix(suffix), takenNames);
    takenNames.add(name.toUpperCase());
    if (name !== defined.name) identifiers.set(defined.name.toUpperCase(), name);
    names.push({ name, ref: definedRef(defined, sheetNames) });
  }

  const renamedSheets = new Map([...sheetNames].filter(([from, to]) => from !== to));
  const renames: ReferenceRenames = { sheets: renamedSheets, identifiers };
  return {
    status: "ready",
    create,
    skippedSheets: clashNames,
    tableNames,
    names,
    skippedNames,
    rename: (formula) => renameReferences(formula, renames),
  };
}

/** A defined name's reference with its sheet renamed (the spec always writes 'Sheet'!$A$1). */
function definedRef(defined: DefinedName, sheetNames: ReadonlyMap<string, string>): string {
  return renameReferences(defined.ref, { sheets: sheetNames, identifiers: new Map() });
}
