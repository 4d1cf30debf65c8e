import { isCellError, type CellError, type ErrorCode, type FunctionResult } from "../../core/index";

/** One cell of a result as Excel takes it: a number, text, or an error value. */
export type ExcelCell = number | string | CustomFunctions.Error;

/** What a SALES.* function hands back to Excel: a number, an error value, or a table to spill. */
export type ExcelResult = ExcelCell | ExcelCell[][];

/** The Excel error code for each of the core's error values. */
function excelErrorCode(code: ErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "#VALUE!":
      return CustomFunctions.ErrorCode.invalidValue;
    case "#DIV/0!":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "#N/A":
      return CustomFunctions.ErrorCode.notAvailable;
    case "#NUM!":
      return CustomFunctions.ErrorCode.invalidNumber;
  }
}

/**
 * The core's error value as Excel's: the same code, with the message in the user's language. Excel shows the
 * message for #VALUE! and #N/A (in the cell's error menu) and its own text for #DIV/0! and #NUM!; the message is
 * passed in every case so the runtime keeps it.
 *
 * @example
 * excelError({ error: "#DIV/0!", message: "No won or lost deals" })
 * //=> new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero, "No won or lost deals")
 */
export function excelError(error: CellError): CustomFunctions.Error {
  return new CustomFunctions.Error(excelErrorCode(error.error), error.message);
}

/**
 * Turns what the registry answers into what Excel takes: numbers and text as they are, error values as
 * `CustomFunctions.Error` — also inside a spilled table, cell by cell.
 *
 * @example
 * toExcel(0.5)                                   //=> 0.5
 * toExcel([["Stage", "Reached"], ["Lead", 5]])   //=> [["Stage", "Reached"], ["Lead", 5]]
 * toExcel({ error: "#VALUE!", message: "…" })    //=> CustomFunctions.Error (#VALUE!, "…")
 */
export function toExcel(result: FunctionResult): ExcelResult {
  if (typeof result === "number") return result;
  if (Array.isArray(result)) return result.map((row) => row.map((cell) => (isCellError(cell) ? excelError(cell) : cell)));
  return excelError(result);
}
