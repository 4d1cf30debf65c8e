import { message, type MessageCode, type MessageParams } from "../i18n/messages";
import type { Locale, Localized } from "../model/locale";
import type { CellError, ErrorCode } from "./types";

/**
 * Thrown inside a function body or the argument reader when a user's argument cannot be used; the registry
 * catches it and answers with an error value. It never leaves the registry.
 */
export class ArgumentProblem extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageCode: MessageCode,
    readonly params: MessageParams = {},
  ) {
    super(messageCode);
    this.name = "ArgumentProblem";
  }
}

/** An error value with its message in `locale`. */
export function cellError(locale: Locale, code: ErrorCode, messageCode: MessageCode, params: MessageParams = {}): CellError {
  return { error: code, message: message(locale, messageCode, params) };
}

/** True for an error value. */
export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && "error" in value && "message" in value;
}

/**
 * A figure as a cell: the number, or `#DIV/0!` with a message when the figure's denominator is empty (`null`).
 * @example
 * numberOrDiv0(0.25, "en", "div0.noClosed") //=> 0.25
 * numberOrDiv0(null, "en", "div0.noClosed") //=> { error: "#DIV/0!", message: "No won or lost deals" }
 */
export function numberOrDiv0(
  value: number | null,
  locale: Locale,
  messageCode: MessageCode,
  params: MessageParams = {},
): number | CellError {
  return value === null ? cellError(locale, "#DIV/0!", messageCode, params) : value;
}

/**
 * A figure as a cell, or an error value whose message the function's own catalog file carries (`why`, in both
 * languages): a new function needs no entry in the shared message catalog for the one way its figure can be
 * missing.
 * @example
 * figureOr(null, "en", "#N/A", { "zh-CN": "没有带金额的进行中交易", en: "No open deals with an amount" })
 * //=> { error: "#N/A", message: "No open deals with an amount" }
 */
export function figureOr(value: number | null, locale: Locale, code: ErrorCode, why: Localized): number | CellError {
  return value === null ? { error: code, message: why[locale] } : value;
}
