import { range, sheetRef } from "./a1";
import { dealRowsHelperRange } from "./dealRowsHelper";
import type { TemplateLayout } from "./layout";

/** Months of the Dashboard's trend: the twelve ending in the as-of date's month. */
export const TREND_MONTHS = 12;
/** Rows of the lost-reasons table the manager can name (the sample's seven reasons fit), then "other". */
export const REASON_ROWS = 7;
/** Height of the charts' row, in rows. */
export const CHART_ROWS = 16;

/**
 * Where the Dashboard's printed page puts its pieces, below and beside the funnel and the key figures: the monthly
 * trend table (columns D–H beside the key figures), the lost-reasons table (J–K), the four charts in one row under
 * them (funnel, trend, lost by stage, lost by reason), the hidden close-day and key columns right of it,
 * and the print area itself (columns A … the funnel table's last, rows 1 … the charts' last).
 * @example
 * dashboardPrintLayout(templateLayout("en", 6, 1001)).printArea //=> "A1:L42"
 */
export function dashboardPrintLayout(layout: Pick<TemplateLayout, "dashboard">) {
  const { dashboard } = layout;
  const headerRow = dashboard.keyHeaderRow;
  const trend = { month: 4, won: 5, lost: 6, winRate: 7, cycleMedian: 8 } as const;
  const reasons = { reason: 10, lost: 11 } as const;
  const firstMonthRow = headerRow + 1;
  const lastMonthRow = headerRow + TREND_MONTHS;
  const chartRow = lastMonthRow + 2;
  const lastColumn = dashboard.table.last;
  return {
    headerRow,
    /** The trend table's columns: month (its first day), won, lost, win rate, median cycle; months on rows firstMonthRow … lastMonthRow. */
    trend,
    firstMonthRow,
    lastMonthRow,
    /** The lost-reasons table: reason (typed), lost deals; reasons on rows headerRow + 1 …, then the "other" row. */
    reasons,
    firstReasonRow: headerRow + 1,
    otherReasonRow: headerRow + 1 + REASON_ROWS,
    chartRow,
    lastChartRow: chartRow + CHART_ROWS - 1,
    /** The hidden close-day column (one row per Deals row from row 2): a won or lost deal's close day (DEFINITIONS §4). */
    closeHelper: lastColumn + 2,
    /** The hidden key column (one row per Deals row from row 2): close month × KEY_STEP + cycle days of a won deal. */
    keyHelper: lastColumn + 3,
    /**
     * Excel and Sheets only: the hidden copy of the Deals outcome column beside the close days, so the period counts
     * pair two columns of one length (in Sheets an open-ended range is as long as its own sheet's grid).
     */
    outcomeHelper: lastColumn + 4,
    printArea: range(1, 1, lastColumn, chartRow + CHART_ROWS - 1),
  };
}

/**
 * The Dashboard's hidden close-day column, sheet-qualified and absolute as the host reaches the Deals rows
 * (dealRowsHelper.ts): what the figures over a period count closed deals by (core/template/periodFormulas.ts).
 * @example
 * closeDayColumn(templateLayout("en", 6, 1001)) //=> "'Dashboard'!$N$2:$N$1001"
 * closeDayColumn(templateLayout("en", 6, 1001, "excel")) //=> "'Dashboard'!$N$2#"
 */
export function closeDayColumn(layout: Pick<TemplateLayout, "dashboard" | "sheetName" | "lastDealRow" | "host">): string {
  return sheetRef(layout.sheetName("dashboard"), dealRowsHelperRange(layout, dashboardPrintLayout(layout).closeHelper));
}

/**
 * The outcome column the period counts read beside {@link closeDayColumn}, of the same length: the Deals column in a
 * file, the Dashboard's hidden copy of it in Excel and Sheets.
 * @example
 * closedOutcomeColumn(templateLayout("en", 6, 1001, "sheets")) //=> "'Dashboard'!$P$2:$P"
 */
export function closedOutcomeColumn(layout: Pick<TemplateLayout, "dashboard" | "sheetName" | "lastDealRow" | "host" | "deals">): string {
  if (layout.host === "file") return layout.deals.column(layout.deals.outcome);
  return sheetRef(layout.sheetName("dashboard"), dealRowsHelperRange(layout, dashboardPrintLayout(layout).outcomeHelper));
}
