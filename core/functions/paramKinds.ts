import { STATISTICS, type Statistic } from "../metrics/statistics";
import { isBlankCell } from "../model/cells";
import { nameKey } from "../model/normalize";
import { cellsOf, displayValue, toGrid } from "./coerce";
import { ArgumentProblem } from "./errors";
import type { ParamKind, ParamKindValues, ParamSpec } from "./types";

/** How one kind of parameter is read: the one place its coercion is declared. */
interface KindReading<T> {
  /** True for a single value (a 1×1 range given for it is its cell); false for a range. */
  readonly scalar: boolean;
  /**
   * The value as the body takes it, from a host value that is not blank.
   * @throws {ArgumentProblem} when it cannot be read.
   */
  read(value: unknown, name: string): T;
}

const STATISTIC_ALIASES: ReadonlyMap<string, Statistic> = new Map([
  ...STATISTICS.map((statistic) => [statistic, statistic] as const),
  ["中位数", "median"],
  ["平均", "mean"],
  ["平均值", "mean"],
  ["average", "mean"],
  ["平均数", "mean"],
  ["均值", "mean"],
  ["中值", "median"],
  ["90分位", "p90"],
  ["90分位数", "p90"],
  ["90百分位", "p90"],
  ["第90百分位", "p90"],
  ["最小", "min"],
  ["最小值", "min"],
  ["最大", "max"],
  ["最大值", "max"],
  ["计数", "count"],
  ["数量", "count"],
]);

/**
 * Every parameter kind's reading, typed by what it yields ({@link ParamKindValues}). A new kind is added there
 * and here; Excel's metadata (addin/functions/metadata.ts excelParameterShape) then fails to compile until it says
 * how Excel passes it, and the Sheets build (scripts/build-appsscript.mjs JSDOC_TYPES) until it names its type.
 * @example
 * PARAM_KINDS.number.read("12%", "share")        //=> 0.12
 * PARAM_KINDS.statistic.read("平均值", "statistic") //=> "mean"
 */
export const PARAM_KINDS: { readonly [K in ParamKind]: KindReading<ParamKindValues[K]> } = {
  range: { scalar: false, read: (raw) => toGrid(raw) },
  stage: {
    scalar: true,
    read(value, name) {
      if (typeof value === "string") return value;
      if (typeof value === "number" && Number.isInteger(value) && value >= 1) return value;
      throw new ArgumentProblem("#VALUE!", "arg.unknownStage", { name, value: displayValue(value) });
    },
  },
  number: {
    scalar: true,
    read(value, name) {
      const number = toNumber(value);
      if (number === undefined) throw new ArgumentProblem("#VALUE!", "arg.number", { name });
      return number;
    },
  },
  count: {
    scalar: true,
    read(value, name) {
      const number = toNumber(value);
      if (number === undefined || !Number.isSafeInteger(number) || number < 0) throw new ArgumentProblem("#VALUE!", "arg.count", { name });
      return number;
    },
  },
  statistic: {
    scalar: true,
    read(value) {
      const statistic = typeof value === "string" ? STATISTIC_ALIASES.get(nameKey(value)) : undefined;
      if (statistic === undefined) throw new ArgumentProblem("#VALUE!", "arg.statistic", { value: displayValue(value) });
      return statistic;
    },
  },
};

/**
 * Reads one argument as its parameter says (the registry's single coerce-and-check path, STYLE §4): by its kind,
 * then by the parameter's own `read` when it has one. Hosts differ in what they pass: Excel passes ranges as 2-D
 * arrays and omitted arguments as `null`; Sheets passes a one-cell range as the bare value and omits trailing
 * arguments. Both land here the same way. An optional argument left out (or blank) is `undefined`; a required
 * scalar left out is refused; a required range left out is an empty range.
 *
 * @throws {ArgumentProblem} when the value cannot be read (the registry turns it into `#VALUE!`).
 * @example
 * readArgument({ name: "target", kind: "number", help }, [["1,200"]]) //=> 1200
 */
export function readArgument(param: ParamSpec, raw: unknown): unknown {
  const kind: KindReading<unknown> = PARAM_KINDS[param.kind];
  const value = kind.scalar ? unwrapSingle(raw, param.name) : raw;
  // An optional range of blank cells is an argument left out: Sheets passes one blank cell as "", Excel as
  // [[null]], and both must answer alike.
  const blank = kind.scalar ? isBlankCell(value) : cellsOf(toGrid(raw)).every(({ value: cell }) => isBlankCell(cell));
  if (blank) {
    if (param.optional) return undefined;
    if (kind.scalar) throw new ArgumentProblem("#VALUE!", "arg.required", { name: param.name });
  }
  const read = kind.read(value, param.name);
  return param.read === undefined ? read : param.read(read as never, param.name);
}

/** A 1×1 range passed to a scalar parameter is its one cell. */
function unwrapSingle(raw: unknown, name: string): unknown {
  if (!Array.isArray(raw)) return raw;
  if (raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1) return raw[0][0];
  if (raw.length === 1 && !Array.isArray(raw[0])) return raw[0];
  throw new ArgumentProblem("#VALUE!", "arg.unreadable", { name });
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") {
    const text = value.normalize("NFKC").trim().replace(/,/g, "");
    if (text === "") return undefined;
    const percent = text.endsWith("%");
    const number = Number(percent ? text.slice(0, -1) : text);
    if (!Number.isFinite(number)) return undefined;
    return percent ? number / 100 : number;
  }
  return undefined;
}
