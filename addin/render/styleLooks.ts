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

/** The template's named styles (core/template/types.ts `CellStyle`), in Office's default palette. */
export const STYLE_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 16, fontColor: "#1F3864" },
  subtitle: { bold: true, size: 12, fontColor: "#1F3864" },
  header: { bold: true, fontColor: "#1F3864", fill: "#BDD7EE" },
  note: { italic: true, fontColor: "#595959" },
  input: { fill: "#FFF2CC" },
  computed: { fill: "#DDEBF7" },
  total: { bold: true, fill: "#F2F2F2" },
};

/** Excel's own "Light red fill with dark red text", "Green fill with dark green text", "Yellow fill with dark yellow text". */
export const CONDITIONAL_LOOKS: Readonly<Record<Extract<ConditionalFormat, { kind: "formula" }>["look"], { readonly fill: string; readonly fontColor: string }>> = {
  bad: { fill: "#FFC7CE", fontColor: "#9C0006" },
  good: { fill: "#C6EFCE", fontColor: "#006100" },
  warn: { fill: "#FFEB9C", fontColor: "#9C5700" },
};

export { columnWidthPoints } from "../../core/template/columnWidth";
