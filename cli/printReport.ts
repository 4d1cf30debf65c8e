import type { Locale } from "../core/model/locale";
import type { DealReport } from "../core/report/analyzeDeals";
import { listedProblems } from "../core/report/readingPolicy";
import { REPORT_FIGURE_KEYS, REPORT_FIGURES, type ReportFigureKey } from "../core/report/reportFigures";
import { reportNotes } from "../core/report/reportNotes";
import { cliText } from "./cliText";
import { fixed } from "./decimal";
import { textTable } from "./textTable";
import { visible } from "./visibleText";

const percent = (value: number | null) => (value === null ? "—" : `${fixed(value, 1, 2)}%`);
const days = (value: number | null) => (value === null ? "—" : fixed(value, 1));
const amount = (value: number | null) => (value === null ? "—" : Math.round(value).toLocaleString("en-US"));
/** Between a label and its value: full-width after Chinese. */
const COLON: Readonly<Record<Locale, string>> = { "zh-CN": "：", en: ": " };

/** A headline figure as the terminal writes it: a share with one decimal, a whole amount, a cycle summary. */
function figureValue(report: DealReport, key: ReportFigureKey, t: (key: Parameters<typeof cliText>[1]) => string): string {
  const value = report[key];
  if (typeof value === "object" && value !== null) return `${t("median")} ${days(value.median)} · ${t("mean")} ${days(value.mean)} · P90 ${days(value.p90)} · ${t("n")} ${value.n}`;
  return REPORT_FIGURES[key].kind === "share" ? percent(value) : amount(value);
}

/**
 * The report as a person reads it in a terminal: tables, a text bar chart of the funnel, the problem rows. Text
 * from the file (stage names, problem messages quoting cells) is shown with its control characters visible.
 */
export function formatReport(report: DealReport, locale: Locale): string {
  const t = (key: Parameters<typeof cliText>[1], params?: Record<string, string | number>) => cliText(locale, key, params);
  const out: string[] = [];
  const labelled = (label: string, value: string | number) => `${label}${COLON[locale]}${value}`;
  out.push(labelled(t("deals"), report.deals));
  // What the reader decided (footer rows skipped, stage order, currencies, how each column of numbers-only dates
  // was read): one line each, the notes the panes show too.
  for (const line of reportNotes(report, locale, "cli")) out.push(`· ${visible(line)}`);
  out.push("");

  const top = Math.max(1, ...report.funnel.map((row) => row.reached));
  out.push(`■ ${t("funnel")}`);
  out.push(
    textTable([
      [t("stage"), t("reached"), t("step"), t("overall"), t("dropOff"), ""],
      ...report.funnel.map((row) => [
        visible(row.stage),
        String(row.reached),
        percent(row.stepConversion),
        percent(row.overallConversion),
        row.dropOff === null ? "" : String(row.dropOff),
        "█".repeat(Math.round((row.reached / top) * 30)) || (row.reached > 0 ? "▏" : ""),
      ]),
    ]),
  );
  // The step with the lowest conversion from the stage before it (the first such step on a tie).
  const worst = report.funnel
    .map((row, index) => ({ from: report.funnel[index - 1]?.stage, to: row.stage, rate: row.stepConversion }))
    .filter((step): step is { from: string; to: string; rate: number } => step.from !== undefined && step.rate !== null)
    .sort((a, b) => a.rate - b.rate)[0];
  if (worst !== undefined) out.push(t("bottleneck", { from: visible(worst.from), to: visible(worst.to), rate: percent(worst.rate) }));
  out.push("");

  // The headline figures, one line each, as the table of report figures lists them (core/report/reportFigures.ts).
  for (const key of REPORT_FIGURE_KEYS) out.push(`■ ${labelled(REPORT_FIGURES[key].label[locale], figureValue(report, key, t))}`);
  out.push("");

  const stages = Object.entries(report.timeInStageDays);
  if (stages.length > 0) {
    out.push(`■ ${t("timeInStage")}`);
    out.push(textTable([[t("stage"), t("median"), t("mean"), t("n")], ...stages.map(([stage, s]) => [visible(stage), days(s.median), days(s.mean), String(s.n)])]));
    out.push("");
  }

  out.push(`■ ${t("lossPoints")}`);
  out.push(textTable([[t("stage"), t("lost"), t("share")], ...report.lossPoints.map((row) => [visible(row.stage), String(row.lost), percent(row.share)])]));
  out.push("");

  if (report.problems.length === 0) {
    out.push(`■ ${t("noProblems")}`);
  } else {
    out.push(`■ ${t("problems", { n: report.problems.length })}`);
    // As many as every surface lists (core readingPolicy), then how many more.
    const { shown, more } = listedProblems(report.problems);
    out.push(textTable([[t("row"), t("column"), ""], ...shown.map((p) => [String(p.row), visible(p.column), visible(p.message)])]));
    if (more > 0) out.push(t("more", { n: more }));
  }
  return out.join("\n");
}
