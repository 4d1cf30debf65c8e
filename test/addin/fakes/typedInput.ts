/**
 * How the Excel fake stores a string written through `Range.values` / `Range.formulas`: like Excel reads typed
 * input (Office.js documents that a value starting with "=", "+" or "-" becomes a formula, and shows "29.96" and
 * "15-Feb" becoming a number and a date). The fake models this subset of Excel's rules:
 *
 * - a cell formatted as Text ("@") keeps the string as text, whatever it is;
 * - a leading apostrophe: the rest is text, the apostrophe is dropped and remembered (quotePrefix);
 * - "=…" is a formula; "+…", "-…" and "@…" that are not numbers are formulas too (Excel's Lotus-style entry);
 * - numbers (signs, decimals, exponents, thousands commas, a trailing %), ISO and slashed year-first dates
 *   (become serials), TRUE/FALSE (booleans) and the error literals (#N/A, #DIV/0!, …) are converted;
 * - everything else is text.
 *
 * Not modelled: locale-specific date orders (1/5/2026), times, currencies, fractions, month names.
 */

/** What a cell holds after a write. */
export type StoredCell =
  | { readonly kind: "text"; readonly value: string; readonly quotePrefix: boolean }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly value: string }
  | { readonly kind: "formula"; readonly formula: string };

const NUMBER = /^\s*[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?\s*%?\s*$/;
const ISO_DATE = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/;
const ERRORS = new Set(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]);

/** Days since 1899-12-30 (Excel's serial from 1900-03-01 on). */
function serialOf(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function numberOf(text: string): number | undefined {
  if (!NUMBER.test(text) || !/\d/.test(text)) return undefined;
  const percent = text.includes("%");
  const value = Number(text.replace(/[,%\s]/g, ""));
  return Number.isFinite(value) ? (percent ? value / 100 : value) : undefined;
}

/** A string written to a cell (through `values`; `formulas` reads the same way), given the cell's number format. */
export function storeTyped(text: string, numberFormat: string | undefined): StoredCell {
  if (numberFormat === "@") return { kind: "text", value: text, quotePrefix: false };
  if (text.startsWith("'")) return { kind: "text", value: text.slice(1), quotePrefix: true };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const number = numberOf(text);
  if (number !== undefined) return { kind: "number", value: number };
  if (/^[+\-@]./.test(text)) return { kind: "formula", formula: text.startsWith("@") ? `=${text.slice(1)}` : `=${text}` };
  const date = ISO_DATE.exec(text);
  if (date !== null) {
    const serial = serialOf(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== undefined) return { kind: "number", value: serial };
  }
  if (/^\s*(true|false)\s*$/i.test(text)) return { kind: "boolean", value: text.trim().toUpperCase() === "TRUE" };
  if (ERRORS.has(text.trim().toUpperCase())) return { kind: "error", value: text.trim().toUpperCase() };
  return { kind: "text", value: text, quotePrefix: false };
}
