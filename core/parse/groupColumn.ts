import { cellText, type Grid } from "../model/cells";
import { GroupCodes, type GroupColumn } from "../model/groupColumn";
import { headerKey } from "../model/normalize";
import { fieldOfHeader, type DealField } from "../model/words";

/** The fields `--by` names by a word of its own (DEFINITIONS §7): the first column whose header means it. */
export const GROUP_FIELDS = ["source", "owner", "team", "region", "industry"] as const satisfies readonly DealField[];

/**
 * The column of `header` that `by` names (`analyze --by`, DEFINITIONS §4 "Segments"), or `undefined` when none:
 * 1. one of {@link GROUP_FIELDS} (`source`, `owner`, …, any case): the first column whose header means that field
 *    (DEFINITIONS §2: `线索来源`, `Lead Source`, `Opportunity Owner`, `负责人`, …);
 * 2. else a header as written: the first column whose header is `by`, compared as headers are (spaces, width, case
 *    and a trailing colon or bracketed note aside);
 * 3. else a header that means the same field as `by` does (`--by 负责人` finds a column headed `Owner`).
 * @example
 * groupByColumn(["编号", "线索来源", "线索", "成交"], "source") //=> 1
 * groupByColumn(["Deal", "Owner", "Region code"], "region code") //=> 2
 * groupByColumn(["Deal", "Owner"], "负责人")                     //=> 1
 * groupByColumn(["Deal", "Owner"], "team")                      //=> undefined
 */
export function groupByColumn(header: readonly unknown[], by: string): number | undefined {
  const texts = Array.from(header, (cell) => cellText(cell));
  const fieldColumn = (field: DealField) => {
    const column = texts.findIndex((text) => text !== "" && fieldOfHeader(text) === field);
    return column < 0 ? undefined : column;
  };
  const word = by.trim().toLowerCase();
  if ((GROUP_FIELDS as readonly string[]).includes(word)) return fieldColumn(word as DealField);
  const key = headerKey(by, "field");
  const exact = texts.findIndex((text) => text !== "" && headerKey(text, "field") === key);
  if (exact >= 0) return exact;
  const field = fieldOfHeader(by);
  return field === undefined || field === "amount" || field === "status" ? undefined : fieldColumn(field);
}

/**
 * The group column of a deal log read whole (core/parse/dealLog.ts): each counted deal's cell in `column`, from the
 * row it came from (`rows`, sheet row numbers; `firstRow` is the sheet row of the grid's first row, its header). A
 * stage history's deal takes its latest row's cell, as its other fields do (DEFINITIONS §2).
 * @example
 * groupColumnOfGrid([["Deal", "Source"], ["D1", "Web"], ["D2", ""]], 1, Int32Array.of(2, 3), 1).labels //=> ["Web", ""]
 */
export function groupColumnOfGrid(grid: Grid, firstRow: number, rows: Int32Array, column: number): GroupColumn {
  const codes = new GroupCodes(cellText(grid[0]?.[column]));
  for (let i = 0; i < rows.length; i++) codes.push(grid[rows[i] - firstRow]?.[column]);
  return codes.finish();
}
