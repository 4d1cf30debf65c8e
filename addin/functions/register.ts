import { callFunction, FUNCTIONS } from "../../core/index";
import { excelCallContext } from "./locale";
import { toExcel } from "./toExcel";

/**
 * Associates every function of the core registry with its id in functions.json (id = the registry's name), each
 * as one call into the registry. Excel passes ranges as 2-D arrays, omitted optional arguments as `null` and,
 * last, an invocation object; the registry reads the declared parameters by position and ignores the rest.
 * Does nothing outside Excel (no `CustomFunctions` global), so the page also opens in a plain browser.
 *
 * @returns the ids associated, in registry order
 * @example
 * registerFunctions() //=> ["STAGE_CONVERSION", "FUNNEL", …]   (=SALES.FUNNEL(A1:H200) now works)
 */
export function registerFunctions(): string[] {
  if (typeof CustomFunctions === "undefined") return [];
  for (const spec of FUNCTIONS) {
    CustomFunctions.associate(spec.name, (...args: unknown[]) => toExcel(callFunction(spec.name, args, excelCallContext())));
  }
  return FUNCTIONS.map((spec) => spec.name);
}
