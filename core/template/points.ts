import type { Localized } from "../model/locale";

/**
 * A difference of two rates (a gap to a benchmark or a goal, a lift, a month-on-month change) is shown in
 * percentage points, never in %: 25% → 30% is "+5.0 pp" (zh-CN "+5.0个百分点"), not "+5.0%" (which would read as
 * a relative change). A spreadsheet format cannot scale by 100 without printing "%", so such a cell holds the
 * difference × 100 ({@link inPoints}) and shows it with {@link POINTS_FORMAT}; the core's figures stay fractions
 * (DEFINITIONS §4, "percentage points").
 * @example
 * inPoints("B5-C5")         //=> "(B5-C5)*100"   (0.30 − 0.25 → 5)
 * POINTS_FORMAT.en          //=> '+0.0" pp";-0.0" pp";0.0" pp"'   (5 → "+5.0 pp")
 */
export const POINTS_FORMAT: Localized = {
  "zh-CN": '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"',
  en: '+0.0" pp";-0.0" pp";0.0" pp"',
};

/** A rate difference (a formula over fractions) in percentage points: × 100. */
export function inPoints(difference: string): string {
  return `(${difference})*100`;
}
