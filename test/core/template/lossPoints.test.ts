/**
 * The template's loss points (Dashboard and Reviews), evaluated by HyperFormula: every stage but the last, and a
 * deal marked lost with a date in the last stage counted in no loss point (but lost in the win rate), as the
 * core counts them (metrics/lossPoints). test/libreoffice/agreement.test.ts checks the same in LibreOffice.
 */
import { describe, expect, it } from "vitest";
import { analyzeDeals } from "../../../core/report/analyzeDeals";
import { stageList } from "../../../core/model/stages";
import { a1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { templateLayout } from "../../../core/template/layout";
import type { TemplateCell } from "../../../core/template/types";
import { loadWorkbook, setValues, valueOf } from "./hyperformulaWorkbook";
import { cellAt } from "./specCells";

const STAGES = ["Lead", "Demo", "Won"];
// 2026-01-05 … (Excel serials). Worked by hand: one won; lost at Lead twice and at Demo once; three marked lost
// but dated Won (contradictions: lost in the win rate, in no loss point); one open. Loss points: Lead 2 (2/3),
// Demo 1 (1/3). Win rate 1 / (1 + 6). All in January 2026: the month's top loss point is Lead, not Won (3).
const DEALS: readonly (readonly [number | "", number | "", number | "", string])[] = [
  [46027, 46030, 46040, "Won"],
  [46027, "", "", "Lost"],
  [46027, 46030, 46040, "Lost"],
  [46028, 46031, 46041, "Lost"],
  [46027, 46030, "", "Lost"],
  [46029, "", "", "Lost"],
  [46030, 46032, 46045, "Lost"],
  [46027, 46030, "", "Open"],
];

describe("loss points in the template", () => {
  const spec = buildTemplate({ locale: "en", stages: STAGES, dealRows: 20 });
  const layout = templateLayout("en", STAGES.length, 21);
  const dashboard = spec.sheets.find((sheet) => sheet.key === "dashboard")!;
  const funnelRow = (stage: number) => layout.dashboard.funnelHeaderRow + 1 + stage;
  const lostCell = (stage: number) => a1(layout.dashboard.funnel.lost, funnelRow(stage));
  const shareCell = (stage: number) => a1(layout.dashboard.funnel.lostShare, funnelRow(stage));

  const hf = loadWorkbook(spec);
  setValues(
    hf,
    layout.sheetName("deals"),
    DEALS.flatMap((deal, index) => [
      ...STAGES.map((_, stage) => [a1(layout.deals.stage(stage), index + 2), deal[stage] === "" ? null : deal[stage]] as const),
      [a1(layout.deals.field.status, index + 2), deal[3]] as const,
    ]),
  );
  const read = (sheet: string, address: string) => valueOf(hf, sheet, address);

  it("has no loss-point cells on the Dashboard's last-stage row, and no data bar over the lost counts (it covered them)", () => {
    const last = STAGES.length - 1;
    expect(cellAt(dashboard, lostCell(last))).toBeNull();
    expect(cellAt(dashboard, shareCell(last))).toBeNull();
    const bars = dashboard.conditionalFormats.filter((rule) => rule.kind === "dataBar" && rule.ref.startsWith(lostCell(0).replace(/\d+$/, "")));
    expect(bars.map((rule) => rule.ref)).toEqual([]);
  });

  it("counts lost deals by furthest stage before the last, shares of those; a lost deal dated Won is in none", () => {
    const dashboardName = layout.sheetName("dashboard");
    expect(read(dashboardName, lostCell(0))).toBe(2);
    expect(read(dashboardName, lostCell(1))).toBe(1);
    expect(read(dashboardName, shareCell(0))).toBe(2 / 3);
    expect(read(dashboardName, shareCell(1))).toBe(1 / 3);
    expect(read(dashboardName, lostCell(2))).toBeNull();
    expect(read(dashboardName, a1(2, layout.dashboard.keyFigureRow.winRate))).toBe(1 / 7);
  });

  it("agrees with the core on the same log", () => {
    const grid = [[...STAGES, "Status"], ...DEALS.map((deal) => [...deal])];
    const report = analyzeDeals(grid, { locale: "en", stages: stageList(STAGES, "en") })!;
    const dashboardName = layout.sheetName("dashboard");
    expect(report.lossPoints.map((row) => [row.stage, row.lost, row.share])).toEqual(
      report.lossPoints.map((_, stage) => [STAGES[stage], read(dashboardName, lostCell(stage)), read(dashboardName, shareCell(stage))]),
    );
    expect(report.winRate).toBe(read(dashboardName, a1(2, layout.dashboard.keyFigureRow.winRate)));
  });

  it("marks the status of a lost deal dated in the last stage orange (warn, not the input yellow) on the Deals sheet, and the Dashboard's note says why", () => {
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    const status = a1(layout.deals.field.status, 2).replace(/\d+$/, "");
    const rules = deals.conditionalFormats.filter((rule) => rule.kind === "formula" && rule.look === "warn");
    expect(rules.map((rule) => rule.ref)).toEqual([`${status}2:${status}21`]);
    // The rule's formula, evaluated for each deal row in a spare cell (its row references moved to that row).
    const formula = rules[0].kind === "formula" ? rules[0].formula : "";
    const spare = a1(layout.deals.lastColumn + 5, 1).replace(/\d+$/, "");
    setValues(
      hf,
      layout.sheetName("deals"),
      DEALS.map((_, index) => [`${spare}${index + 2}`, `=${formula.replace(/(\$[A-Z]+)2\b/g, `$1${index + 2}`)}`] as const),
    );
    const marked = DEALS.map((_, index) => read(layout.sheetName("deals"), `${spare}${index + 2}`));
    expect(marked).toEqual([false, false, true, true, false, false, true, false]);
    for (const locale of ["en", "zh-CN"] as const) {
      const note = cellAt(buildTemplate({ locale }).sheets.find((sheet) => sheet.key === "dashboard")!, "A2");
      expect(note !== null && "text" in note && note.text).toMatch(locale === "en" ? /every stage but the last.*orange/ : /最后阶段之前.*橙色/);
    }
  });

  it("Reviews: a 'Lost at' column per stage but the last, and the month's top loss point is never the last stage", () => {
    const reviews = spec.sheets.find((sheet) => sheet.key === "reviews")!;
    const headerRow = 4;
    const header: TemplateCell[] = [];
    for (let column = 1; column <= 40; column++) header.push(cellAt(reviews, a1(column, headerRow)));
    const headerTexts = header.map((cell) => (cell !== null && "text" in cell ? cell.text : ""));
    expect(headerTexts.filter((text) => text.startsWith("Lost at "))).toEqual(["Lost at Lead", "Lost at Demo"]);
    const topColumn = headerTexts.indexOf("Top loss point") + 1;
    const monthColumn = headerTexts.indexOf("Month") + 1;
    // The months run 2025-12 … 2026-11 without sample data: January 2026 is the second.
    expect(read(reviews.name, a1(monthColumn, headerRow + 2))).toBe(46023);
    expect(read(reviews.name, a1(topColumn, headerRow + 2))).toBe("Lead");
  });
});
