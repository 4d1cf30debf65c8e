/**
 * The names of a numbered copy of the template, the same in Excel and Google Sheets.
 *
 * When a workbook already holds the template, the user may add a second one beside it. Copy number n names
 * every sheet as Excel names a duplicated sheet, "Deals (n)", and every workbook name (defined names and
 * tables) "WinRate_n", since names allow no spaces or brackets. The first copy is number 2: the original is 1.
 */

/** The number of the first copy (the template itself counts as 1). */
export const FIRST_COPY = 2;
/** The last copy number tried before giving up; beyond it the user is asked to tidy the workbook. */
export const LAST_COPY = 999;

/**
 * What a sheet name gets in copy number `copy`.
 * @example
 * copySuffix(2) //=> " (2)"
 */
export function copySuffix(copy: number): string {
  return ` (${copy})`;
}

/**
 * A sheet's name in copy number `copy`.
 * @example
 * copySheetName("交易", 3) //=> "交易 (3)"
 */
export function copySheetName(name: string, copy: number): string {
  return name + copySuffix(copy);
}

/**
 * A defined name's or table's name in copy number `copy`.
 * @example
 * copyIdentifier("WinRate", 2) //=> "WinRate_2"
 */
export function copyIdentifier(name: string, copy: number): string {
  return `${name}_${copy}`;
}

/** The template's own names: its sheets and every workbook name it defines (names and tables). */
export interface TemplateNames {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
}

/** Whether the workbook already has a sheet, or a workbook name, of that spelling (as the host compares). */
export interface TakenNames {
  readonly sheet: (name: string) => boolean;
  readonly name: (name: string) => boolean;
}

/**
 * The smallest copy number whose sheet names and workbook names are all free, or `null` when every number
 * from {@link FIRST_COPY} to {@link LAST_COPY} is taken somewhere.
 * @example
 * const taken = { sheet: (name: string) => name === "Deals" || name === "Deals (2)", name: () => false };
 * firstFreeCopy({ sheets: ["Deals"], names: ["WinRate"] }, taken) //=> 3
 */
export function firstFreeCopy(template: TemplateNames, taken: TakenNames): number | null {
  for (let copy = FIRST_COPY; copy <= LAST_COPY; copy++) {
    const clashes =
      template.sheets.some((sheet) => taken.sheet(copySheetName(sheet, copy))) ||
      template.names.some((name) => taken.name(copyIdentifier(name, copy)));
    if (!clashes) return copy;
  }
  return null;
}

/**
 * A sheet-name suffix as it may end a table or defined name (letters, digits, underscore), after an underscore:
 * names allow no spaces or brackets. A numbered copy's suffix gives {@link copyIdentifier}'s spelling.
 * @example
 * identifierSuffix(" (2)")  //=> "_2"
 * identifierSuffix(" 副本")  //=> "_副本"
 * identifierSuffix(" - ")   //=> "_copy"
 */
export function identifierSuffix(suffix: string): string {
  const kept = suffix.replace(/[^\p{L}\p{N}_]/gu, "");
  return `_${kept === "" ? "copy" : kept}`;
}
