/**
 * A small checker of JSON shapes, for what the server accepts from the sidebar (sidebarRequests.ts). It does
 * what that file once asked of zod/mini, in about 1 KB of Code.js instead of 24 KB: a check says whether a value
 * fits and, when it does not, the path of the first place it does not — the path zod reports first for the
 * same schema (test/appsscript/requestCheck.test.ts compares them on thousands of requests):
 * - an object is checked key by key in the order its shape lists them, then for keys it does not know;
 * - an array for too many items first, then its items in order, then for too few;
 * - a union that no option fits fails at its own place, unless exactly one option fails softly ({@link Misfit});
 *   a union by kind fails at its `kind` key when the kind is unknown, else inside the option the kind names.
 * Nothing is copied or changed: a value that fits is used as it came.
 * @example
 * const point = strictObject({ x: integer(), label: optional(string(maxLength(5))) });
 * point({ x: 1 })              //=> undefined
 * point({ x: 1.5 })            //=> { path: ["x"], hard: true }
 * point({ x: 1, y: 2 })        //=> { path: [], hard: false }   (a key it does not know: the object's own place)
 * pathText(["sheet", "blocks", 2, "rows", 5]) //=> "sheet.blocks[2].rows[5]"
 */

/** Where, inside the value checked, it first fails to fit: keys and array indexes. */
export type Path = readonly (string | number)[];

/**
 * How a value fails to fit: the {@link Path} of the first place, and whether the failure is "hard" — of the wrong
 * type or value — rather than "soft" — the right type breaking a rule (a length, a pattern, a range) or carrying a
 * key it should not. The difference tells a union which option to blame, as zod does: when no option fits and
 * exactly one fails softly, the union fails where that one does; otherwise at its own place.
 */
export interface Misfit {
  readonly path: Path;
  readonly hard: boolean;
}

/** A check of values of type `T`: `undefined` when the value fits, else where and how it does not. */
export interface Check<T> {
  (value: unknown): Misfit | undefined;
  /** Never set: carries the type the check proves, for {@link Checked}. */
  readonly proves?: T;
}

/** A check whose key may be left out of an object. */
export interface OptionalCheck<T> extends Check<T | undefined> {
  readonly optional: true;
}

/** The type a check proves. */
export type Checked<C> = C extends Check<infer T> ? T : never;

const HARD: Misfit = { path: [], hard: true };
const SOFT: Misfit = { path: [], hard: false };

/** A rule a string or a number must also keep; breaking it is a soft misfit at the value's own place. */
export type Rule<T> = (value: T) => boolean;

export const minLength =
  (min: number): Rule<string> =>
  (value) =>
    value.length >= min;
export const maxLength =
  (max: number): Rule<string> =>
  (value) =>
    value.length <= max;
export const matches =
  (pattern: RegExp): Rule<string> =>
  (value) =>
    pattern.test(value);
export const between =
  (min: number, max: number): Rule<number> =>
  (value) =>
    value >= min && value <= max;

export function string(...rules: Rule<string>[]): Check<string> {
  return (value) => (typeof value !== "string" ? HARD : rules.every((rule) => rule(value)) ? undefined : SOFT);
}

/** A finite number keeping `rules` (JSON has no Infinity or NaN). */
export function number(...rules: Rule<number>[]): Check<number> {
  return (value) => (typeof value !== "number" || !Number.isFinite(value) ? HARD : rules.every((rule) => rule(value)) ? undefined : SOFT);
}

/** A whole number keeping `rules`; beyond ±2⁵³ (where not every whole number is one) it breaks a rule. */
export function integer(...rules: Rule<number>[]): Check<number> {
  return (value) => (typeof value !== "number" || !Number.isInteger(value) ? HARD : Number.isSafeInteger(value) && rules.every((rule) => rule(value)) ? undefined : SOFT);
}

/** `null` itself. */
export const nullValue: Check<null> = (value) => (value === null ? undefined : HARD);

/** One of the values listed (compared with ===). */
export function oneOf<const T extends readonly (string | number)[]>(values: T): Check<T[number]> {
  return (value) => (values.includes(value as T[number]) ? undefined : HARD);
}

/**
 * An array of `item`s, of at least `min` and at most `max` of them. Too many is a hard misfit, found before any
 * item is looked at (a huge array costs nothing); too few a soft one, after the items.
 */
export function array<T>(item: Check<T>, { min = 0, max = Infinity }: { readonly min?: number; readonly max?: number } = {}): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length > max) return HARD;
    let first: Misfit | undefined;
    for (let index = 0; index < value.length && first?.hard !== true; index++) first = worst(first, index, item(value[index]));
    return first ?? (value.length < min ? SOFT : undefined);
  };
}

export function optional<T>(check: Check<T>): OptionalCheck<T> {
  return Object.assign((value: unknown) => (value === undefined ? undefined : check(value)), { optional: true as const });
}

type Shape = Readonly<Record<string, Check<unknown>>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalCheck<unknown> ? K : never }[keyof S];
type ObjectOf<S extends Shape> = { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]> } & { -readonly [K in OptionalKeys<S>]?: Exclude<Checked<S[K]>, undefined> };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** An object with exactly the keys of `shape` (optional ones may be left out), each fitting its check. */
export function strictObject<S extends Shape>(shape: S): Check<{ [K in keyof ObjectOf<S>]: ObjectOf<S>[K] }> {
  const keys = Object.keys(shape);
  return (value) => {
    if (!isObject(value)) return HARD;
    let first: Misfit | undefined;
    for (let index = 0; index < keys.length && first?.hard !== true; index++) first = worst(first, keys[index], shape[keys[index]](value[keys[index]]));
    if (first !== undefined) return first;
    for (const key in value) if (!Object.prototype.hasOwnProperty.call(shape, key)) return SOFT;
    return undefined;
  };
}

/** The first misfit so far, with a later one's at `key` taken in: the first place, hard when either is. */
function worst(first: Misfit | undefined, key: string | number, inner: Misfit | undefined): Misfit | undefined {
  if (inner === undefined) return first;
  if (first === undefined) return { path: [key, ...inner.path], hard: inner.hard };
  return inner.hard && !first.hard ? { path: first.path, hard: true } : first;
}

/** A value fitting any of the checks. When none does: where the one option that fails softly fails, if one alone does; else here. */
export function union<C extends readonly Check<unknown>[]>(...checks: C): Check<Checked<C[number]>> {
  return (value) => {
    let soft: Misfit | undefined;
    let softly = 0;
    for (const check of checks) {
      const misfit = check(value);
      if (misfit === undefined) return undefined;
      if (!misfit.hard) {
        softly++;
        soft ??= misfit;
      }
    }
    return softly === 1 ? soft : HARD;
  };
}

/** An object whose `key` says which check it must fit: an unknown kind fails hard at `key`. */
export function byKind<K extends string, C extends Readonly<Record<string, Check<unknown>>>>(key: K, options: C): Check<Checked<C[keyof C]>> {
  return (value) => {
    if (!isObject(value)) return HARD;
    const kind = value[key];
    if (typeof kind !== "string" || !Object.prototype.hasOwnProperty.call(options, kind)) return { path: [key], hard: true };
    return options[kind](value);
  };
}

/** A path as text: `sheet.blocks[2].rows[5]`, "" for the whole value. */
export function pathText(path: Path): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${key}`)).join("");
}
