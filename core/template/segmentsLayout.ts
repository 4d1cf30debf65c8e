import type { Locale } from "../model/locale";
import { placeColumns, type ColumnSpec, type TableColumns } from "./columns";
import { SHEET_NAMES } from "./labels";
import { RowCursor } from "./rowCursor";
import { SEGMENTS_COPY as COPY } from "./sheets/segmentsCopy";

/** The fields the Segments sheet compares, one table each, top to bottom. */
export const SEGMENT_FIELDS = ["source", "owner", "team"] as const;
export type SegmentField = (typeof SEGMENT_FIELDS)[number];

/**
 * Named group rows of each table (then the blank group's row): the groups found in the deals written, most deals
 * first, and empty rows for the manager's own. A log with more groups fills the first ones.
 */
export const SEGMENT_GROUP_ROWS = 15;

/** One table's columns: the group's name, its deals, reached per stage, step conversion per step, win rate, cycle. */
export const SEGMENT_TABLE = [
  { key: "group", header: COPY.group, width: 18, role: "input" },
  { key: "deals", header: COPY.deals, width: 8, role: "computed" },
  { key: "reached", count: "stages", header: (locale, index, names) => COPY.reached[locale].replace("{stage}", names[index]), width: 12, role: "computed" },
  {
    key: "step",
    count: "stagesButLast",
    header: (locale, index, names) => COPY.step[locale].replace("{from}", names[index]).replace("{to}", names[index + 1]),
    width: 14,
    role: "computed",
    format: "0.0%",
  },
  { key: "winRate", header: COPY.winRate, width: 10, role: "computed", format: "0.0%" },
  { key: "cycleCount", header: COPY.cycleCount, width: 10, role: "computed" },
  { key: "cycleMedian", header: COPY.cycleMedian, width: 14, role: "computed", format: "0.0" },
] as const satisfies readonly ColumnSpec[];
export type SegmentColumn = (typeof SEGMENT_TABLE)[number]["key"];

/** Where one field's table sits: its heading, header row, named group rows and the blank group's row. */
export interface SegmentSection {
  readonly field: SegmentField;
  readonly titleRow: number;
  readonly headerRow: number;
  /** The named groups' rows (the group's name in the table's first column). */
  readonly groupRows: { readonly first: number; readonly last: number };
  /** The row of deals whose cell is empty ("(blank)"), right under the named groups. */
  readonly blankRow: number;
}

/** The Segments sheet's places, for a stage count (never for data: the same with or without deals). */
export interface SegmentsLayout {
  readonly sheet: string;
  readonly table: TableColumns<SegmentColumn>;
  readonly titleRow: number;
  readonly noteRow: number;
  readonly sections: Readonly<Record<SegmentField, SegmentSection>>;
}

/**
 * The Segments sheet's layout: title, note, then one table per field of {@link SEGMENT_FIELDS}, each a heading,
 * a header row, {@link SEGMENT_GROUP_ROWS} named group rows and the blank group's row, a blank row between tables.
 * @example
 * const place = segmentsLayout("en", 6);
 * place.sections.source.headerRow //=> 5
 * place.sections.source.blankRow  //=> 21
 * place.table.at.step             //=> 9
 */
export function segmentsLayout(locale: Locale, stageCount: number): SegmentsLayout {
  const table = placeColumns(1, SEGMENT_TABLE, stageCount);
  const rows = new RowCursor(1);
  const titleRow = rows.next();
  const noteRow = rows.next();
  const sections = {} as Record<SegmentField, SegmentSection>;
  for (const field of SEGMENT_FIELDS) {
    rows.skip();
    const sectionTitle = rows.next();
    const headerRow = rows.next();
    const groupRows = rows.take(SEGMENT_GROUP_ROWS);
    sections[field] = { field, titleRow: sectionTitle, headerRow, groupRows, blankRow: rows.next() };
  }
  return { sheet: SHEET_NAMES.segments[locale], table, titleRow, noteRow, sections };
}
