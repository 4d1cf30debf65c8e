import { describe, expect, it } from "vitest";
import { errorText } from "../../addin/i18n/errorText";
import { PANE_COUNTED, paneCount } from "../../addin/i18n/paneStrings";
import { clipToWidth, displayWidth } from "../../core/model/displayWidth";
import { createdLines } from "../../addin/pane/createdLines";
import { COUNTED } from "../../appsscript/sidebar/text";
import { daysText } from "../../core/present/numberText";
import type { RenderResult } from "../../addin/render/renderWorkbook";

// The pane's words that hold a count (English singular and plural, Chinese one form), Office's cell-edit-mode
// error in the user's language, and stage names clipped by display width for the funnel chart.

describe("paneCount: English singular and plural, Chinese one form", () => {
  it("one sheet, one deal, one won deal, one day", () => {
    expect(paneCount("en", "created", 1, { sheets: "Guide" })).toBe("Created 1 sheet: Guide.");
    expect(paneCount("en", "created", 11, { sheets: "Guide, …" })).toBe("Created 11 sheets: Guide, ….");
    expect(paneCount("en", "analyzedFrom", 1, { where: "Deals!A1:P2" })).toBe("Deals!A1:P2 · 1 deal counted");
    expect(paneCount("en", "analyzedFrom", 1200, { where: "Deals!A1:P1201" })).toBe("Deals!A1:P1201 · 1,200 deals counted");
    expect(paneCount("en", "analyzed", 1)).toBe("Analysis done: 1 deal counted.");
    expect(paneCount("en", "analyzed", 157)).toBe("Analysis done: 157 deals counted.");
    expect(paneCount("en", "wonTimed", 1)).toBe(" (1 won deal)");
    expect(paneCount("en", "wonTimed", 0)).toBe(" (0 won deals)");
  });

  it("days: the form of the number as shown (1.04 shows as 1)", () => {
    expect(daysText(1, "en")).toBe("1 day");
    expect(daysText(1.04, "en")).toBe("1 day");
    expect(daysText(1.5, "en")).toBe("1.5 days");
    expect(daysText(0, "en")).toBe("0 days");
    expect(daysText(1, "zh-CN")).toBe("1 天");
  });

  it("Chinese has one form for every count", () => {
    for (const key of Object.keys(PANE_COUNTED) as (keyof typeof PANE_COUNTED)[]) expect(typeof PANE_COUNTED[key]["zh-CN"]).toBe("string");
    expect(paneCount("zh-CN", "created", 1, { sheets: "说明" })).toBe("已创建 1 个工作表：说明。");
    expect(paneCount("zh-CN", "analyzed", 157)).toBe("分析完成：计入 157 笔交易。");
  });
});

describe("errorText: the user is editing a cell", () => {
  // As Office.js rejects any call while a cell is being edited (its message is English whatever the language).
  const error = Object.assign(new Error("The operation isn't allowed while the cell is being edited."), { name: "RichApi.Error", code: "InvalidOperationInCellEditMode" });

  it("is said in the user's language, the code kept", () => {
    expect(errorText(error, "en")).toBe("Finish editing the cell (press Enter or Esc), then try again (InvalidOperationInCellEditMode)");
    expect(errorText(error, "zh-CN")).toBe("请先结束单元格编辑（按 Enter 或 Esc），然后重试 (InvalidOperationInCellEditMode)");
  });
});

describe("clipToWidth: stage names by display width", () => {
  it("counts wide and full-width characters twice", () => {
    expect(displayWidth("Lead")).toBe(4);
    expect(displayWidth("线索获取")).toBe(8);
    expect(displayWidth("Ｑ1阶段")).toBe(7);
  });

  it("ends a cut name in …, within the width, and keeps a name that fits", () => {
    expect(clipToWidth("线索获取与初步筛选", 12)).toBe("线索获取与…");
    expect(clipToWidth("需求确认及方案演示阶段", 12)).toBe("需求确认及…");
    expect(clipToWidth("Discovery call done", 12)).toBe("Discovery c…");
    expect(clipToWidth("Discovery  call", 11)).toBe("Discovery…");
    expect(clipToWidth("签约成交", 12)).toBe("签约成交");
    expect(clipToWidth("方案演示与报价", 12)).toBe("方案演示与…");
    expect(clipToWidth("Inbound lead", 12)).toBe("Inbound lead");
    for (const name of ["线索获取与初步筛选", "Demo演示与试用阶段", "ＡＢＣＤＥＦＧ"]) expect(displayWidth(clipToWidth(name, 12))).toBeLessThanOrEqual(12);
  });
});

describe("createdLines: what the pane says after a template was created", () => {
  const created = (extra: Partial<Extract<RenderResult, { status: "created" }>> = {}): Extract<RenderResult, { status: "created" }> => ({
    status: "created",
    sheets: ["Guide", "Stages"],
    skippedSheets: [],
    skippedNames: [],
    renamedTables: {},
    unsupported: [],
    syncs: 3,
    requestBytes: [],
    ...extra,
  });
  const refused = Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), { name: "RichApi.Error", code: "InvalidArgument" });

  it("a chart Excel refused: said in English and Chinese, with Excel's reason in the same language", () => {
    expect(createdLines(created({ chartError: refused }), "en")).toEqual([
      "Created 2 sheets: Guide, Stages.",
      "The chart was left out: this Excel does not support it. Excel said: Excel refused one of the values (InvalidArgument). Everything else is in place.",
    ]);
    expect(createdLines(created({ chartError: refused }), "zh-CN")).toEqual([
      "已创建 2 个工作表：Guide、Stages。",
      "图表未生成：此版本的 Excel 不支持该图表。Excel 的提示：Excel 不接受其中一个值 (InvalidArgument)。其余内容均已生成。",
    ]);
  });

  it("a chart that was made: no chart line", () => {
    expect(createdLines(created(), "en")).toEqual(["Created 2 sheets: Guide, Stages."]);
  });
});

describe("days: the pane and the sidebar write them alike", () => {
  it("at most one decimal and the counted word, in both languages, from the kit (neither pane has days words of its own)", () => {
    expect(Object.keys(PANE_COUNTED)).not.toContain("days");
    expect(Object.keys(COUNTED)).not.toContain("days");
    expect([1, 1.04, 39, 45.25, 3.05, 1234.5].map((value) => daysText(value, "en"))).toEqual(["1 day", "1 day", "39 days", "45.3 days", "3.1 days", "1,234.5 days"]);
    expect([1, 1.04, 3.05, 1234.5].map((value) => daysText(value, "zh-CN"))).toEqual(["1 天", "1 天", "3.1 天", "1,234.5 天"]);
    expect(daysText(39, "zh-CN")).toBe("39 天");
    expect(daysText(1, "en")).toBe("1 day");
    expect(daysText(45.25, "en")).toBe("45.3 days");
  });
});
