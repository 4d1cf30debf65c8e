import { tryParseA1Rect } from "./a1Rect";
import type { SheetSpec, WorkbookSpec } from "./types";

/**
 * A spec no host can draw (a bug in the template, not in a user's data): a reference of a sheet that is not a
 * rectangle of that sheet, a dropdown list a workbook cannot hold, or a validation alert Excel would refuse.
 */
export class SpecError extends Error {
  override readonly name: string = "SpecError";
}

/** Excel's limit on an inline dropdown list as the file writes it (`"a,b,c"`), quotes included. */
export const INLINE_LIST_LIMIT = 255;

/** Excel's limit on a data validation's alert title (`errorTitle`), in characters. */
export const VALIDATION_TITLE_LIMIT = 32;
/** Excel's limit on a data validation's alert message (`error`), in characters. */
export const VALIDATION_ERROR_LIMIT = 255;

/**
 * What of a validation's alert Excel would refuse: a title over {@link VALIDATION_TITLE_LIMIT} or a message over
 * {@link VALIDATION_ERROR_LIMIT} characters; undefined when it fits.
 * @example
 * alertTooLong({ title: "Amount: a number, 0 or more", error: "Type a number of 0 or more" }) //=> undefined
 */
function alertTooLong(validation: { readonly title?: string; readonly error: string }): string | undefined {
  if (validation.title !== undefined && validation.title.length > VALIDATION_TITLE_LIMIT) return `title of ${validation.title.length} characters, over ${VALIDATION_TITLE_LIMIT}`;
  if (validation.error.length > VALIDATION_ERROR_LIMIT) return `message of ${validation.error.length} characters, over ${VALIDATION_ERROR_LIMIT}`;
  return undefined;
}

/** Every reference of a sheet that must name a rectangle of that sheet, with what it is for (for the error). */
function localRefs(sheet: SheetSpec): [what: string, ref: string][] {
  return [
    ...sheet.blocks.map((block): [string, string] => ["cells", block.at]),
    ...(sheet.repeated ?? []).map((block): [string, string] => ["repeated rows", block.at]),
    ...sheet.styles.map(({ ref }): [string, string] => ["style", ref]),
    ...sheet.numberFormats.map(({ ref }): [string, string] => ["number format", ref]),
    ...(sheet.wrapped ?? []).map((ref): [string, string] => ["wrapped text", ref]),
    ...(sheet.rightAligned ?? []).map((ref): [string, string] => ["right-aligned cells", ref]),
    ...(sheet.centered ?? []).map((ref): [string, string] => ["centred cells", ref]),
    ...sheet.merges.map((ref): [string, string] => ["merge", ref]),
    ...sheet.validations.map(({ ref }): [string, string] => ["validation", ref]),
    ...sheet.conditionalFormats.map(({ ref }): [string, string] => ["conditional format", ref]),
    ...sheet.tables.map(({ ref }): [string, string] => ["table", ref]),
    ...sheet.charts.flatMap((chart): [string, string][] => [
      ["chart", chart.at],
      ["chart", chart.categories],
      ["chart", chart.values],
      ...(chart.secondValues === undefined ? [] : [["chart", chart.secondValues] as [string, string]]),
    ]),
    ...sheet.hiddenColumns.map((letters): [string, string] => ["hidden column", `${letters}:${letters}`]),
    ...(sheet.notes ?? []).map(({ ref }): [string, string] => ["note", ref]),
    ...(sheet.print === undefined ? [] : [["print area", sheet.print.area] as [string, string]]),
    ...(sheet.print?.titleRows === undefined ? [] : [["print title rows", sheet.print.titleRows] as [string, string]]),
  ];
}

/**
 * The words of an inline dropdown as the list's source text (`"a,b,c"`).
 * @throws {SpecError} when a word holds a comma (the separator) or the text is over {@link INLINE_LIST_LIMIT}.
 * @example
 * inlineListSource(["Won", "Lost"]) //=> "\"Won,Lost\""
 */
export function inlineListSource(words: readonly string[]): string {
  const comma = words.find((word) => word.includes(","));
  if (comma !== undefined) throw new SpecError(`A dropdown word cannot hold a comma: ${comma}`);
  const source = `"${words.join(",").replace(/"/g, '""')}"`;
  if (source.length > INLINE_LIST_LIMIT) throw new SpecError(`Inline dropdown list longer than ${INLINE_LIST_LIMIT} characters: use a range (${source.slice(0, 40)}…)`);
  return source;
}

/**
 * Checks, once and before any renderer, what every host would refuse: each sheet's own references (cells,
 * styles, formats, merges, validations, rules, tables, charts, hidden columns, print area and title rows) name a rectangle of that sheet
 * (not another sheet, not a name), each inline dropdown fits ({@link inlineListSource}) and each validation's
 * alert is within Excel's limits ({@link VALIDATION_TITLE_LIMIT}, {@link VALIDATION_ERROR_LIMIT}). Returns the spec,
 * so a renderer writes `checkSpec(spec)` where it takes it.
 * @throws {SpecError} naming the sheet and the reference, e.g. "Guide!Sheet2!A1 (style): …".
 * @example
 * checkSpec(buildTemplate({ locale: "en" })) // the same spec: the template always passes
 */
export function checkSpec(spec: WorkbookSpec): WorkbookSpec {
  for (const sheet of spec.sheets) {
    for (const [what, ref] of localRefs(sheet)) {
      const rect = tryParseA1Rect(ref);
      if (rect === undefined || rect.sheet !== undefined) throw new SpecError(`${sheet.name}!${ref} (${what}): not a cell or range of this sheet`);
    }
    // Print titles are whole rows ("1:1"), as Excel's setPrintTitleRows and an .xlsx's _xlnm.Print_Titles name them.
    const titles = sheet.print?.titleRows;
    if (titles !== undefined && !/^\$?[1-9]\d*:\$?[1-9]\d*$/.test(titles)) throw new SpecError(`${sheet.name}!${titles} (print title rows): not whole rows of this sheet`);
    for (const validation of sheet.validations) {
      const tooLong = alertTooLong(validation);
      if (tooLong !== undefined) throw new SpecError(`${sheet.name}!${validation.ref} (validation): alert ${tooLong}`);
      if (!("list" in validation) || !Array.isArray(validation.list)) continue;
      try {
        inlineListSource(validation.list as readonly string[]);
      } catch (error) {
        throw new SpecError(`${sheet.name}!${validation.ref} (dropdown): ${(error as Error).message}`);
      }
    }
  }
  return spec;
}
