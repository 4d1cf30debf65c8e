import type { DateOrder } from "../../core/model/reading";
import { dateOrderOfPattern } from "../../core/parse/dateOrder";
import { excelApiSupported } from "../render/hostSupport";

/** The requirement set of `application.cultureInfo.datetimeFormat` (Excel's regional date format). */
const DATETIME_FORMAT_API = "1.12";

/**
 * Queues a load of Excel's short date pattern (`context.application.cultureInfo.datetimeFormat.shortDatePattern`,
 * ExcelApi 1.12: the regional setting Excel itself reads typed dates with) at no sync of its own: the value
 * arrives with the caller's next sync. The answer is the order numbers-only dates (`03/04/2026`) are written in
 * there (core dateOrderOfPattern), for a column whose own values leave it open; `undefined` before 1.12 or when
 * nothing was synced since — the pane then reads such a column as ambiguous and says so, never guesses.
 * @example
 * const localeOrder = queueLocaleDateOrder(context);
 * const source = await findDealSheet(context); // syncs
 * localeOrder() //=> "mdy" in an en-US Excel
 */
export function queueLocaleDateOrder(context: Excel.RequestContext): () => DateOrder | undefined {
  if (!excelApiSupported(DATETIME_FORMAT_API)) return () => undefined;
  const format = context.application.cultureInfo.datetimeFormat;
  format.load("shortDatePattern");
  return () => {
    try {
      return dateOrderOfPattern(format.shortDatePattern);
    } catch {
      return undefined; // not synced yet (PropertyNotLoaded)
    }
  };
}
