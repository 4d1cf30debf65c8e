/**
 * Why a cell is not an amount: `amount.unreadable`, not a figure; `amount.negative`, a figure below zero (`-500`,
 * or the accountants' `(1,200)`): a deal's amount is its value, and a refund or credit note belongs elsewhere.
 */
export type AmountProblem = "amount.unreadable" | "amount.negative";

/** A currency sign (`US$`, `HK$`, `$`, `¥`, `€`, `£`, `元`) anywhere in the text (after NFKC: `￥` is `¥`). */
const CURRENCY = /(?:US|HK|NT|[ACS])?\$|[¥€£]|元/gi;
/** A three-letter currency code before or after the figure: `USD 24,250.00`, `24,250.00 EUR`, `RMB100`. */
const CODES = "USD|EUR|GBP|HKD|JPY|CNY|RMB|TWD|AUD|CAD|SGD|CHF|KRW|INR|NZD|SEK|NOK|DKK|MXN|BRL|ZAR|MYR|THB|IDR|PHP|VND|RUB|AED|SAR|PLN|CZK|HUF|TRY|ILS|MOP";
const LEADING_CODE = new RegExp(`^(${CODES})(?=[\\s\\d+\\-.$¥€£]|$)`, "i");
const TRAILING_CODE = new RegExp(`(?<=[\\d.\\s$¥€£元]|^)(${CODES})$`, "i");
/** A figure grouped by points (`1.200`, `1.200.000`): a decimal point in one country, thousands in another. */
const POINT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
/** The sign or code each currency is written with, and the label it is counted under. */
const CURRENCY_LABELS: ReadonlyMap<string, string> = new Map([
  ["¥", "CNY"],
  ["元", "CNY"],
  ["RMB", "CNY"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["US$", "USD"],
  ["HK$", "HKD"],
  ["NT$", "TWD"],
  ["A$", "AUD"],
  ["C$", "CAD"],
  ["S$", "SGD"],
]);
const SIGNED = /^([+-]?)\s*(.*)$/s;
const PLAIN_NUMBER = /^(\d+\.?\d*|\.\d+)(?:e([+-]?\d+))?$/i;
/** Thousands grouped by commas or by spaces (one kind per number), the decimals after a point. */
const GROUPED_NUMBER = /^\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)(?:\.\d*)?$/;

/**
 * Reads a money cell: a number as is; text with a currency sign (`¥ ￥ $ € £ 元`, `US$`, `HK$`) or a
 * three-letter code before or after the figure (`USD 24,250.00`, `24,250.00 EUR`, `RMB`), spaces around the figure, and
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
 * readAmountCell("24,250.00 USD") //=> 24250
 * readAmountCell("EUR 1.200")  //=> "amount.unreadable" (1.2 or 1,200?)
 * readAmountCell("-500")       //=> "amount.negative"
 * readAmountCell("(1,200)")    //=> "amount.negative" (an accountant's −1,200)
 */
export function readAmountCell(value: unknown, unitExponent = 0): number | null | AmountProblem {
  const amount = readSignedAmount(value, unitExponent);
  return typeof amount === "number" && amount < 0 ? "amount.negative" : amount;
}

/** A money cell's figure with its sign: `-500` and `(1,200)` are below zero. */
function readSignedAmount(value: unknown, unitExponent: number): number | null | AmountProblem {
  // Most amounts in a CSV are plain figures (150000, 1250.5): read without the currency rules below.
  if (unitExponent === 0 && typeof value === "string" && isPlainDecimal(value)) return Number(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "amount.unreadable";
    return unitExponent === 0 ? value : scaled(String(value), unitExponent);
  }
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") return "amount.unreadable";
  const normal = value.normalize("NFKC").trim();
  const code = LEADING_CODE.exec(normal)?.[1] ?? TRAILING_CODE.exec(normal)?.[1];
  const bare = code === undefined ? normal : LEADING_CODE.test(normal) ? normal.slice(3) : normal.slice(0, -3);
  let text = bare.replace(CURRENCY, "").replace(/\s+/g, " ").trim();
  if (text === "") return value.trim() === "" ? null : "amount.unreadable";
  // `EUR 1.200` is 1,200 where the point groups thousands and 1.2 where it is the decimal mark: not guessed.
  if (POINT_GROUPED.test(text) && currencyOfText(normal) === "EUR") return "amount.unreadable";
  // Accountants write a figure below zero in brackets: `(1,200)` is −1,200 (a sign inside is not read).
  const bracketed = /^\((.*)\)$/s.exec(text);
  if (bracketed !== null) {
    const inner = bracketed[1].trim();
    if (inner === "" || /^[+-]/.test(inner)) return "amount.unreadable";
    text = `-${inner}`;
  }
  let exponent = unitExponent;
  if (text.endsWith("万")) {
    exponent = 4;
    text = text.slice(0, -1).trim();
  }
  const [, sign, figure] = SIGNED.exec(text)!;
  const plain = GROUPED_NUMBER.test(figure) ? figure.replace(/[, ]/g, "") : figure;
  return scaled(sign + plain, exponent);
}

/**
 * True for a plain decimal figure written with ASCII digits and at most one point, nothing else (`150000`,
 * `1250.50`): no sign, currency, grouping or unit, so `Number` reads it as the rules of {@link readAmountCell} do.
 * @example
 * isPlainDecimal("1250.50") //=> true
 * isPlainDecimal("1,250")   //=> false
 */
export function isPlainDecimal(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 15) return false;
  let points = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e) {
      if (++points > 1 || i === 0 || i === length - 1) return false;
    } else if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** A plain decimal number times 10^exponent, exact: "0.07" at exponent 4 is 700 (0.07 × 10000 is not). */
function scaled(text: string, exponent: number): number | AmountProblem {
  const [, sign, figure] = SIGNED.exec(text)!;
  const number = PLAIN_NUMBER.exec(figure);
  if (number === null) return "amount.unreadable";
  const amount = Number(`${sign}${number[1]}e${Number(number[2] ?? 0) + exponent}`);
  return Number.isFinite(amount) ? amount : "amount.unreadable";
}

/**
 * The currency a money cell names by its sign or code, as a label to count by: a three-letter code as written
 * (upper case; `RMB` is `CNY`), `¥ ￥ 元` → `CNY`, `€` → `EUR`, `£` → `GBP`, `US$` → `USD`, `HK$` → `HKD`; a bare
 * `$` stays `$` (dollars of which country is not said). `undefined` for a number, a blank cell or text with no
 * currency. A currency column's cell (`USD`, `币种` = `人民币`) is read the same way ({@link currencyOfCode}).
 * @example
 * cellCurrency("USD 24,250.00") //=> "USD"
 * cellCurrency("$63,000.00")    //=> "$"
 * cellCurrency("￥1,200")        //=> "CNY"
 * cellCurrency(48000)           //=> undefined
 */
export function cellCurrency(value: unknown): string | undefined {
  return typeof value === "string" ? currencyOfText(value.normalize("NFKC").trim()) : undefined;
}

function currencyOfText(text: string): string | undefined {
  const code = LEADING_CODE.exec(text)?.[1] ?? TRAILING_CODE.exec(text)?.[1];
  if (code !== undefined) return currencyOfCode(code);
  const sign = /(?:US|HK|NT|[ACS])?\$|[¥€£]|元/i.exec(text)?.[0];
  return sign === undefined ? undefined : currencyOfCode(sign);
}

const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["人民币", "CNY"],
  ["美元", "USD"],
  ["欧元", "EUR"],
  ["英镑", "GBP"],
  ["港币", "HKD"],
  ["港元", "HKD"],
  ["日元", "JPY"],
]);

/**
 * The label of a currency written as a code, sign or Chinese name (a currency column's cell): `usd` → `USD`,
 * `RMB`/`人民币`/`¥` → `CNY`, `€` → `EUR`; anything else upper-cased as written; blank → `undefined`.
 * @example
 * currencyOfCode(" eur ") //=> "EUR"
 * currencyOfCode("人民币") //=> "CNY"
 */
export function currencyOfCode(text: string): string | undefined {
  const trimmed = text.normalize("NFKC").trim();
  if (trimmed === "") return undefined;
  const upper = trimmed.toUpperCase();
  return CURRENCY_WORDS.get(trimmed) ?? CURRENCY_LABELS.get(upper) ?? CURRENCY_LABELS.get(trimmed) ?? upper;
}
