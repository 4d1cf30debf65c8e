import { PARAM_KINDS, readArgument } from "./paramKinds";
import { trimRanges } from "./trimRanges";
import type { ArgumentsOf, FunctionDefinition, FunctionSpec, ParamSpec } from "./types";

/**
 * A custom function from its definition: the parameter list types the body's arguments (a `range` is a Grid, a
 * `number` a number, an optional one may be `undefined`, a parameter with its own `read` gives what that returns),
 * and every argument is read by its parameter before the body runs — in the spirit of HyperFormula's function
 * plugins, whose parameters are declared and whose arguments are coerced before `runFunction` calls the body. So a
 * catalog entry casts nothing, and an unreadable argument never reaches a body.
 * @example
 * const TWICE = defineFunction({
 *   name: "TWICE", result: "number", help,
 *   params: [{ name: "value", kind: "number", help }, STATISTIC_PARAM] as const,
 *   body: ([value, statistic]) => 2 * value,  // value: number, statistic: Statistic | undefined
 * });
 * TWICE.run(["12%"], { locale: "en" }) //=> 0.24
 */
export function defineFunction<const Params extends readonly ParamSpec[]>(definition: FunctionDefinition<Params>): FunctionSpec {
  const { name, result, help, params, body } = definition;
  return {
    name,
    result,
    help,
    params,
    run(args, context) {
      // Blank rows at the bottom of the ranges (a whole column) are cut first, at one row for all (trimRanges).
      const ranges = params.flatMap((param, index) => (PARAM_KINDS[param.kind].scalar ? [] : [index]));
      const cut = trimRanges(ranges.map((index) => args[index]));
      const given = [...args];
      ranges.forEach((index, at) => (given[index] = cut[at]));
      // Each argument was read by its own parameter, position by position: the tuple its list types.
      const values = params.map((param, index) => readArgument(param, given[index])) as unknown as ArgumentsOf<Params>;
      return body(values, context);
    },
  };
}
