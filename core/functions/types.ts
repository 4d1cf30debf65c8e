import type { Statistic } from "../metrics/statistics";
import type { Grid } from "../model/cells";
import type { DateOrder } from "../model/reading";
import type { Locale, Localized } from "../model/locale";

/** Spreadsheet error values a function can answer with. */
export type ErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

/**
 * An error value for a cell, with a message in the caller's language. Adapters turn it into the host's
 * error (Excel: a custom-functions Error object; Sheets: a thrown `Error` with the message).
 */
export interface CellError {
  readonly error: ErrorCode;
  readonly message: string;
}

/** One cell of a spilled result: a number, text, an error value, or "" for an empty cell. */
export type OutputCell = number | string | CellError;

/** What a custom function answers: a number, an error value, or a table (header row first). */
export type FunctionResult = number | CellError | OutputCell[][];

/** What the host tells the core about the call. */
export interface CallContext {
  /** The user's language (Office display language, Sheets locale). */
  readonly locale: Locale;
  /** The spreadsheet's time zone, in which `Date` cells are read (Sheets). */
  readonly timeZone?: string;
  /** The spreadsheet locale's order of numbers-only dates (03/04/2026), for a range whose values leave it open. */
  readonly dateOrder?: DateOrder;
}

/**
 * How a parameter is read from what the host passes, and the TypeScript type each kind yields (its coercion is
 * declared once, in core/functions/paramKinds.ts PARAM_KINDS):
 * - `range` — a 2-D array (a single value becomes a 1×1 range): a {@link Grid};
 * - `stage` — a stage name, or its 1-based position: `string | number`;
 * - `number` — a number (numeric text and percentages accepted);
 * - `count` — a whole number ≥ 0;
 * - `statistic` — one of median, mean, p90, min, max, count (zh words too): a {@link Statistic}.
 * The kind is also what the hosts' metadata says of the parameter (Excel's `matrix` or `scalar`, the Sheets stub's type).
 */
export interface ParamKindValues {
  readonly range: Grid;
  readonly stage: string | number;
  readonly number: number;
  readonly count: number;
  readonly statistic: Statistic;
}

export type ParamKind = keyof ParamKindValues;

/**
 * One parameter of a custom function, of kind `K`. `read`, when given, reads the kind's value further, once,
 * before the body runs (a `range` read as a stage order gives a StageList); it may throw an ArgumentProblem.
 */
export interface KindParam<K extends ParamKind, T = unknown> {
  /** The parameter's name in both hosts (snake_case, as in DEFINITIONS §6). */
  readonly name: string;
  readonly kind: K;
  readonly optional?: boolean;
  readonly help: Localized;
  read?(value: ParamKindValues[K], name: string): T;
}

/** A parameter of any kind. */
export type ParamSpec = { [K in ParamKind]: KindParam<K> }[ParamKind];

/** The value a parameter gives its body: its `read`'s result, else its kind's value; `undefined` when optional and left out. */
export type ArgumentOf<P> = (P extends { read(value: never, name: string): infer T }
  ? T
  : P extends { readonly kind: infer K extends ParamKind }
    ? ParamKindValues[K]
    : never) | (P extends { readonly optional: true } ? undefined : never);

/** The body's arguments for a parameter list, position by position. */
export type ArgumentsOf<Params extends readonly ParamSpec[]> = { readonly [I in keyof Params]: ArgumentOf<Params[I]> };

/** A custom function as written in the catalog: its body takes the arguments its parameter list types. */
export interface FunctionDefinition<Params extends readonly ParamSpec[]> {
  /** The name without namespace: Excel shows `SALES.<name>`, Sheets `<name>`. */
  readonly name: string;
  /** A number or a spilled table. */
  readonly result: "number" | "table";
  readonly help: Localized;
  readonly params: Params;
  /** The computation, over arguments already read by their parameters (core/functions/defineFunction.ts). */
  body(args: ArgumentsOf<Params>, context: CallContext): FunctionResult;
}

/** One custom function, declared once for every host (DEFINITIONS §6): what the registry and the adapters hold. */
export interface FunctionSpec {
  readonly name: string;
  readonly result: "number" | "table";
  readonly help: Localized;
  readonly params: readonly ParamSpec[];
  /**
   * Reads the host's raw arguments by their parameters, then runs the body.
   * @throws {ArgumentProblem} when an argument cannot be used (the registry answers with the error value).
   */
  readonly run: (args: readonly unknown[], context: CallContext) => FunctionResult;
}
