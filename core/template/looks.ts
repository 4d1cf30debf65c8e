import { PALETTE } from "./palette";
import type { CellStyle } from "./types";

/**
 * How one named cell style looks, in every host: the Excel renderer (addin/render/styleLooks.ts), the Sheets
 * renderer (appsscript/render/looks.ts) and the .xlsx writer (cli/xlsx/cellStyles.ts) each map this to their own
 * API and add nothing to it, so a title has the same size and colour in Excel, in Google Sheets and in the .xlsx
 * (test/conformance/renderers.test.ts). A property left out is the host's default (11-point body font, black,
 * no fill, no border). Colours are "#RRGGBB".
 */
export interface Look {
  readonly bold?: true;
  readonly italic?: true;
  /** Font size in points. */
  readonly size?: number;
  /** Text colour. */
  readonly font?: string;
  /** Cell fill: always a role of palette.ts, so a fill means one thing everywhere. */
  readonly fill?: string;
  /** A thin line along the cell's bottom edge, in this colour. */
  readonly bottom?: string;
}

/**
 * The template's named looks (types.ts `CellStyle`), chosen for the printed page (docs/DECISIONS.md): dark blue
 * headings one step apart (title 16 pt, subtitle 12 pt), notes in a grey dark enough to read on paper (#595959,
 * 7:1 on white; #7F7F7F is under 4.5:1), fills from palette.ts, and one line: under an input cell (#A6A6A6), so a
 * blank to fill in still shows when the page is printed in black and white and its light yellow is lost.
 * @example
 * LOOKS.title    //=> { bold: true, size: 16, font: "#1F3864" }
 * LOOKS.input    //=> { fill: "#FFF2CC", bottom: "#A6A6A6" }
 */
export const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 16, font: "#1F3864" },
  subtitle: { bold: true, size: 12, font: "#1F3864" },
  header: { bold: true, font: PALETTE.header.font, fill: PALETTE.header.fill },
  note: { italic: true, font: "#595959" },
  input: { fill: PALETTE.input.fill, bottom: "#A6A6A6" },
  computed: { font: PALETTE.computed.font, fill: PALETTE.computed.fill },
  total: { bold: true, fill: PALETTE.total.fill },
};
