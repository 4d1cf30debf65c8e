import { cellText } from "../core/model/cells";

/**
 * Rows as RFC 4180 CSV text (CRLF line ends, fields quoted when they hold a comma, quote or line break).
 * Cells are written as {@link cellText} shows them (numbers as written, blanks empty).
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          const text = cellText(cell);
          return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        })
        .join(","),
    )
    .join("\r\n") + "\r\n";
}
