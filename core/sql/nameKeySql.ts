import { quoteLiteral, type SqlDialect } from "./sqlText";

/**
 * The whitespace JavaScript's `trim()` and `\s` know (core/model/normalize.ts nameKey uses both), as a regular
 * expression class written with escapes (RE2 `\x{…}`, PostgreSQL `\u…`): a SQL regular expression then matches
 * the same characters whatever the engine's own `\s` means, and the SQL text holds no invisible character an
 * editor could change.
 */
export function jsSpaceClass(dialect: SqlDialect): string {
  const hex = (cp: number) => (dialect === "postgres" ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\x{${cp.toString(16)}}`);
  return `[\\t\\n\\v\\f\\r ${hex(0xa0)}${hex(0x1680)}${hex(0x2000)}-${hex(0x200a)}${hex(0x2028)}${hex(0x2029)}${hex(0x202f)}${hex(0x205f)}${hex(0x3000)}${hex(0xfeff)}]`;
}

/**
 * A text as a SQL expression: printable ASCII as a literal, any other character as `chr(code point)` (both
 * dialects), so the query holds no character an editor or a copy could change.
 * @example
 * sqlString("a\u3000b") //=> "('a' || chr(12288) || 'b')"
 */
export function sqlString(text: string): string {
  const parts = sqlParts(text);
  if (parts.length === 0) parts.push(quoteLiteral(""));
  return parts.length === 1 ? parts[0] : `(${parts.join(" || ")})`;
}

/** A text's pieces as SQL: runs of printable ASCII as quoted literals, every other character as `chr(code point)`. */
function sqlParts(text: string): string[] {
  const parts: string[] = [];
  let run = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && cp < 0x7f) run += ch;
    else {
      if (run !== "") parts.push(quoteLiteral(run));
      run = "";
      parts.push(`chr(${cp})`);
    }
  }
  if (run !== "") parts.push(quoteLiteral(run));
  return parts;
}

/**
 * A long text as one flat SQL expression (no deep nesting of `||`, which both engines parse recursively): PostgreSQL
 * a `U&'…'` literal of escapes, DuckDB `array_to_string([…], '')` over {@link sqlString}'s parts. Short texts are
 * {@link sqlString} itself. Either way the SQL holds printable ASCII only.
 * @example
 * flatString("\u00e0".repeat(60), "postgres") //=> "U&'\\00e0\\00e0…'"
 */
export function flatString(text: string, dialect: SqlDialect): string {
  if ([...text].length <= 40) return sqlString(text);
  if (dialect === "postgres") {
    let body = "";
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (ch === "\\") body += "\\\\";
      else if (ch === "'") body += "''";
      else if (cp >= 0x20 && cp < 0x7f) body += ch;
      else body += cp > 0xffff ? `\\+${cp.toString(16).padStart(6, "0")}` : `\\${cp.toString(16).padStart(4, "0")}`;
    }
    return `U&'${body}'`;
  }
  return `array_to_string([${sqlParts(text).join(", ")}], '')`;
}

/** Text mappings a SQL expression applies character by character: each from → to. */
type CharMap = ReadonlyMap<string, string>;

/**
 * What a folded key is compared with, which decides the characters whose folding can change an answer:
 * `words`, the keys it must equal; `outcomeSuffix` when the key is also read as a stage's outcome (core/parse/
 * stageOutcome.ts: a trailing `(…)` dropped, then `closed won` followed by no word character).
 */
export interface KeyUse {
  readonly words: Iterable<string>;
  readonly outcomeSuffix: boolean;
  /** Every character's folding matters (a group name, compared with other values, not with known words). */
  readonly every?: boolean;
}

/**
 * A test of a character's folded form (its NFKD or its lower case): true when it can change an answer, so the SQL
 * must fold it as JavaScript does. A key equals a word only when every character of it is one of the words'
 * characters (either case; a composite is never such a character, so no composition can make one); the outcome
 * reading also turns on brackets, and on a word character right after `won`/`lost`.
 */
function mattersFor(use: KeyUse): { key: string; test: (folded: string) => boolean } {
  if (use.every === true) return { key: "every", test: () => true };
  const alphabet = new Set<string>(" ");
  for (const word of use.words) {
    for (const ch of word) {
      alphabet.add(ch);
      const upper = ch.toUpperCase();
      if ([...upper].length === 1) alphabet.add(upper);
    }
  }
  const key = `${use.outcomeSuffix ? 1 : 0}${[...alphabet].sort().join("")}`;
  const test = (folded: string) => {
    // Any one ASCII letter or digit too: mapping more than needed changes nothing, and whole alphabets (𝐀…𝐙,
    // Ａ…Ｚ) make one run each in DuckDB's CASE instead of one arm per letter.
    if (/^[0-9A-Za-z]$/.test(folded) || [...folded].every((ch) => alphabet.has(ch))) return true;
    return use.outcomeSuffix && (/[()]/.test(folded) || /^[0-9A-Za-z_]/.test(folded));
  };
  return { key, test };
}

const compatibilityCache = new Map<string, CharMap>();
const lowerCache = new Map<string, CharMap>();

/**
 * For DuckDB, which has NFC but no NFKC: each character whose compatibility decomposition (NFKD) differs from its
 * canonical one and can change an answer ({@link mattersFor}), mapped to that decomposition. NFC over the mapped
 * text is then NFKC wherever it can change a comparison: NFKC(x) = NFC(NFKD(x)).
 */
function compatibilityMap(use: KeyUse): CharMap {
  const { key, test } = mattersFor(use);
  let map = compatibilityCache.get(key);
  if (map !== undefined) return map;
  const out = new Map<string, string>();
  for (let cp = 0x80; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    const ch = String.fromCodePoint(cp);
    const decomposed = ch.normalize("NFKD");
    if (decomposed === ch || decomposed === ch.normalize("NFD")) continue;
    if (test(decomposed)) out.set(ch, decomposed);
  }
  compatibilityCache.set(key, (map = out));
  return map;
}

/** Each character whose lower case (JavaScript's `toLowerCase`) can change an answer, mapped to it. */
function lowerMap(use: KeyUse): CharMap {
  const { key, test } = mattersFor(use);
  let map = lowerCache.get(key);
  if (map !== undefined) return map;
  const out = new Map<string, string>();
  for (let cp = 0x41; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    const ch = String.fromCodePoint(cp);
    const lower = ch.toLowerCase();
    if (lower !== ch && test(lower)) out.set(ch, lower);
  }
  lowerCache.set(key, (map = out));
  return map;
}

/** `translate` for the one-character mappings, nested `replace` for the others (few: `İ` → `i̇`). */
function translateSql(expression: string, map: CharMap, dialect: SqlDialect): string {
  const single = [...map].filter(([from, to]) => [...from].length === 1 && [...to].length === 1);
  const multi = [...map].filter(([from, to]) => !([...from].length === 1 && [...to].length === 1));
  let out = single.length === 0 ? expression : `translate(${expression}, ${flatString(single.map(([from]) => from).join(""), dialect)}, ${flatString(single.map(([, to]) => to).join(""), dialect)})`;
  for (const [from, to] of multi) out = `replace(${out}, ${sqlString(from)}, ${sqlString(to)})`;
  return out;
}

/**
 * DuckDB: each character through one CASE on its code point (no deep nesting however many mappings): runs of
 * consecutive code points mapped at one distance (𝐀…𝐙 → A…Z) or to one text are one arm each.
 */
function duckdbCharMapSql(expression: string, map: CharMap): string {
  if (map.size === 0) return expression;
  const entries = [...map].map(([from, to]) => ({ from: from.codePointAt(0)!, to })).sort((a, b) => a.from - b.from);
  const arms: string[] = [];
  for (let index = 0; index < entries.length; ) {
    const { from, to } = entries[index];
    const delta = [...to].length === 1 ? to.codePointAt(0)! - from : undefined;
    const next = (end: number) => end < entries.length && entries[end].from === entries[end - 1].from + 1;
    // A run: consecutive code points mapped at one distance (𝐀…𝐙 → A…Z), or all to one text (U+2000…U+200A → " ").
    let shifted = index + 1;
    while (delta !== undefined && next(shifted) && [...entries[shifted].to].length === 1 && entries[shifted].to.codePointAt(0)! - entries[shifted].from === delta) shifted++;
    let same = index + 1;
    while (next(same) && entries[same].to === to) same++;
    const end = Math.max(shifted, same);
    const last = entries[end - 1].from;
    arms.push(
      end - index === 1
        ? `WHEN unicode(ch) = ${from} THEN ${sqlString(to)}`
        : same >= shifted
          ? `WHEN unicode(ch) BETWEEN ${from} AND ${last} THEN ${sqlString(to)}`
          : `WHEN unicode(ch) BETWEEN ${from} AND ${last} THEN chr(unicode(ch) + ${delta})`,
    );
    index = end;
  }
  const first = entries[0].from;
  // Many arms (every character's folding matters): one MAP lookup instead, since DuckDB nests a CASE's arms.
  if (arms.length > 200) {
    const keys = entries.map((entry) => entry.from).join(", ");
    const values = entries.map((entry) => sqlString(entry.to)).join(", ");
    return `array_to_string(list_transform(string_split(${expression}, ''), lambda ch: COALESCE(MAP([${keys}], [${values}])[unicode(ch)], ch)), '')`;
  }
  return `array_to_string(list_transform(string_split(${expression}, ''), lambda ch: CASE WHEN unicode(ch) < ${first} THEN ch ${arms.join(" ")} ELSE ch END), '')`;
}

/**
 * A SQL expression that folds a text expression exactly as {@link nameKey} (core/model/normalize.ts) does for
 * every comparison with `words` (the keys it is compared with): NFKC, JavaScript's trim, runs of whitespace to
 * one space, JavaScript's lower case. PostgreSQL has `normalize(…, NFKC)`; DuckDB gets NFC over the
 * compatibility decompositions that matter ({@link compatibilityMap}). Lower case is a mapping of its own in
 * both dialects, so the database's locale never changes a key. NULL stays NULL. Only characters whose folding
 * can change the answer for `use` are mapped (a key that cannot equal a word stays one that cannot).
 * @example
 * nameKeySql('"Status"', "postgres", { words: ["won"], outcomeSuffix: false }) // lower-cased, trimmed, NFKC text
 */
export function nameKeySql(expression: string, dialect: SqlDialect, use: KeyUse): string {
  const normalized = dialect === "postgres" ? `normalize(${expression}, NFKC)` : `nfc_normalize(${duckdbCharMapSql(expression, compatibilityMap(use))})`;
  const space = jsSpaceClass(dialect);
  const trimmed = `regexp_replace(${normalized}, ${quoteLiteral(`^${space}+|${space}+$`)}, '', 'g')`;
  const collapsed = `regexp_replace(${trimmed}, ${quoteLiteral(`${space}+`)}, ' ', 'g')`;
  return translateSql(collapsed, lowerMap(use), dialect);
}

/**
 * JavaScript's `trim()` in SQL (the deal key of a stage history is its cell trimmed, not folded).
 * @example
 * jsTrimSql('"Deal ID"') // regexp_replace("Deal ID", '^[…]+|[…]+$', '', 'g')
 */
export function jsTrimSql(expression: string, dialect: SqlDialect): string {
  const space = jsSpaceClass(dialect);
  return `regexp_replace(${expression}, ${quoteLiteral(`^${space}+|${space}+$`)}, '', 'g')`;
}
