/**
 * Whether the running Excel has an ExcelApi requirement set, asked of `Office.context.requirements` (false
 * where there is no Office host at all, e.g. in a test without the fake Office global).
 * @example
 * excelApiSupported("1.9") //=> true in Excel on the web and Microsoft 365, false in Excel 2016
 */
export function excelApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported("ExcelApi", version) === true;
  } catch {
    return false;
  }
}
