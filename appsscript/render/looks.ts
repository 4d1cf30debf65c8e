import { PALETTE } from "../../core/template/palette";
import type { CellStyle, ConditionalFormat } from "../../core/template/types";
import type { RangeListApi } from "../hostTypes";

/** How a named cell style looks in Sheets: the fills of core/template/palette.ts, as in Excel and the .xlsx writer. */
interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly background?: string;
}

export const CELL_LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 16, color: "#1F3864" },
  subtitle: { bold: true, size: 12, color: "#1F3864" },
  header: { bold: true, background: PALETTE.header.fill, color: PALETTE.header.font },
  note: { italic: true, color: "#666666" },
  input: { background: PALETTE.input.fill },
  computed: { background: PALETTE.computed.fill },
  total: { bold: true, background: PALETTE.total.fill },
};

/** Applies a look to every range of a list: one call per property the look sets, whatever the ranges' size. */
export function applyLook(ranges: RangeListApi, look: Look): void {
  if (look.bold) ranges.setFontWeight("bold");
  if (look.italic) ranges.setFontStyle("italic");
  if (look.size !== undefined) ranges.setFontSize(look.size);
  if (look.color !== undefined) ranges.setFontColor(look.color);
  if (look.background !== undefined) ranges.setBackground(look.background);
}

/** Fill and text colour of a formula rule's look (Excel's "Light red fill with dark red text" family). */
export const RULE_LOOKS: Readonly<Record<Extract<ConditionalFormat, { kind: "formula" }>["look"], { background: string; color: string }>> = {
  bad: { background: PALETTE.bad.fill, color: PALETTE.bad.font },
  good: { background: PALETTE.good.fill, color: PALETTE.good.font },
  warn: { background: PALETTE.warn.fill, color: PALETTE.warn.font },
};

/** The low end of the colour scale that stands in for a data bar. */
export const SCALE_LOW = "#FFFFFF";

export { columnWidthPixels as widthInPixels } from "../../core/template/columnWidth";
