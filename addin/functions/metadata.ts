import { FUNCTIONS, type FunctionSpec, type Locale, type ParamSpec } from "../../core/index";
import type { ParamKind } from "../../core/functions/types";
import { HELP_PAGE_FILE } from "./files";

/** Excel's longest parameter description (custom functions JSON metadata). */
export const MAX_PARAM_DESCRIPTION = 128;

/** One parameter in Excel's custom functions JSON metadata. */
export interface ExcelParameterMetadata {
  readonly name: string;
  readonly description: string;
  readonly type: "any" | "number" | "string";
  readonly dimensionality: "scalar" | "matrix";
  readonly optional?: true;
}

/** One function in Excel's custom functions JSON metadata. */
export interface ExcelFunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly helpUrl?: string;
  readonly parameters: readonly ExcelParameterMetadata[];
  readonly result: { readonly type: "any" | "number"; readonly dimensionality: "scalar" | "matrix" };
}

/** The whole functions.json (or functions-zh-cn.json). */
export interface ExcelFunctionsMetadata {
  readonly functions: readonly ExcelFunctionMetadata[];
}

/**
 * How Excel should hand a parameter over. Ranges are `matrix` (a 2-D array, even for one cell). Everything else
 * is a scalar of type `any`, so Excel passes what the cell holds (a number, text, an empty cell) and the core's
 * one coerce-and-check path decides — the same as in Sheets: numeric text and percentages are read, a blank
 * required argument is `#VALUE!` with a message. (Declaring `number` would make Excel turn a blank into 0 and
 * reject text with a bare #VALUE!, unlike Sheets.) A statistic is a word, so it is `string`.
 */
export function excelParameterShape(kind: ParamKind): Pick<ExcelParameterMetadata, "type" | "dimensionality"> {
  switch (kind) {
    case "range":
      return { type: "any", dimensionality: "matrix" };
    case "statistic":
      return { type: "string", dimensionality: "scalar" };
    case "stage":
    case "number":
    case "count":
      return { type: "any", dimensionality: "scalar" };
  }
}

function parameterMetadata(param: ParamSpec, locale: Locale): ExcelParameterMetadata {
  const description = param.help[locale];
  if (description.length > MAX_PARAM_DESCRIPTION) {
    throw new RangeError(`${param.name}: the ${locale} help has ${description.length} characters; Excel allows ${MAX_PARAM_DESCRIPTION}`);
  }
  return { name: param.name, description, ...excelParameterShape(param.kind), ...(param.optional ? { optional: true } : {}) };
}

function functionMetadata(spec: FunctionSpec, locale: Locale, baseUrl: string | undefined): ExcelFunctionMetadata {
  return {
    id: spec.name,
    name: spec.name,
    description: spec.help[locale],
    ...(baseUrl === undefined ? {} : { helpUrl: new URL(`${HELP_PAGE_FILE[locale]}#${spec.name}`, baseUrl).href }),
    parameters: spec.params.map((param) => parameterMetadata(param, locale)),
    result: spec.result === "table" ? { type: "any", dimensionality: "matrix" } : { type: "number", dimensionality: "scalar" },
  };
}

/**
 * Excel's custom functions metadata in one language, generated from the core registry — there is no other list
 * of functions. id and name are the registry's name (Excel shows `SALES.<name>` in every language); descriptions
 * are the registry's help in `locale`; a table result spills (`matrix`), any other is a number.
 *
 * @param baseUrl the add-in's address; when given, each function links to its entry on the help page
 * @throws {RangeError} when a parameter's help is longer than Excel allows
 * @example
 * functionsMetadata("en").functions[1]
 * //=> { id: "FUNNEL", name: "FUNNEL", description: "The sales funnel: …",
 * //     parameters: [{ name: "stages", type: "any", dimensionality: "matrix", … },
 * //                  { name: "stage_order", …, optional: true }],
 * //     result: { type: "any", dimensionality: "matrix" } }
 */
export function functionsMetadata(locale: Locale, baseUrl?: string): ExcelFunctionsMetadata {
  return { functions: FUNCTIONS.map((spec) => functionMetadata(spec, locale, baseUrl)) };
}
