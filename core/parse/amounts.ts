/** Why a cell is not an amount. */
export type AmountProblem = "amount.unreadable";

const CURRENCY = /[¥$]|元|RMB|CNY|USD/gi;
const SIGNED = /^([+-]?)\s*(.*)$/s;
const PLAIN_NUMBER = /^(\d+\.?\d*|\.\d+)(?:e([+-]?\d+))?$/i;
/** Thousands grouped by commas or by spaces (one kind per number), the decimals after a point. */
const GROUPED_NUMBER = /^\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)(?:\.\d*)?$/;

/**
 * Reads a money cell: a number as is; text with `¥ ￥ $`, `元`/`RMB`/`CNY`/`USD`, spaces around the figure, and
 * the Chinese unit `万` (×10,000). Commas and spaces inside the figure are read only as thousands grouping
 * (`1,200,000.50`, `1 200 000`); any other use (`1,20`, `1.200,50`, `1,2,3,4`, `12 34`) is unreadable rather
 * than guessed. Blank → `null`.
 *
 * `unitExponent` is the column's unit as a power of ten (4 for a column headed `金额（万元）`): numbers and text
 * without their own `万` are scaled by it exactly (by shifting the decimal exponent); a cell that says `万`
 * itself is read as written.
 * @example
 * readAmountCell("¥1,200,000") //=> 1200000
 * readAmountCell("12.5万")     //=> 125000
 * readAmountCell("1,20")       //=> "amount.unreadable"
 * readAmountCell(1.2, 4)       //=> 12000
 * readAmountCell("n/a")        //=> "amount.unreadable"
 */
export function readAmountCell(value: unknown, unitExponent = 0): number | null | AmountProblem {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "amount.unreadable";
    return unitExponent === 0 ? value : scaled(String(value), unitExponent);
  }
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") return "amount.unreadable";
  let text = value.normalize("NFKC").replace(CURRENCY, "").replace(/\s+/g, " ").trim();
  if (text === "") return value.trim() === "" ? null : "amount.unreadable";
  let exponent = unitExponent;
  if (text.endsWith("万")) {
    exponent = 4;
    text = text.slice(0, -1).trim();
  }
  const [, sign, figure] = SIGNED.exec(text)!;
  const plain = GROUPED_NUMBER.test(figure) ? figure.replace(/[, ]/g, "") : figure;
  return scaled(sign + plain, exponent);
}

/** A plain decimal number times 10^exponent, exact: "0.07" at exponent 4 is 700 (0.07 × 10000 is not). */
function scaled(text: string, exponent: number): number | AmountProblem {
  const [, sign, figure] = SIGNED.exec(text)!;
  const number = PLAIN_NUMBER.exec(figure);
  if (number === null) return "amount.unreadable";
  const amount = Number(`${sign}${number[1]}e${Number(number[2] ?? 0) + exponent}`);
  return Number.isFinite(amount) ? amount : "amount.unreadable";
}
