import { message, type MessageCode, type MessageParams } from "../i18n/messages";
import type { Locale } from "./locale";

/**
 * A problem found in a user's data: where it is (sheet row number, column letter, the column's header) and
 * what it is (a message code with its values). Problems are values, never exceptions (STYLE §3).
 */
export interface Problem {
  /** The sheet row number, counting the header row (row 1 when the range starts at A1). */
  readonly row: number;
  /** The column letter, e.g. "C". */
  readonly column: string;
  /** The column's header as the user wrote it, or "" when the range has none. */
  readonly header: string;
  readonly code: MessageCode;
  readonly params: MessageParams;
}

/** A problem as shown to a user (DEFINITIONS §7 `problems`). */
export interface ProblemReport {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/**
 * The problem in a user's language.
 * @example
 * describeProblem({ row: 7, column: "D", header: "报价", code: "date.unreadable", params: { value: "soon" } }, "en")
 * //=> { row: 7, column: "D", message: 'Unreadable date "soon"' }
 */
export function describeProblem(problem: Problem, locale: Locale): ProblemReport {
  return { row: problem.row, column: problem.column, message: message(locale, problem.code, problem.params) };
}
