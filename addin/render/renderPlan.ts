import type { DefinedName, SheetSpec, WorkbookSpec } from "../../core/template/types";
import { firstFreeCopy } from "../../core/template/copyNames";
import { outlineOf } from "../../core/template/numberedCopy";
import { renameSpec, withSuffix } from "../../core/template/renamedSpec";

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
      /** The sheets to add, finished: their final names, tables and references (core renamedSpec.ts). */
      readonly create: readonly SheetSpec[];
      /** Sheets of the template the workbook already has (only with `onlyMissing`). */
      readonly skippedSheets: readonly string[];
      /** Table name of the template → the name it gets, where they differ (taken, or suffixed). */
      readonly renamedTables: Readonly<Record<string, string>>;
      /** The workbook names to add, final names and references. */
      readonly names: readonly DefinedName[];
      /** Defined names of the spec the workbook already has: kept as they are, never overwritten. */
      readonly skippedNames: readonly string[];
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

/** `base`, or `base_2`, `base_3`, … — the first not in `taken` (upper-cased). */
function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`.toUpperCase())) return `${base}_${n}`;
}

const upperSet = (names: readonly string[]) => new Set(names.map((name) => name.toUpperCase()));

/**
 * Decides what the renderer will do, before it queues anything (pure: no host calls). Only Excel knows which
 * names the workbook holds, so this is where they are compared; every renaming itself is core's (renamedSpec.ts),
 * and the renderer draws the finished sheets it is given.
 *
 * - With `suffix`, the template is core's `withSuffix` copy first: every sheet, table and name suffixed.
 * - Sheet names compare case-insensitively, as Excel does. A sheet that exists is a clash, unless `onlyMissing`
 *   skips it; so is a workbook name of the template that exists (without a suffix). Any clash without
 *   `onlyMissing` refuses the whole template: nothing is written and the clashing sheet and workbook names are
 *   returned.
 * - A table name already in the workbook gets `_2`, `_3`, ….
 * - A defined name already in the workbook is kept as it is (never overwritten) and listed in `skippedNames`;
 *   with a suffix a taken name gets `_2`… instead. Formulas follow every renaming.
 */
export function planRender(template: WorkbookSpec, existing: ExistingWorkbook, options: PlanOptions = {}): RenderPlan {
  const suffix = options.suffix ?? "";
  const spec = withSuffix(template, suffix);
  const invalid = spec.sheets.map((sheet) => sheet.name).filter((name) => !isValidSheetName(name));
  if (invalid.length > 0) return { status: "invalidName", sheets: invalid };

  const existingSheets = upperSet(existing.sheets);
  const clashNames = spec.sheets.map((sheet) => sheet.name).filter((name) => existingSheets.has(name.toUpperCase()));
  // A workbook name of the template that exists already (another template, say in the other language) would
  // leave this template's Goals and Diagnosis reading the other one's figures: a clash too, unless a suffix
  // renames every name or only missing sheets of the same template are added.
  const existingNames = upperSet([...existing.names, ...existing.tables]); // one namespace in Excel
  const nameClashes = suffix === "" ? spec.names.filter((name) => existingNames.has(name.name.toUpperCase())).map((name) => name.name) : [];
  if ((clashNames.length > 0 || nameClashes.length > 0) && options.onlyMissing !== true) {
    const copy = firstFreeCopy(outlineOf(template), { sheet: (name) => existingSheets.has(name.toUpperCase()), name: (name) => existingNames.has(name.toUpperCase()) });
    return { status: "clash", sheets: clashNames, names: nameClashes, copy };
  }
  const create = spec.sheets.filter((sheet) => !clashNames.includes(sheet.name));

  // Names the workbook holds already: a taken table gets a number; a taken defined name is kept (skipped), or
  // numbered in a copy. The renaming map then goes to core, which renames the spec.
  const identifiers = new Map<string, string>();
  const taken = upperSet([...existing.tables, ...existing.names]);
  // The template's spelling of each (suffixed) table: withSuffix keeps the sheets and tables in order.
  const templateTables = template.sheets.flatMap((sheet) => sheet.tables);
  const templateName = new Map(spec.sheets.flatMap((sheet) => sheet.tables).map((table, index) => [table.name, templateTables[index].name]));
  const renamedTables: Record<string, string> = {};
  for (const table of create.flatMap((sheet) => sheet.tables)) {
    const name = uniqueName(table.name, taken);
    taken.add(name.toUpperCase());
    if (name !== table.name) identifiers.set(table.name.toUpperCase(), name);
    const original = templateName.get(table.name) ?? table.name;
    if (name !== original) renamedTables[original] = name;
  }
  const skippedNames: string[] = [];
  const kept = new Set<string>();
  for (const defined of spec.names) {
    if (suffix === "" && taken.has(defined.name.toUpperCase())) {
      skippedNames.push(defined.name);
      continue;
    }
    const name = suffix === "" ? defined.name : uniqueName(defined.name, taken);
    taken.add(name.toUpperCase());
    if (name !== defined.name) identifiers.set(defined.name.toUpperCase(), name);
    kept.add(name.toUpperCase());
  }

  const finished = renameSpec({ ...spec, sheets: create }, { sheets: new Map(), identifiers });
  return {
    status: "ready",
    create: finished.sheets,
    skippedSheets: clashNames,
    renamedTables,
    names: finished.names.filter((name) => kept.has(name.name.toUpperCase())),
    skippedNames,
  };
}
