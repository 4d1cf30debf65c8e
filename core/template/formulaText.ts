/**
 * Reading a formula's text: where a quoted part ends. Text in double quotes and sheet names in single quotes
 * write a quote inside as two. Every formula scanner of the project (renaming references, filling down,
 * prefixing functions for .xlsx) skips quoted parts with this.
 * @example
 * closingQuote(`"say ""hi"""&A1`, 0) //=> 12 (just past the literal)
 */
export function closingQuote(formula: string, start: number): number {
  const quote = formula[start];
  let index = start + 1;
  while (index < formula.length) {
    if (formula[index] === quote) {
      if (formula[index + 1] === quote) index += 2;
      else return index + 1;
    } else {
      index++;
    }
  }
  return formula.length;
}
