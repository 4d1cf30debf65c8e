import { csvLine } from "../core/template/trackerDeals";

/**
 * Rows as RFC 4180 CSV text (CRLF line ends, fields quoted when they hold a comma, quote or line break).
 * Cells are written as core's cellText shows them (numbers as written, blanks empty).
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map(csvLine).join("\r\n") + "\r\n";
}
