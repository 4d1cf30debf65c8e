import type { Locale } from "../core/model/locale";
import type { SegmentsJson } from "../core/model/reportSchema";
import { REPORT_FIGURES, type ReportFigureKey } from "../core/report/reportFigures";
import { cliText } from "./cliText";
import { fixed } from "./decimal";
import { textTable } from "./textTable";
import { visible } from "./visibleText";

const percent = (value: number | null) => (value === null ? "—" : `${fixed(value, 1, 2)}%`);
const days = (value: number | null) => (value === null ? "—" : fixed(value, 1));
const amount = (value: number | null) => (value === null ? "—" : Math.round(value).toLocaleString("en-US"));

/**
 * The segments part of the text report (`analyze --by`, DEFINITIONS §7): the words first — the flagged groups
 * (core/report/segmentReport.ts segmentSentences), or that none stands out, and the spread of win rate — then one
 * table per group, most deals first: reached, step and overall conversion and the median time in each stage, under a
 * line with its win rate, flag and adjusted p, and a line with its cycle time and pipeline velocity.
 */
export function formatSegments(segments: SegmentsJson, sentences: readonly string[], locale: Locale): string {
  const t = (key: Parameters<typeof cliText>[1], params?: Record<string, string | number>) => cliText(locale, key, params);
  // The headline figures' labels: the table of report figures (core/report/reportFigures.ts).
  const label = (key: ReportFigureKey) => REPORT_FIGURES[key].label[locale];
  const out: string[] = [`■ ${t("segmentsBy", { column: visible(segments.column) })}`];
  for (const sentence of sentences) out.push(`· ${visible(sentence)}`);
  for (const group of segments.groups) {
    out.push("");
    const flag = group.flag === null ? "" : ` · ${t(group.flag === "above" ? "segmentAbove" : "segmentBelow")}`;
    const p = group.pHolm === null ? "" : ` · ${t("segmentP", { p: group.pHolm < 0.001 ? "< 0.001" : `= ${group.pHolm.toFixed(3)}` })}`;
    out.push(`□ ${visible(group.group)} · ${t("segmentDeals", { n: group.deals })} · ${label("winRate")} ${percent(group.winRate)}${flag}${p}`);
    out.push(
      textTable([
        [t("stage"), t("reached"), t("step"), t("overall"), `${t("timeInStage")} ${t("median")}`],
        ...group.funnel.map((row) => [
          visible(row.stage),
          String(row.reached),
          percent(row.stepConversion),
          percent(row.overallConversion),
          row.stage in group.timeInStageDays ? days(group.timeInStageDays[row.stage].median) : "",
        ]),
      ]),
    );
    const cycle = group.cycleTimeDays;
    out.push(
      `${label("cycleTimeDays")} ${t("median")} ${days(cycle.median)} · ${t("mean")} ${days(cycle.mean)} · P90 ${days(cycle.p90)} · ${t("n")} ${cycle.n} · ${label("pipelineVelocity")} ${amount(group.pipelineVelocity)}`,
    );
  }
  return out.join("\n");
}
