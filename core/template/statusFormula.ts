import { quoted } from "./a1";

/**
 * A formula test that `cell` holds one of `words`, as the template reads a status (DEFINITIONS §3): the words
 * and their aliases in both languages, ignoring surrounding spaces (TRIM) and case (spreadsheet `=`). A word
 * is tested once however many times the lists repeat it, in any case; the blank word is left to the caller.
 * The one status test of the template: the Deals sheet's deal status and the Action plan's action status.
 * @example
 * statusTest("H2", ["Won", "won", "赢单", ""]) //=> `OR(TRIM(H2)="Won",TRIM(H2)="赢单")`
 */
export function statusTest(cell: string, words: readonly string[]): string {
  return `OR(${distinctWords(words)
    .map((word) => `TRIM(${cell})=${quoted(word)}`)
    .join(",")})`;
}

/** Non-blank words, each once as spreadsheet `=` compares (ignoring case), in their first order. */
export function distinctWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLowerCase();
    if (word === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
