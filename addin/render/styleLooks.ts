import { PALETTE } from "../../core/template/palette";
import type { ConditionalFormat } from "../../core/template/types";

// The named styles' looks (title, note, input…) are core/template/looks.ts's, the same in every host.

/** The palette's bad (light red), good (green) and warn (orange) fills with their text colours. */
export const CONDITIONAL_LOOKS: Readonly<Record<Extract<ConditionalFormat, { kind: "formula" }>["look"], { readonly fill: string; readonly fontColor: string }>> = {
  bad: { fill: PALETTE.bad.fill, fontColor: PALETTE.bad.font },
  good: { fill: PALETTE.good.fill, fontColor: PALETTE.good.font },
  warn: { fill: PALETTE.warn.fill, fontColor: PALETTE.warn.font },
};

export { columnWidthPoints } from "../../core/template/columnWidth";
