/** Why a cell is not an amount. */
export type AmountProblem = "amount.unreadable";

const CURRENCY_NOISE = /[¥$,\s]|元|RMB|CNY|USD/gi;
const PLAIN_NUMBER = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:e([+-]?\d+))?$/i;

/**
 * Reads a money cell: a number as is; text with `¥ ￥ $`, thousands commas, spaces, `元`/`RMB`/`CNY`/`USD`,
 * and the Chinese unit `万` (×10,000). Blank → `null`.
 * @example
 * readAmountCell("¥1,200,000") //=> 1200000
 * readAmountCell("12.5万")     //=> 125000
 * readAmountCell("n/a")        //=> "amount.unreadable"
 */
export function readAmountCell(value: unknown): number | null | AmountProblem {
  if (typeof value === "number") return Number.isFinite(value) ? value : "amount.unreadable";
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") return "amount.unreadable";
  let text = value.normalize("NFKC").replace(CURRENCY_NOISE, "");
  if (text === "") return value.trim() === "" ? null : "amount.unreadable";
  let scale = 0;
  if (text.endsWith("万")) {
    scale = 4;
    text = text.slice(0, -1);
  }
  const number = PLAIN_NUMBER.exec(text);
  if (number === null) return "amount.unreadable";
  // 万 shifts the decimal exponent rather than multiplying, so "0.07万" is exactly 700 (0.07 × 10000 is not).
  const amount = Number(`${number[1]}e${Number(number[2] ?? 0) + scale}`);
  return Number.isFinite(amount) ? amount : "amount.unreadable";
}
