/**
 * A figure with `digits` decimals, rounded from the decimal the JSON prints for it (the shortest that reads back
 * as the same number), half away from zero, as Excel's ROUND rounds. `toFixed` rounds the binary double instead:
 * 3.05 is stored just below 3.05, so `(3.05).toFixed(1)` is "3.0" while `(8.05).toFixed(1)` is "8.1", and the text
 * report disagreed with the `--json` figure it shows. `scale` multiplies by a power of ten first (2: a percent).
 * @example
 * fixed(3.05, 1)      //=> "3.1"
 * fixed(2 / 3, 1, 2)  //=> "66.7"
 * fixed(-0.25, 1)     //=> "-0.3"
 */
export function fixed(value: number, digits: number, scale = 0): string {
  const written = String(Math.abs(value));
  // The decimal as written, moved by `digits + scale` places: exact, since it is parsed from the same digits.
  const shifted = written.includes("e") ? Math.abs(value) * 10 ** (digits + scale) : Number(`${written}e${digits + scale}`);
  const rounded = Math.round(shifted);
  const text = (rounded / 10 ** digits).toFixed(digits);
  return value < 0 && rounded !== 0 ? `-${text}` : text;
}
