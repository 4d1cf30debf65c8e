import { PALETTE } from "../../core/template/palette";
import type { CellStyle, ConditionalFormat } from "../../core/template/types";

/** How a named style of the template looks in Excel: font and fill only (colours as #RRGGBB). */
export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
}

/** The template's named styles (core/template/types.ts `CellStyle`), filled from core/template/palette.ts. */
export const STYLE_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 16, fontColor: "#1F3864" },
  subtitle: { bold: true, size: 12, fontColor: "#1F3864" },
  header: { bold: true, fontColor: PALETTE.header.font, fill: PALETTE.header.fill },
  note: { italic: true, fontColor: "#595959" },
  input: { fill: PALETTE.input.fill },
  computed: { fill: PALETTE.computed.fill },
  total: { bold: true, fill: PALETTE.total.fill },
};

/** The palette's bad (light red), good (green) and warn (orange) fills with their text colours. */
export const CONDITIONAL_LOOKS: Readonly<Record<Extract<ConditionalFormat, { kind: "formula" }>["look"], { readonly fill: string; readonly fontColor: string }>> = {
  bad: { fill: PALETTE.bad.fill, fontColor: PALETTE.bad.font },
  good: { fill: PALETTE.good.fill, fontColor: PALETTE.good.font },
  warn: { fill: PALETTE.warn.fill, fontColor: PALETTE.warn.font },
};

export { columnWidthPoints } from "../../core/template/columnWidth";
