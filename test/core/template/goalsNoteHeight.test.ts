import { describe, expect, it } from "vitest";
import { a1 } from "../../../core/template/a1";
import { buildTemplate } from "../../../core/template/buildTemplate";
import { templateLayout } from "../../../core/template/layout";
import { wrappedHeight } from "../../../core/template/wrapAcross";
import { loadWorkbook, valueOf } from "./hyperformulaWorkbook";

/**
 * The Goals conversion note is a formula (it names the first two stages and the settle days), so no renderer can
 * measure it: goals.ts gives its row a height. With long stage names of the manager's own, the note as calculated
 * (HyperFormula) must fit that height — measured with the stage names in use, not the default ones.
 */
describe("the Goals conversion note fits its row with the stage names in use", () => {
  for (const locale of ["en", "zh-CN"] as const) {
    it(locale, () => {
      const stages =
        locale === "en"
          ? ["Marketing-qualified lead from inbound campaigns and trade events", "Sales-accepted opportunity after a discovery call", "Proposal", "Won"]
          : ["市场部认定的合格线索（来自展会与线上活动）", "销售确认的商机（已完成需求访谈）", "方案", "成交"];
      const spec = buildTemplate({ locale, stages, sampleDeals: 0, dealRows: 20 });
      const layout = templateLayout(locale, stages.length, 21);
      const row = layout.goals.rows[0];
      const hf = loadWorkbook(spec);
      const note = valueOf(hf, layout.goals.sheet, a1(layout.goals.columns.notes, row)) as string;
      expect(note).toContain(stages[1]);
      const goals = spec.sheets.find((sheet) => sheet.key === "goals")!;
      const height = goals.rowHeights?.find((entry) => entry.row === row)?.points ?? 0;
      expect(height).toBeGreaterThanOrEqual(wrappedHeight(note, goals.columnWidths[layout.goals.columns.notes - 1]));
    });
  }
});
