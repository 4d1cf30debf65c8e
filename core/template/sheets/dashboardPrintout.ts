import { columnLetter } from "../../model/cells";
import { DEAL_STATUS_WORDS } from "../../model/words";
import { SAMPLE_LOST_REASONS } from "../../sample/cast";
import { a1, absolute, quoted, range, sheetRef } from "../a1";
import { asOfReference } from "../asOf";
import type { TemplateLayout } from "../layout";
import { closeDayArray, closeDayCell, closedCount, type PeriodBounds } from "../periodFormulas";
import { dealRowsHelperRange, dealRowsHelperRows } from "../dealRowsHelper";
import { orDash } from "../emptyFigure";
import { formula, type SheetBuilder, text } from "../sheetBuilder";
import type { ChartSpec, TemplateCell } from "../types";
import { CHART_ROWS, dashboardPrintLayout, REASON_ROWS, TREND_MONTHS } from "../dashboardPrintLayout";
import { DASHBOARD_PRINT_COPY as COPY } from "./dashboardPrintCopy";
import { dealRowsEnd, rowsDown } from "../rowsDown";

/** The step between two months' keys in the hidden key column: more than any cycle's days. */
const KEY_STEP = 100000;

/**
 * The median of the cycles keyed in one month: `base` = the month's index × KEY_STEP; its n keys sit at sorted
 * positions lo + 1 … lo + n (lo = keys below the month), so the median is the mean of positions lo + ⌊(n + 1) / 2⌋ and
 * lo + ⌊n / 2⌋ + 1, less `base`; "—" when none was won in the month (the core's null).
 */
function monthMedian(keys: string, base: string): string {
  const below = `COUNTIF(${keys},"<"&${base})`;
  const count = `(COUNTIF(${keys},"<"&(${base}+${KEY_STEP}))-${below})`;
  return orDash(`(SMALL(${keys},${below}+INT((${count}+1)/2))+SMALL(${keys},${below}+INT(${count}/2)+1))/2-${base}`, `${count}=0`);
}

/**
 * The Dashboard's printed page, added to its builder: the monthly trend by close month (won and lost deals, win rate,
 * median cycle: DEFINITIONS §4 "monthly trend", core periodWinRate and periodCycleMedian per month), lost deals by
 * reason (typed reasons, the rest in "other"), and four charts in a row — the funnel, the trend (win rate left axis,
 * median cycle right), lost by stage, lost by reason — on one landscape page (print area, fitted). Months follow the
 * workbook's as-of date (asOf.ts). Only COUNTIF(S), SUMPRODUCT, SMALL over a hidden key column, DATE: no arrays.
 */
export function addDashboardPrintout(sheet: SheetBuilder, layout: TemplateLayout): SheetBuilder {
  const { locale, dashboard, deals } = layout;
  const place = dashboardPrintLayout(layout);
  const { trend, reasons } = place;
  const asOf = asOfReference(layout);
  const dealsSheet = layout.sheetName("deals");

  const monthStart = (index: number) => `DATE(YEAR(${asOf}),MONTH(${asOf})-${TREND_MONTHS - 1 - index},1)`;
  const keys = dealRowsHelperRange(layout, place.keyHelper);
  const monthRows: TemplateCell[][] = Array.from({ length: TREND_MONTHS }, (_, index) => {
    const row = place.firstMonthRow + index;
    const month = absolute(trend.month, row);
    const bounds: PeriodBounds = { from: month, end: `DATE(YEAR(${month}),MONTH(${month})+1,1)` };
    return [
      formula(monthStart(index)),
      formula(closedCount(layout, "won", bounds)),
      formula(closedCount(layout, "lost", bounds)),
      formula(orDash(`${a1(trend.won, row)}/(${a1(trend.won, row)}+${a1(trend.lost, row)})`, `${a1(trend.won, row)}+${a1(trend.lost, row)}=0`)),
      formula(monthMedian(keys, `(YEAR(${month})*12+MONTH(${month}))*${KEY_STEP}`)),
    ];
  });
  // The hidden key column: a won deal's close month × KEY_STEP + its cycle days, so that one month's cycles are
  // consecutive in sorted order and SMALL finds its median (no helper column per month). The columns follow the host's
  // Deals rows (dealRowsHelper.ts): one row per prepared row in a file; in Excel a spill and in Sheets an ARRAYFORMULA
  // per column, computed from the Deals columns alone, with the outcome copied beside (closedOutcomeColumn).
  const deal = (column: number, row: number) => sheetRef(dealsSheet, `${columnLetter(column)}${row}`);
  const fileRow = (dealRow: number): TemplateCell[] => {
    const cycle = deal(deals.cycle, dealRow);
    // A won deal with a cycle closed on its last-stage date: the close-day cell beside.
    const closed = a1(place.closeHelper, dealRow);
    // No cycle ("" + a number) or no close day: an error, turned into "".
    return [formula(closeDayCell(layout, dealsSheet, dealRow)), formula(`IFERROR((YEAR(${closed})*12+MONTH(${closed}))*${KEY_STEP}+${cycle},"")`)];
  };
  const arrayRow = (): string[] => {
    const cycle = deals.column(deals.cycle);
    const closed = closeDayArray(layout);
    const outcomeColumn = deals.column(deals.outcome);
    return [closed, `IFERROR(IF(ISNUMBER(${cycle}),(YEAR(${closed})*12+MONTH(${closed}))*${KEY_STEP}+${cycle},""),"")`, `IF(${outcomeColumn}="","",${outcomeColumn})`];
  };
  const helperRows = dealRowsHelperRows(layout, fileRow, arrayRow);
  const helperHeaders = [COPY.closeHelper, COPY.helper, ...(layout.host === "file" ? [] : [COPY.outcomeHelper])].map((words) => text(words[locale]));

  const outcome = deals.column(deals.outcome);
  const reasonColumn = deals.column(deals.field.lostReason);
  const lostWord = quoted(DEAL_STATUS_WORDS.lost[locale]);
  const reasonRows: TemplateCell[][] = SAMPLE_LOST_REASONS.slice(0, REASON_ROWS).map((reason, index) => {
    const row = place.firstReasonRow + index;
    const name = a1(reasons.reason, row);
    // Exact text (spreadsheet `=`, case ignored): COUNTIFS would read * and ? in a typed reason as wildcards.
    return [text(reason.name[locale]), formula(`IF(${name}="","",SUMPRODUCT((${outcome}=${lostWord})*(${reasonColumn}=${name})))`)];
  });
  const namedLost = range(reasons.lost, place.firstReasonRow, reasons.lost, place.otherReasonRow - 1);
  const otherRow: TemplateCell[] = [text(COPY.otherReason[locale]), formula(`COUNTIF(${outcome},${lostWord})-SUM(${namedLost})`)];

  const lastFunnelRow = dashboard.funnelRows.last;
  const column = dashboard.funnel;
  const chartWidths = [3, 3, 3, 3];
  const chartAt = (index: number) => a1(1 + chartWidths.slice(0, index).reduce((sum, width) => sum + width, 0), place.chartRow);
  const charts: ChartSpec[] = [
    {
      kind: "line",
      title: COPY.trendChart[locale],
      categories: range(trend.month, place.firstMonthRow, trend.month, place.lastMonthRow),
      values: range(trend.winRate, place.firstMonthRow, trend.winRate, place.lastMonthRow),
      secondValues: range(trend.cycleMedian, place.firstMonthRow, trend.cycleMedian, place.lastMonthRow),
      valuesFormat: "0%",
      seriesNames: [COPY.winRate[locale], COPY.cycleMedian[locale]],
      at: chartAt(1),
      columns: chartWidths[1],
      rows: CHART_ROWS,
    },
    {
      kind: "bar",
      title: COPY.lostByStageChart[locale],
      categories: range(column.stage, dashboard.funnelRows.first, column.stage, lastFunnelRow - 1),
      values: range(column.lost, dashboard.funnelRows.first, column.lost, lastFunnelRow - 1),
      at: chartAt(2),
      columns: chartWidths[2],
      rows: CHART_ROWS,
    },
    {
      kind: "bar",
      title: COPY.lostByReasonChart[locale],
      categories: range(reasons.reason, place.firstReasonRow, reasons.reason, place.otherReasonRow),
      values: range(reasons.lost, place.firstReasonRow, reasons.lost, place.otherReasonRow),
      at: chartAt(3),
      columns: chartWidths[3],
      rows: CHART_ROWS,
    },
  ];

  sheet
    .put(a1(trend.month, place.headerRow), [[COPY.month, COPY.won, COPY.lost, COPY.winRate, COPY.cycleMedian].map((words) => text(words[locale])), ...monthRows])
    .put(a1(reasons.reason, place.headerRow), [[text(COPY.reason[locale]), text(COPY.lost[locale])], ...reasonRows, otherRow])
    .put(a1(place.closeHelper, 1), [helperHeaders, ...helperRows])
    .style(range(trend.month, place.headerRow, trend.cycleMedian, place.headerRow), "header")
    .style(range(trend.month, place.firstMonthRow, trend.cycleMedian, place.lastMonthRow), "computed")
    .style(range(reasons.reason, place.headerRow, reasons.lost, place.headerRow), "header")
    .style(range(reasons.reason, place.firstReasonRow, reasons.reason, place.otherReasonRow - 1), "input")
    .style(range(reasons.lost, place.firstReasonRow, reasons.lost, place.otherReasonRow), "computed")
    .format(range(trend.month, place.firstMonthRow, trend.month, place.lastMonthRow), "yyyy-mm")
    // Counts and figures at the right, the "—" of a month with none too.
    .alignRight(range(trend.won, place.firstMonthRow, trend.cycleMedian, place.lastMonthRow), range(reasons.lost, place.firstReasonRow, reasons.lost, place.otherReasonRow))
    .format(range(trend.winRate, place.firstMonthRow, trend.winRate, place.lastMonthRow), "0.0%")
    .format(range(trend.cycleMedian, place.firstMonthRow, trend.cycleMedian, place.lastMonthRow), "0.0")
    .format(rowsDown(place.closeHelper, 2, place.closeHelper, dealRowsEnd(layout)), "yyyy-mm-dd")
    .hide(columnLetter(place.closeHelper), columnLetter(place.keyHelper), ...(layout.host === "file" ? [] : [columnLetter(place.outcomeHelper)]))
    .print({ area: place.printArea, orientation: "landscape" });
  for (const chart of charts) sheet.chart(chart);
  return sheet;
}

/** Where the funnel chart goes on the printed page: the first of the charts' row. */
export function funnelChartPlace(layout: Pick<TemplateLayout, "dashboard">): Pick<ChartSpec, "at" | "columns" | "rows"> {
  return { at: a1(1, dashboardPrintLayout(layout).chartRow), columns: 3, rows: CHART_ROWS };
}
