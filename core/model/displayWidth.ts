/**
 * Text width in columns, as a terminal or a CJK font lays text out: an East Asian wide or full-width character
 * takes two columns, anything else one. The CLI aligns its tables by it, and the Excel pane and the Sheets
 * sidebar clip funnel labels by it.
 */

/**
 * East Asian Wide and Fullwidth characters: Hangul Jamo, CJK punctuation to Yi, Hangul syllables, compatibility
 * ideographs, vertical and small forms, full-width forms (not the half-width katakana after them), full-width
 * signs, and the supplementary ideograph planes.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** 2 for an East Asian wide or full-width character, else 1. */
function charWidth(char: string): 1 | 2 {
  return WIDE.test(char) ? 2 : 1;
}

/**
 * The display width of a text in columns: wide and full-width characters count two.
 * @example
 * displayWidth("Lead")   //=> 4
 * displayWidth("线索")   //=> 4
 * displayWidth("Ｑ1")    //=> 3
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * A text cut to at most `columns` display columns, ending in "…" (one column) when it had to be cut; spaces
 * before the ellipsis are dropped. Whole characters only: a wide character that would straddle the limit goes.
 * @example
 * clipToWidth("线索获取与初步筛选", 12)   //=> "线索获取与…"
 * clipToWidth("Discovery call done", 12) //=> "Discovery c…"
 * clipToWidth("签约成交", 12)             //=> "签约成交"
 */
export function clipToWidth(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let kept = "";
  let width = 0;
  for (const char of text) {
    const next = charWidth(char);
    if (width + next > columns - 1) break;
    kept += char;
    width += next;
  }
  return `${kept.trimEnd()}…`;
}
