import { message } from "../i18n/messages";
import { AVERAGE_WON_AMOUNT } from "./catalog/averageWonAmount";
import { CYCLE_TIME } from "./catalog/cycleTime";
import { FUNNEL } from "./catalog/funnel";
import { FUNNEL_BY } from "./catalog/funnelBy";
import { GOAL_PROGRESS } from "./catalog/goalProgress";
import { LOSS_POINTS } from "./catalog/lossPoints";
import { OPEN_PIPELINE_AMOUNT } from "./catalog/openPipelineAmount";
import { PILOT_LIFT } from "./catalog/pilotLift";
import { PIPELINE_VELOCITY } from "./catalog/pipelineVelocity";
import { STAGE_CONVERSION } from "./catalog/stageConversion";
import { STATUS_ROLLUP } from "./catalog/statusRollup";
import { TIME_IN_STAGE } from "./catalog/timeInStage";
import { WIN_RATE } from "./catalog/winRate";
import { WIN_RATE_BY } from "./catalog/winRateBy";
import { ArgumentProblem, cellError } from "./errors";
import type { CallContext, CellError, FunctionResult, FunctionSpec, OutputCell } from "./types";

/**
 * Every custom function, once (DEFINITIONS §6). Excel's functions.json, the Sheets stubs and the docs are all
 * generated from this table; adding a function here is all an adapter needs.
 */
export const FUNCTIONS: readonly FunctionSpec[] = Object.freeze([
  STAGE_CONVERSION,
  FUNNEL,
  CYCLE_TIME,
  TIME_IN_STAGE,
  WIN_RATE,
  LOSS_POINTS,
  PIPELINE_VELOCITY,
  AVERAGE_WON_AMOUNT,
  OPEN_PIPELINE_AMOUNT,
  STATUS_ROLLUP,
  GOAL_PROGRESS,
  PILOT_LIFT,
  FUNNEL_BY,
  WIN_RATE_BY,
]);

const BY_NAME: ReadonlyMap<string, FunctionSpec> = new Map(FUNCTIONS.map((spec) => [spec.name, spec]));

/** The function named, or undefined. */
export function functionSpec(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.toUpperCase());
}

/** A figure too large (or too small) for a number becomes `#NUM!`, never Infinity or NaN in a cell. */
function finiteOnly(result: FunctionResult, context: CallContext): FunctionResult {
  const check = (value: OutputCell): OutputCell =>
    typeof value === "number" && !Number.isFinite(value) ? cellError(context.locale, "#NUM!", "num.outOfRange") : value;
  if (typeof result === "number") return check(result) as number | CellError;
  if (Array.isArray(result)) return result.map((row) => row.map(check));
  return result;
}

/**
 * Calls a custom function as a host does: raw host arguments in, a number, a table or an error value out.
 * This is the one coerce-and-check path (STYLE §4): every argument is read by its parameter (defineFunction), missing
 * required ones and unreadable ones become `#VALUE!` with a message, and nothing the body throws escapes —
 * an unexpected exception also becomes `#VALUE!`, so a cell never shows a raw exception.
 *
 * @example
 * callFunction("WIN_RATE", [[["Won"], ["Lost"], ["Won"], ["Open"]]], { locale: "en" }) //=> 0.6666666666666666
 * callFunction("GOAL_PROGRESS", [45, 30, 45], { locale: "en" })                       //=> 0
 */
export function callFunction(name: string, args: readonly unknown[], context: CallContext): FunctionResult {
  const spec = functionSpec(name);
  if (spec === undefined) throw new TypeError(`No custom function named ${name}`);
  try {
    return finiteOnly(spec.run(args, context), context);
  } catch (problem) {
    if (problem instanceof ArgumentProblem) return cellError(context.locale, problem.code, problem.messageCode, problem.params);
    const detail = problem instanceof Error ? problem.message : String(problem);
    return { error: "#VALUE!", message: message(context.locale, "internal", { value: detail }) };
  }
}
