/**
 * The key under which names (stages, headers, status words) are compared: Unicode NFKC (so full-width
 * `Ｌｅａｄ` and `（`…`）` fold to their half-width forms), surrounding and repeated inner spaces removed, lower
 * case. Two names match when their keys are equal.
 *
 * @example
 * nameKey("  Ｃｌｏｓｅｄ\u3000 Won ") //=> "closed won"
 * nameKey("线索")                 //=> "线索"
 */
export function nameKey(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** What a header cell is matched against: a stage (its dates) or another column of a deal log. */
export type HeaderColumn = "stage" | "field";

const TRAILING_COLON = /:+$/;
// After NFKC, （…） and ［…］ are (…) and […]; 【…】 has no half-width form.
const TRAILING_BRACKET = /(?:\(([^()]*)\)|\[([^[\]]*)\]|【([^【】]*)】)$/;
const DATE_WORD = "(?:日期|时间|日|date|time)";
const TRAILING_DATE_WORD = new RegExp(`(?:\\(${DATE_WORD}\\)|\\[${DATE_WORD}\\]|【${DATE_WORD}】|${DATE_WORD})$`);
/** Headers that end in a date word but name a duration, not a stage's date ("Lead time" is days, not the Lead date). */
const DURATION_HEADERS: ReadonlySet<string> = new Set(["leadtime"]);

/** nameKey, with every space removed and a trailing colon dropped: the part both kinds of header key share. */
function compactKey(header: string): string {
  return nameKey(header).replace(/\s+/g, "").replace(TRAILING_COLON, "");
}

/**
 * The key under which a header cell (never a cell value) is compared with the words it may mean. It folds what
 * {@link nameKey} folds and also: every space, inside words too (`状 态`, `Deal  ID`, U+3000 included); a
 * trailing colon (`状态：`, `Status:`); and then, for a stage column, a trailing date word 日期 时间 日 date
 * time, bare or bracketed (`商机日期`, `成交时间`, `Won date`, `线索(日期)`), or for any other column a trailing
 * bracketed unit or note (`金额 (元)`, `Amount (USD)`, `状态（必填）`). Both sides of a comparison are folded the
 * same way. Only a trailing date word is dropped, so `成交金额` does not become the stage 成交; `Lead time` (a
 * duration) keeps its word. Which units an amount column may carry is decided with {@link headerUnit}.
 *
 * @example
 * headerKey(" 负 责 人： ", "field") //=> "负责人"
 * headerKey("Amount (USD)", "field") //=> "amount"
 * headerKey("商机日期", "stage")     //=> "商机"
 * headerKey("Won Date", "stage")     //=> "won"
 * headerKey("成交金额", "stage")     //=> "成交金额"
 */
export function headerKey(header: string, column: HeaderColumn): string {
  const key = compactKey(header);
  if (column === "field") return key.replace(TRAILING_BRACKET, "");
  return DURATION_HEADERS.has(key) ? key : key.replace(TRAILING_DATE_WORD, "");
}

/**
 * The unit a header puts in a trailing bracket, folded as {@link headerKey} folds (spaces gone, lower case), or
 * `undefined` when it has none.
 * @example
 * headerUnit("金额（万元）") //=> "万元"
 * headerUnit("Amount ($)")  //=> "$"
 * headerUnit("金额")        //=> undefined
 */
export function headerUnit(header: string): string | undefined {
  const match = TRAILING_BRACKET.exec(compactKey(header));
  return match === null ? undefined : (match[1] ?? match[2] ?? match[3]);
}
