import { columnLetter } from "../../model/cells";
import { DEAL_STATUS_WORDS } from "../../model/words";
import { a1, absolute, parseA1, quoted, range, sheetRef } from "../a1";
import type { TemplateContext } from "../context";
import { columnWidths, drawColumns } from "../columns";
import { orDash, whenNumbers } from "../emptyFigure";
import { TEMPLATE_LABELS } from "../labels";
import { KEY_FIGURE_FORMATS, KEY_FIGURE_NAMES, KEY_FIGURES, type KeyFigure, type TemplateLayout } from "../layout";
import { DASHBOARD_COPY as D } from "./dashboardCopy";
import { addDashboardPrintout, funnelChartPlace } from "./dashboardPrintout";
import { inPoints } from "../points";
import { rowsBelowWarning } from "../rowsBelow";
import { formula, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";

/**
 * The Dashboard: the funnel (reached, step and overall conversion, drop-off) next to each stage's benchmark
 * and gap, loss points (every stage but the last), time in stage, and the key figures (win rate, cycle time median/mean/p90, pipeline
 * velocity) — all native formulas over the Deals sheet's helper columns, computing what DEFINITIONS §4 says
 * (the LibreOffice agreement test holds them to the core at 1e-9). Where there is nothing to count (an empty
 * denominator, the median of no cycle) a figure shows "—" ({@link orDash}), the core's null, never 0 nor a raw
 * error; the note says so. Readers of these cells (Diagnosis, Goals, Reviews, Pilot, the velocity) test ISNUMBER.
 *
 * Row 3, right of the "Funnel" heading, warns (red, in the frozen rows) when deals are typed below the Deals
 * sheet's prepared rows, which no formula reads: {@link rowsBelowWarning} over the stage-date columns.
 */
export function dashboardSheet({ layout, stageNames }: TemplateContext): SheetSpec {
  const { deals, locale, stageCount, dashboard, stages } = layout;
  const sheet = new SheetBuilder("dashboard", layout.sheetName("dashboard"), "#ED7D31");
  const col = dashboard.funnel;
  const { first: firstRow, last: lastRow } = dashboard.funnelRows;
  const furthest = deals.column(deals.furthest);
  const outcome = deals.column(deals.outcome);
  const word = (status: "won" | "lost" | "open") => quoted(DEAL_STATUS_WORDS[status][locale]);
  const cell = (column: number, row: number) => a1(column, row);

  const funnelRows: TemplateCell[][] = Array.from({ length: stageCount }, (_, i) => {
    const row = firstRow + i;
    const reached = cell(col.reached, row);
    const stageRow = stages.firstRow + i;
    const benchmark = sheetRef(layout.sheetName("stages"), absolute(stages.benchmarkColumn, stageRow));
    const stay = deals.column(deals.stay(Math.min(i, stageCount - 2)));
    const hasStay = i < stageCount - 1;
    // Loss points: every stage but the last (nothing is lost at the last stage). A deal marked lost with a date
    // in the last stage has furthest = stageCount and is in no row, nor in the shares' denominator, which is
    // the rows' own sum (metrics/lossPoints); it still counts as lost in the win rate.
    const lostCells = absolute(col.lost, firstRow, col.lost, lastRow - 1);
    return [
      formula(sheetRef(layout.sheetName("stages"), absolute(stages.nameColumn, stageRow))),
      formula(`COUNTIF(${furthest},">="&${i + 1})`),
      i === 0 ? null : formula(orDash(`${reached}/${cell(col.reached, row - 1)}`, `${cell(col.reached, row - 1)}=0`)),
      formula(orDash(`${reached}/${absolute(col.reached, firstRow)}`, `${absolute(col.reached, firstRow)}=0`)),
      i === stageCount - 1 ? null : formula(`${reached}-${cell(col.reached, row + 1)}`),
      i === 0 ? null : formula(`IF(${benchmark}="","",${benchmark})`),
      i === 0 ? null : formula(`IFERROR(IF(${cell(col.benchmark, row)}="","",${inPoints(`${cell(col.stepConversion, row)}-${cell(col.benchmark, row)}`)}),"")`),
      hasStay ? formula(`COUNTIFS(${outcome},${word("lost")},${furthest},${i + 1})`) : null,
      hasStay ? formula(orDash(`${cell(col.lost, row)}/SUM(${lostCells})`, `SUM(${lostCells})=0`)) : null,
      hasStay ? formula(orDash(`MEDIAN(${stay})`, `COUNT(${stay})=0`)) : null,
      hasStay ? formula(orDash(`AVERAGE(${stay})`, `COUNT(${stay})=0`)) : null,
      hasStay ? formula(`COUNT(${stay})`) : null,
    ];
  });

  const key = (figure: KeyFigure) => absolute(2, dashboard.keyFigureRow[figure]);
  const cycle = deals.column(deals.cycle);
  const amount = deals.column(deals.field.amount);
  const wonCount = `COUNTIF(${outcome},${word("won")})`;
  const closedCount = `(${wonCount}+COUNTIF(${outcome},${word("lost")}))`;
  const noCycle = `COUNT(${cycle})=0`;
  // Won deals with an amount of 0 or more: text and amounts below zero are no deal value (amount.negative, DEFINITIONS §5).
  const wonWithAmount = `COUNTIFS(${outcome},${word("won")},${amount},">=0")`;
  const velocityInputs = [key("openDeals"), key("winRate"), key("meanWonAmount"), key("cycleMean")];
  const keyFormulas: Record<KeyFigure, string> = {
    dealsCounted: `COUNTIF(${deals.column(deals.valid)},1)`,
    winRate: orDash(`${wonCount}/${closedCount}`, `${closedCount}=0`),
    cycleMedian: orDash(`MEDIAN(${cycle})`, noCycle),
    cycleMean: orDash(`AVERAGE(${cycle})`, noCycle),
    cycleP90: orDash(`PERCENTILE(${cycle},0.9)`, noCycle),
    cycleCount: `COUNT(${cycle})`,
    openDeals: `COUNTIF(${outcome},${word("open")})`,
    meanWonAmount: orDash(`SUMIFS(${amount},${outcome},${word("won")},${amount},">=0")/${wonWithAmount}`, `${wonWithAmount}=0`),
    velocity: whenNumbers(velocityInputs, orDash(`${velocityInputs.slice(0, 3).join("*")}/${key("cycleMean")}`, `${key("cycleMean")}=0`)),
  };
  const keyRows: TemplateCell[][] = KEY_FIGURES.map((figure) => [text(TEMPLATE_LABELS[figure][locale]), formula(keyFormulas[figure])]);
  const firstKeyRow = dashboard.keyFigureRow[KEY_FIGURES[0]];
  const lastKeyRow = dashboard.keyFigureRow[KEY_FIGURES[KEY_FIGURES.length - 1]];
  const letter = (column: number) => columnLetter(column);
  const stageColumns = Array.from({ length: stageCount }, (_, i) => deals.stage(i));
  const warningCell = parseA1(dashboard.warning);
  const lastColumn = dashboard.table.last;
  // The text runs over the empty cells to its right; the red fill covers them to the funnel table's last column.
  const warning = range(warningCell.column, warningCell.row, lastColumn, warningCell.row);

  sheet
    .widths(...columnWidths([dashboard.table], 0))
    .put("A1", [[text(D.title[locale])], [text(D.note[locale])], [text(D.funnel[locale])]])
    .put(dashboard.warning, [[formula(rowsBelowWarning(layout.sheetName("deals"), stageColumns, deals.columnWithHeader, D.dealsBelowRange[locale]))]])
    .rule({ kind: "formula", ref: warning, formula: `${absolute(warningCell.column, warningCell.row)}<>""`, look: "bad" })
    .put(a1(1, firstRow), funnelRows)
    .put(a1(1, dashboard.keyHeaderRow), [[text(D.keyFigures[locale]), text(D.value[locale])], ...keyRows])
    .style(a1(1, dashboard.titleRow), "title")
    .style(a1(1, dashboard.noteRow), "note")
    .style(a1(1, dashboard.funnelTitleRow), "subtitle");
  drawColumns(sheet, dashboard.table, { header: dashboard.funnelHeaderRow, first: firstRow, last: lastRow }, { locale, stageNames, stageRange: stages.names })
    .format(range(col.lostShare, firstRow, col.lostShare, lastRow - 1), "0.0%")
    .style(range(1, dashboard.keyHeaderRow, 2, dashboard.keyHeaderRow), "header")
    .style(range(2, firstKeyRow, 2, lastKeyRow), "computed")
    // Key figures at the right, the "—" of an empty one too.
    .alignRight(range(2, firstKeyRow, 2, lastKeyRow));
  for (const figure of KEY_FIGURES) {
    const format = KEY_FIGURE_FORMATS[figure];
    if (format !== undefined) sheet.format(a1(2, dashboard.keyFigureRow[figure]), format);
  }
  sheet
    // No data bars over the reached and lost counts (they covered the numbers): the funnel and loss charts draw them.
    .rule({ kind: "formula", ref: range(col.gap, firstRow, col.gap, lastRow), formula: `AND(ISNUMBER(${letter(col.gap)}${firstRow}),${letter(col.gap)}${firstRow}<0)`, look: "bad" })
    .rule({ kind: "formula", ref: range(col.gap, firstRow, col.gap, lastRow), formula: `AND(ISNUMBER(${letter(col.gap)}${firstRow}),${letter(col.gap)}${firstRow}>=0)`, look: "good" })
    .chart({
      kind: "funnel",
      title: D.funnelChart[locale],
      categories: range(col.stage, firstRow, col.stage, lastRow),
      values: range(col.reached, firstRow, col.reached, lastRow),
      // On the printed page, first of the charts' row under the tables (below the frozen header rows: a chart
      // across the freeze line is cut in two).
      ...funnelChartPlace(layout),
    })
    .freeze(dashboard.funnelHeaderRow, 1);
  return addDashboardPrintout(sheet, layout).build();
}

/** Workbook names for the Dashboard's key figures (e.g. `WinRate`), for Goals and for users' own formulas. */
export function dashboardNames(layout: TemplateLayout): { name: string; ref: string }[] {
  const dashboardName = layout.sheetName("dashboard");
  const { funnel, funnelRows } = layout.dashboard;
  return [
    ...KEY_FIGURES.map((figure) => ({
      name: KEY_FIGURE_NAMES[figure],
      ref: sheetRef(dashboardName, absolute(2, layout.dashboard.keyFigureRow[figure])),
    })),
    {
      name: "StepConversion",
      ref: sheetRef(dashboardName, absolute(funnel.stepConversion, funnelRows.first, funnel.stepConversion, funnelRows.last)),
    },
    { name: "StageNames", ref: layout.stages.names },
  ];
}
