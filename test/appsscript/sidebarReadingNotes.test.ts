import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AnalyzeResponse } from "../../appsscript/shared/protocol";
import { analyzeOnFake } from "./support/analyzeOnFake";
import { analyzeDeals } from "../../core/report/analyzeDeals";
import { reportNotes } from "../../core/report/reportNotes";
import { SheetsFake } from "./fakes/sheetsFake";

// The sidebar says what the CLI says (issue 10): the reading notes above the figures (core reportNotes, the CLI's
// "· " lines), and when nothing can be read, the CLI's one line (core/parse/verdict.ts) after the sheet's name. A
// stage history sheet is read, with the Stages sheet's order only when its stage values fit it.

type OkAnswer = Extract<AnalyzeResponse, { status: "ok" }>;

/** test/fixtures/exports/history/zh-stage-log.csv (a hand-kept 阶段变更记录, research §5.3), as cells. */
const HISTORY = readFileSync(new URL("../fixtures/exports/history/zh-stage-log.csv", import.meta.url), "utf8")
  .trim()
  .split(/\r?\n/)
  .map((line) => line.split(","));
// First entries put 初步接洽 < 需求确认 < 方案报价 < 商务谈判, with 签约 (won) last; deal 3 is lost on its only row.
const ORDER = "初步接洽 → 需求确认 → 方案报价 → 商务谈判 → 签约";

function spreadsheet(sheets: Record<string, readonly (readonly unknown[])[]>, active: string, userLocale: "en" | "zh-CN" = "en"): SheetsFake {
  const fake = new SheetsFake({ locale: "en_US", userLocale, timeZone: "Asia/Shanghai", sheets: Object.keys(sheets) });
  for (const [name, rows] of Object.entries(sheets)) if (rows.length > 0) fake.put(name, "A1", rows);
  fake.activeSheet = fake.sheet(active);
  return fake;
}

async function analyzed(fake: SheetsFake): Promise<AnalyzeResponse> {
  return analyzeOnFake(fake);
}

/** The notes the CLI prints above its figures ("· …", cli/printReport.ts), for the same cells, said for a workbook. */
function cliNotes(locale: "en" | "zh-CN"): string[] {
  return reportNotes(analyzeDeals(HISTORY, { locale })!, locale, "workbook");
}

describe("the sidebar's analysis: a stage history sheet", () => {
  it.each(["en", "zh-CN"] as const)("%s: read, with the CLI's notes above the figures", async (locale) => {
    const answer = await analyzed(spreadsheet({ 阶段变更: HISTORY }, "阶段变更", locale)) as OkAnswer;
    expect(answer.status).toBe("ok");
    expect(answer.funnel.map((row) => row.stage).join(" → ")).toBe(ORDER);
    expect(answer.deals).toBe(10);
    expect(answer.unread).toBeUndefined();
    expect(answer.notes?.some((line) => line.includes(ORDER))).toBe(true);
    expect(answer.notes).toContain(locale === "en" ? "1 lost deals have no known stage: counted in the win rate and at the first stage" : "1 笔丢单不知道丢在哪个阶段：计入赢单率，并计入第一个阶段");
    expect(answer.notes).toEqual(cliNotes(locale));
  });

  it("a Stages sheet the history does not fit: not forced (no row left out as an unknown stage)", async () => {
    const stages = [["#", "Stage"], [1, "Lead"], [2, "Opportunity"], [3, "Won"]];
    const answer = await analyzed(spreadsheet({ Stages: stages, 阶段变更: HISTORY }, "阶段变更")) as OkAnswer;
    expect(answer.funnel.map((row) => row.stage).join(" → ")).toBe(ORDER);
    expect(answer.deals).toBe(10);
  });

  it("a Stages sheet the history fits: read in the workbook's order, every row counted", async () => {
    const stages = [["#", "阶段"], [1, "初步接洽"], [2, "需求确认"], [3, "方案报价"], [4, "商务谈判"], [5, "签约"]];
    const answer = await analyzed(spreadsheet({ 阶段: stages, 阶段变更: HISTORY }, "阶段变更")) as OkAnswer;
    expect(answer.funnel.map((row) => row.stage).join(" → ")).toBe(ORDER);
    expect(answer.problemCount).toBe(0);
  });
});

describe("the sidebar's analysis: nothing can be read", () => {
  it("not a deal log: the CLI's line naming the active sheet's headers and the shapes read", async () => {
    const en = await analyzed(spreadsheet({ Targets: [["Owner", "Target"], ["Ann", 12]] }, "Targets"));
    expect(en.status).toBe("notADealLog");
    expect(en.status === "notADealLog" && en.message).toMatch(/^"Targets": no deal log found: the header row has 2 columns \("Owner", "Target"\); read are .*a stage history/);
    const zh = await analyzed(spreadsheet({ 目标: [["负责人", "目标"]] }, "目标", "zh-CN"));
    expect(zh.status === "notADealLog" && zh.message).toMatch(/^“目标”：找不到交易表：首行有 2 列（“负责人”、“目标”）/);
  });

  it("every row a problem: the report keeps its problem rows, and `unread` names the most common problem", async () => {
    // Two deals, both with an unreadable Lead date: none read, 2 × the same problem in column B.
    const answer = await analyzed(spreadsheet({ Log: [["Deal", "Lead", "Won"], ["D1", "soon", ""], ["D2", "later", ""]] }, "Log")) as OkAnswer;
    expect(answer.status).toBe("ok");
    expect(answer.problems.map((problem) => problem.row)).toEqual([2, 3]);
    expect(answer.unread).toMatch(/^"Log": none of the 2 rows could be read: the most common problem is .* in column B \("Lead"\), 2 times/);
  });
});

describe("the sidebar's analysis: a current-stage export whose stage order cannot be told", () => {
  // One row per deal at stages that are neither the default stages nor a CRM's default pipeline: the order is not
  // guessed; the sidebar names the stages found, as the CLI does (before, the StageOrderNeeded error escaped).
  const rows = [
    ["Deal", "Stage", "Created Date", "Close Date", "Amount"],
    ["D1", "Discovery", "2026-01-05", "", "100"],
    ["D2", "Pilot", "2026-01-06", "", "200"],
    ["D3", "Closed Won", "2026-01-07", "2026-02-06", "300"],
  ];
  it.each(["en", "zh-CN"] as const)("%s: one line naming the stages found", async (locale) => {
    const answer = await analyzed(spreadsheet({ Deals: rows }, "Deals", locale));
    expect(answer.status).toBe("notADealLog");
    const text = (answer as { message: string }).message;
    expect(text).toContain("“Discovery”");
    expect(text).toContain("“Pilot”");
  });
});
