/**
 * The Reviews sheet's close-month table in HyperFormula equals core monthlyReview on the sample's Deals sheet
 * (the fast check; test/libreoffice/reviewsPilot.test.ts holds the same in LibreOffice).
 */
import { describe, expect, it } from "vitest";
import { STATUS_CODE } from "../../../core/model/dealTable";
import { stageList } from "../../../core/model/stages";
import { parseDealLog } from "../../../core/parse/dealLog";
import { monthlyReview } from "../../../core/report/monthlyReview";
import { a1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { EMPTY_FIGURE } from "../../../core/template/emptyFigure";
import { sheetLayouts } from "../../../core/template/layout";
import { WIN_RATE_GOAL_INDEX } from "../../../core/template/sheets/reviews";
import type { TemplateOptions } from "../../../core/template/types";
import { loadWorkbook, valueOf } from "./hyperformulaWorkbook";

/** A rate difference as the template shows it: in percentage points (core/template/points.ts), the core's fraction × 100. */
const points = (difference: number | null): number | null => (difference === null ? null : difference * 100);

const asNull = (value: unknown) => (value === EMPTY_FIGURE ? null : value);

describe("the close-month review, natively (HyperFormula)", () => {
  for (const options of [
    { locale: "en", sampleDeals: 300, dealRows: 320, seed: 4 },
    { locale: "zh-CN", stages: ["线索", "方案", "成交"], sampleDeals: 200, dealRows: 220, seed: 9 },
  ] as TemplateOptions[]) {
    it(`equals monthlyReview (${options.locale}, ${options.stages?.length ?? 6} stages)`, () => {
      const spec = buildTemplate(options);
      const hf = loadWorkbook(spec);
      const layout = sheetLayouts(options);
      const dealsSheet = spec.sheets.find((sheet) => sheet.key === "deals")!;
      const grid = hf.getSheetValues(hf.getSheetId(dealsSheet.name)!) as unknown[][];
      const stages = stageList(options.stages, options.locale);
      const deals = parseDealLog(grid, { stages })!.deals;
      const reviews = layout.reviews;
      const at = (column: number, row: number) => valueOf(hf, reviews.sheet, a1(column, row));
      const reasons = Array.from({ length: reviews.reasons.last - reviews.reasons.first + 1 }, (_, i) => at(reviews.reasons.column, reviews.reasons.first + i)).filter((v): v is string => typeof v === "string");
      const goal = valueOf(hf, layout.goals.sheet, a1(layout.goals.columns.target, layout.goals.rows[WIN_RATE_GOAL_INDEX]));
      const asOf = valueOf(hf, layout.goals.sheet, layout.goals.asOf) as number;
      const core = monthlyReview(deals, { firstMonth: at(1, reviews.close.first) as number, months: 12, asOf, winRateGoal: typeof goal === "number" ? goal : null, reasons });
      const c = reviews.close.columns;
      let won = 0;
      core.forEach((month, i) => {
        const row = reviews.close.first + i;
        expect(at(c.month, row)).toBe(month.month);
        expect([at(c.newLeads, row), at(c.won, row), at(c.lost, row), at(c.stillOpen, row)], `month ${i}`).toEqual([month.newLeads, month.won, month.lost, month.stillOpen]);
        for (const [key, value] of [["winRate", month.winRate], ["cycle", month.cycleMedian], ["vsLastMonth", points(month.changeFromLastMonth)], ["vsGoal", points(month.againstGoal)]] as const) {
          const shown = asNull(at(c[key], row));
          if (value === null) expect(shown, `${key} ${i}`).toBeNull();
          else expect(shown as number, `${key} ${i}`).toBeCloseTo(value, 9);
        }
        expect(asNull(at(c.topLoss, row))).toBe(month.topLossStage === null ? null : stages.names[month.topLossStage]);
        expect(asNull(at(c.topReason, row))).toBe(month.topLostReason);
        expect(at(c.state, row)).toBe(reviews.stateWords[month.state]);
        won += month.won;
      });
      expect(won).toBe(Array.from(deals.status).filter((status) => status === STATUS_CODE.won).length);
      // Not all empty: the sample has figures to compare.
      expect(core.filter((month) => month.cycleMedian !== null && month.topLostReason !== null && month.topLossStage !== null).length).toBeGreaterThan(3);
    }, 300_000);
  }
});
