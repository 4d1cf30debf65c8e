/**
 * Characters a terminal may act on instead of printing: C0 controls (ESC starts colour, cursor and title
 * sequences; CR returns over what was printed), DEL, C1 controls (U+009B is a one-character CSI to some
 * terminals), the line and paragraph separators, and the bidi controls that reorder what follows (U+202E shows
 * "exe.txt" for "txt.exe").
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** The same characters less C0 controls, which JSON.stringify escapes itself. */
const JSON_UNESCAPED = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const hex4 = (char: string) => char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/**
 * User text (a cell, a header, a sheet or file name) as the text report prints it: each C0 control as its
 * Unicode control picture (ESC ␛, CR ␍, LF ␊, TAB ␉, one column wide, so tables stay aligned and a cell
 * stays on its line), DEL as ␡, and C1, separator and bidi controls as a `\uXXXX` escape. Other text is unchanged.
 * @example
 * visible("Lead\u001b[2J")  //=> "Lead␛[2J"
 * visible("Won\u202e")      //=> "Won\\u202E"
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return `\\u${hex4(char)}`;
  });
}

/**
 * JSON text with the controls JSON.stringify leaves raw (DEL, C1, separators, bidi) written as `\uXXXX` escapes.
 * Those characters can only stand inside strings, so the JSON reads back exactly the same.
 * @example
 * escapeJsonControls(JSON.stringify({ stage: "Won\u202e" })) //=> '{"stage":"Won\\u202E"}'
 */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_UNESCAPED, (char) => `\\u${hex4(char)}`);
}
