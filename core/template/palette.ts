/**
 * The template's colours, one meaning each (issue 13 §6: yellow meant both "fill this in" and "over target").
 * Every cell fill the three renderers draw (the named looks of types.ts `CellStyle` and the formula rules'
 * looks) comes from here, so a colour says the same thing on every sheet and in every host (.xlsx, Excel,
 * Google Sheets). No two roles share a colour family (test/core/template/palette.test.ts): a manager who learns
 * "yellow = mine to type" on the Guide can trust it everywhere.
 *
 * Colours are "#RRGGBB"; `font` is the text colour drawn on that fill.
 * @example
 * PALETTE.input.fill //=> "#FFF2CC" (light yellow: type here)
 * PALETTE.warn.fill  //=> "#F4B183" (orange: check this — e.g. an actual over its target)
 */
export const PALETTE = {
  /** A table's column names: dark blue, white bold text. Never a figure, never an input. */
  header: { fill: "#305496", font: "#FFFFFF" },
  /** A cell the manager fills in (typed data, dropdowns): light yellow. Yellow means only this. */
  input: { fill: "#FFF2CC", font: "#000000" },
  /** A figure computed by a formula (do not type over it): light blue. */
  computed: { fill: "#DDEBF7", font: "#1F3864" },
  /** A total row: light grey, bold. */
  total: { fill: "#E7E6E6", font: "#000000" },
  /** Good news: on track, above the benchmark, a significant improvement (Office's "Good"). */
  good: { fill: "#C6EFCE", font: "#006100" },
  /** Bad news: behind, overdue, below the benchmark, a warning that figures are incomplete (Office's "Bad"). */
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  /** Check this: not wrong yet, but off (an actual over its target, a status that contradicts its dates): orange. */
  warn: { fill: "#F4B183", font: "#843C0C" },
} as const;

/** A role of the palette: what a colour means. */
export type PaletteRole = keyof typeof PALETTE;
