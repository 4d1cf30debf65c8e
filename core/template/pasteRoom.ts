/**
 * How wide a paste the Deals sheet takes before it reaches the helper columns (DECISIONS: "Safe to paste"): the
 * manager pastes an export at A2, and an export often has more columns than the template reads (owner e-mail,
 * created by, probability …). Between the last input column and the first (hidden) helper column lie spare
 * columns, at least {@link MIN_SPARE_COLUMNS} of them and enough that the helpers start after column
 * {@link PASTE_WIDTH}: an export of up to 30 columns (or the inputs + 10) pasted at A2 never overwrites a formula.
 * The spare columns are read by no figure.
 */
export const PASTE_WIDTH = 30;
/** Spare columns after the inputs, whatever the stage count. */
export const MIN_SPARE_COLUMNS = 10;

/**
 * The number of spare columns after `inputColumns` input columns.
 * @example
 * spareColumns(16) //=> 14 (inputs A…P, spare Q…AD, helpers from AE)
 * spareColumns(30) //=> 10
 */
export function spareColumns(inputColumns: number): number {
  return Math.max(MIN_SPARE_COLUMNS, PASTE_WIDTH - inputColumns);
}
