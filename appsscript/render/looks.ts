import type { Look } from "../../core/template/looks";
import type { RangeListApi } from "../hostTypes";

/**
 * Applies a named look (core/template/looks.ts, the same in every host) to every range of a list: one call per
 * property the look sets, whatever the ranges' size. Its line goes under every cell: under each range's last
 * row (bottom) and between its rows (horizontal), thin and solid (style null: Sheets' default).
 */
export function applyLook(ranges: RangeListApi, look: Look): void {
  if (look.bold) ranges.setFontWeight("bold");
  if (look.italic) ranges.setFontStyle("italic");
  if (look.size) ranges.setFontSize(look.size);
  if (look.font) ranges.setFontColor(look.font);
  if (look.fill) ranges.setBackground(look.fill);
  if (look.bottom) ranges.setBorder(null, null, true, null, null, true, look.bottom, null);
}

/** The low end of the colour scale that stands in for a data bar. */
export const SCALE_LOW = "#FFFFFF";

export { columnWidthPixels as widthInPixels } from "../../core/template/columnWidth";
