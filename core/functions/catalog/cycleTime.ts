import { cycleDurations } from "../../metrics/cycleTime";
import { summarize } from "../../metrics/statistics";
import { cellsOf, dateRangeDays } from "../coerce";
import { dealsOfColumns } from "../columnDeals";
import { defineFunction } from "../defineFunction";
import { ArgumentProblem, numberOrDiv0 } from "../errors";
import { STATISTIC_PARAM } from "../params";

export const CYCLE_TIME = defineFunction({
  name: "CYCLE_TIME",
  result: "number",
  help: {
    "zh-CN": "成交周期（天）：每行结束日期减开始日期的中位数等统计量；只计两个日期都有且结束不早于开始的行",
    en: "Cycle time in days: the median (or another statistic) of end date − start date, over rows with both dates and the end not before the start",
  },
  params: [
    { name: "start_dates", kind: "range", help: { "zh-CN": "开始日期（如“线索”列）", en: "Start dates (e.g. the Lead column)" } },
    { name: "end_dates", kind: "range", help: { "zh-CN": "结束日期（如“成交”列），与开始日期同样行数", en: "End dates (e.g. the Won column), as many rows as the start dates" } },
    STATISTIC_PARAM,
  ] as const,
  body([starts, ends, statistic], context) {
    const { locale } = context;
    const startCells = cellsOf(starts);
    const endCells = cellsOf(ends);
    if (startCells.length !== endCells.length) {
      throw new ArgumentProblem("#VALUE!", "arg.sameSize", { name: "start_dates", other: "end_dates" });
    }
    // Unreadable cells (a header, a note) pair with nothing: the function takes only rows with both dates. Each
    // range's numbers-only dates are read in one order (dateRangeDays).
    const startDays = dateRangeDays(startCells.map((cell) => cell.value), context);
    const endDays = dateRangeDays(endCells.map((cell) => cell.value), context);
    // Each row a won deal from its start to its end date: the report's cycle kernel over that table.
    const durations = cycleDurations(dealsOfColumns({ startDays, endDays }));
    return numberOrDiv0(summarize(durations, statistic ?? "median"), locale, "div0.noDurations");
  },
});
