/**
 * The words a Chinese sales team uses (issue 13 part 7, DECISIONS "Words"): a deal that stopped before the next
 * stage "did not advance" (未推进数), a deal closed as lost is "lost" (丢单数, 丢单阶段, 丢单原因); 流失, which reads
 * as either, is not a label anywhere (it stays only a word the reader accepts in a log's status column). The
 * pane's and the sidebar's catalogs: test/addin/salesTermsHosts.test.ts.
 */
import { describe, expect, it } from "vitest";
import { CLI_TEXT } from "../../../cli/cliText";
import { LABELS } from "../../../core/functions/labels";
import { MESSAGES } from "../../../core/i18n/messages";
import { REPORT_MESSAGES } from "../../../core/i18n/reportMessages";
import { FIELD_HEADERS } from "../../../core/model/words";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { TEMPLATE_LABELS } from "../../../core/template/labels";
import { DASHBOARD_COPY } from "../../../core/template/sheets/dashboardCopy";
import { REVIEWS_COPY } from "../../../core/template/sheets/reviewsCopy";
import { expandSheet } from "../../../core/template/repeatedRows";

/** Every zh-CN string of a catalog (nested objects of { "zh-CN", en }). */
function chinese(catalog: unknown): string[] {
  if (catalog === null || typeof catalog !== "object") return [];
  return Object.entries(catalog).flatMap(([key, value]) => (key === "zh-CN" && typeof value === "string" ? [value] : chinese(value)));
}

/** The texts of a template (its formulas' quoted words include the status words a log may use, 流失 among them). */
function templateWords(sampleDeals: number): string[] {
  return buildTemplate({ locale: "zh-CN", sampleDeals }).sheets.flatMap((sheet) =>
    expandSheet(sheet).blocks.flatMap((block) =>
      block.rows.flatMap((row) => row.flatMap((cell) => (cell !== null && "text" in cell ? [cell.text] : []))),
    ),
  );
}

describe("did not advance vs lost", () => {
  it("names the drop-off 未推进数 / Did not advance, and the lost 丢单数 / Lost, in the template, the functions and the CLI", () => {
    for (const catalog of [DASHBOARD_COPY, LABELS, CLI_TEXT]) {
      expect(catalog.dropOff).toEqual({ "zh-CN": "未推进数", en: "Did not advance" });
    }
    expect(DASHBOARD_COPY.lost).toEqual({ "zh-CN": "丢单数", en: "Lost" });
    expect(LABELS.lost).toEqual({ "zh-CN": "丢单数", en: "Lost" });
    expect(FIELD_HEADERS.lostReason["zh-CN"]).toBe("丢单原因");
    expect(REVIEWS_COPY.biggestDrop["zh-CN"]).toBe("主要丢单阶段");
  });

  it("has no 流失 in any zh-CN label, message or template text", () => {
    const catalogs = [CLI_TEXT, LABELS, MESSAGES, REPORT_MESSAGES, FIELD_HEADERS, TEMPLATE_LABELS];
    const words = [...catalogs.flatMap(chinese), ...templateWords(0), ...templateWords(300)];
    expect(words.length).toBeGreaterThan(500);
    // A function's help lists the status words it reads: 丢单/流失 there is a word accepted, not a label.
    expect(words.filter((word) => word.replaceAll("丢单/流失", "").includes("流失"))).toEqual([]);
  });
});

describe("units and reference values", () => {
  it("says the velocity's and the mean amount's unit, and that benchmarks are references to replace", () => {
    expect(TEMPLATE_LABELS.velocity).toEqual({ "zh-CN": "管道速度（元/天）", en: "Pipeline velocity, per day" });
    expect(TEMPLATE_LABELS.meanWonAmount["zh-CN"]).toBe("赢单平均金额（元）");
    for (const key of ["cycleMedian", "cycleMean", "cycleP90"] as const) {
      expect(TEMPLATE_LABELS[key]["zh-CN"]).toContain("（天）");
      expect(TEMPLATE_LABELS[key].en).toContain("(days)");
    }
    expect(TEMPLATE_LABELS.benchmarkInput).toEqual({ "zh-CN": "参考基准转化率（请替换为贵公司的数据）", en: "Reference benchmark conversion (replace with your own)" });
    const stages = buildTemplate({ locale: "zh-CN", sampleDeals: 0 }).sheets.find((sheet) => sheet.key === "stages")!;
    expect(stages.blocks[0].rows[0]).toContainEqual({ text: "参考基准转化率（请替换为贵公司的数据）" });
  });
});
