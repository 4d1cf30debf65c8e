/**
 * The Reviews sheet's close-month review and the Pilot sheet computed from the deals, recalculated by LibreOffice,
 * agree with the core (core/report/monthlyReview.ts, core/report/pilotFromDeals.ts) on the Deals sheet read back
 * from the recalculated file; "—" reads as the core's null. And no cell of any sheet of the empty template or the
 * samples shows a raw error (#DIV/0!, #VALUE!, #NUM!, #N/A) after recalculation (issue 12 part 5).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findDealSheet } from "../../cli/xlsx/findDealSheet";
import { readWorkbook } from "../../cli/xlsx/readWorkbook";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { stageList } from "../../core/model/stages";
import { parseDealLog } from "../../core/parse/dealLog";
import { analyzeDeals } from "../../core/report/analyzeDeals";
import { monthlyReview } from "../../core/report/monthlyReview";
import { pilotFromDeals } from "../../core/report/pilotFromDeals";
import { a1 } from "../../core/template/a1";
import { buildTemplate } from "../../core/template/buildTemplate";
import { EMPTY_FIGURE } from "../../core/template/emptyFigure";
import { sheetLayouts } from "../../core/template/layout";
import { WIN_RATE_GOAL_INDEX } from "../../core/template/sheets/reviews";
import type { TemplateOptions } from "../../core/template/types";
import { tempDir } from "../cli/helpers";
import { readValues, valueAt, type CellValue, type SheetValues } from "./readBack";
import { recalculate, sofficeAvailable } from "./recalc";

/** A rate difference as the template shows it: in percentage points (core/template/points.ts), the core's fraction × 100. */
const points = (difference: number | null): number | null => (difference === null ? null : difference * 100);

const available = sofficeAvailable();
if (!available && process.env.CI) throw new Error("CI is set but LibreOffice `soffice` is not installed");

const CASES: readonly { label: string; options: TemplateOptions }[] = [
  // The sample `template --sample` writes (seed 2026).
  { label: "zh-CN, the 2,000 sample deals", options: { locale: "zh-CN", sampleDeals: 2000 } },
  { label: "en, own four stages, 800 sample deals with bad rows", options: { locale: "en", stages: ["Discovery", "Demo", "Trial", "Signed"], sampleDeals: 800, sampleBadRows: 3, seed: 3 } },
  { label: "en, empty template", options: { locale: "en", today: 46356 } },
  { label: "zh-CN, empty template", options: { locale: "zh-CN" } },
];

const files = new Map<string, { recalculated: string; values: SheetValues }>();

beforeAll(async () => {
  if (!available) return;
  const dir = tempDir();
  const paths = CASES.map((_, index) => join(dir, `reviews${index}.xlsx`));
  for (const [index, testCase] of CASES.entries()) await writeFile(paths[index], await workbookToXlsx(buildTemplate(testCase.options)));
  const outputs = await recalculate(paths, join(dir, "out"), { timeoutMs: 400_000 });
  for (const [index, testCase] of CASES.entries()) files.set(testCase.label, { recalculated: outputs[index], values: await readValues(outputs[index]) });
}, 500_000);

/** A shown figure equals the core's: "—" for null, numbers to 1e-9. */
function expectFigure(shown: CellValue, core: number | null, where: string): void {
  if (core === null) {
    expect(shown, where).toBe(EMPTY_FIGURE);
    return;
  }
  expect(typeof shown, `${where}: ${JSON.stringify(shown)}`).toBe("number");
  expect(Math.abs((shown as number) - core), `${where}: ${shown} vs ${core}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(core)));
}

describe.skipIf(!available)("Reviews and Pilot in LibreOffice", () => {
  for (const testCase of CASES) {
    describe(testCase.label, () => {
      const layout = sheetLayouts(testCase.options);
      const withSample = (testCase.options.sampleDeals ?? 0) > 0;
      let values: SheetValues;
      let deals: NonNullable<ReturnType<typeof parseDealLog>>["deals"];
      let medianCycle: number | null;
      let asOf: number;
      beforeAll(async () => {
        const file = files.get(testCase.label)!;
        values = file.values;
        const stages = stageList(testCase.options.stages, testCase.options.locale);
        const sheets = await readWorkbook(file.recalculated);
        const dealSheet = findDealSheet(sheets, stages)!;
        deals = parseDealLog(dealSheet.grid, { stages, firstRow: dealSheet.firstRow })!.deals;
        medianCycle = analyzeDeals(dealSheet.grid, { locale: testCase.options.locale, stages, firstRow: dealSheet.firstRow })!.cycleTimeDays.median;
        asOf = valueAt(values, layout.goals.sheet, layout.goals.asOf) as number;
      });

      it("shows no raw error on any sheet (issue 12 part 5: empty figures read as empty)", () => {
        const errors: string[] = [];
        for (const [sheet, grid] of values) {
          grid.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (cell !== null && typeof cell === "object") errors.push(`${sheet}!${a1(c + 1, r + 1)} ${cell.error}`);
            }),
          );
        }
        expect(errors).toEqual([]);
      });

      it("the close-month review equals monthlyReview", () => {
        const reviews = layout.reviews;
        const at = (column: number, row: number) => valueAt(values, reviews.sheet, a1(column, row));
        const reasons = Array.from({ length: reviews.reasons.last - reviews.reasons.first + 1 }, (_, i) => at(reviews.reasons.column, reviews.reasons.first + i)).filter(
          (value): value is string => typeof value === "string" && value !== "",
        );
        const goal = valueAt(values, layout.goals.sheet, a1(layout.goals.columns.target, layout.goals.rows[WIN_RATE_GOAL_INDEX]));
        const core = monthlyReview(deals, { firstMonth: at(1, reviews.close.first) as number, months: 12, asOf, winRateGoal: typeof goal === "number" ? goal : null, reasons });
        const c = reviews.close.columns;
        const stageNames = deals.stages.names;
        core.forEach((month, i) => {
          const row = reviews.close.first + i;
          const where = `close month ${i + 1}`;
          expect(at(c.month, row)).toBe(month.month);
          expect([at(c.newLeads, row), at(c.won, row), at(c.lost, row), at(c.stillOpen, row)], where).toEqual([month.newLeads, month.won, month.lost, month.stillOpen]);
          expectFigure(at(c.winRate, row), month.winRate, `${where} win rate`);
          expectFigure(at(c.cycle, row), month.cycleMedian, `${where} cycle`);
          expectFigure(at(c.vsLastMonth, row), points(month.changeFromLastMonth), `${where} vs last month`);
          expectFigure(at(c.vsGoal, row), points(month.againstGoal), `${where} vs goal`);
          expect(at(c.topLoss, row), where).toBe(month.topLossStage === null ? EMPTY_FIGURE : stageNames[month.topLossStage]);
          expect(at(c.topReason, row), where).toBe(month.topLostReason ?? EMPTY_FIGURE);
          expect(at(c.state, row), where).toBe(reviews.stateWords[month.state]);
        });
        if (withSample) expect(core.filter((month) => month.cycleMedian !== null && month.topLostReason !== null && month.topLossStage !== null).length).toBeGreaterThan(6);
      });

      it("the pilot from the deals equals pilotFromDeals: weeks, states, totals, PILOT_LIFT, verdict, baseline", () => {
        const pilot = layout.pilot;
        const at = (ref: string) => valueAt(values, pilot.sheet, ref);
        const team = at(pilot.inputs.team);
        const start = at(pilot.inputs.start);
        expect(typeof team === "string" && typeof start === "number").toBe(withSample);
        const core = pilotFromDeals(deals, {
          pilotTeam: typeof team === "string" ? team : "",
          start: typeof start === "number" ? start : Infinity,
          asOf,
          maxWeeks: pilot.lastWeekRow - pilot.firstWeekRow + 1,
          settleDays: medianCycle ?? 0,
        });
        const { columns } = pilot;
        for (let index = 0; index <= pilot.lastWeekRow - pilot.firstWeekRow; index++) {
          const row = pilot.firstWeekRow + index;
          const week = core.weeks[index];
          const cell = (column: number) => valueAt(values, pilot.sheet, a1(column, row));
          if (week === undefined) {
            expect(cell(columns.weekStart), `week ${index + 1}`).toBe("");
            continue;
          }
          expect(cell(columns.weekStart)).toBe(week.start);
          expect(cell(columns.state)).toBe(pilot.stateWords[week.state]);
          for (const group of ["pilot", "control"] as const) {
            expect([cell(columns[`${group}Leads`]), cell(columns[`${group}Opportunities`]), cell(columns[`${group}Deals`])], `week ${index + 1} ${group}`).toEqual([
              week[group].leads,
              week[group].opportunities,
              week[group].deals,
            ]);
          }
        }
        if (withSample) expect(core.weeks.filter((week) => week.state === "maturing").length).toBeGreaterThan(0);
        expect(at(pilot.converted.pilotTotal)).toBe(core.totals.pilot.opportunities);
        expect(at(pilot.converted.pilotConverted)).toBe(core.totals.pilot.deals);
        expect(at(pilot.converted.controlTotal)).toBe(core.totals.control.opportunities);
        expect(at(pilot.converted.controlConverted)).toBe(core.totals.control.deals);
        for (const key of ["pilotRate", "controlRate", "lift", "relativeLift", "pValue"] as const) expectFigure(at(pilot.figures[key]), key === "lift" ? points(core.lift.lift) : core.lift[key], key);
        expect(at(pilot.figures.method)).toBe(core.lift.method === null ? EMPTY_FIGURE : core.lift.method === "fisher" ? pilot.methodWords.fisher : pilot.methodWords.zTest);
        expect(at(pilot.verdict)).toBe(pilot.verdictWords[core.verdict]);
        const b = core.baseline;
        expectFigure(at(pilot.baseline.beforeOpportunities), b.before.opportunities, "before opportunities");
        expectFigure(at(pilot.baseline.beforeDeals), b.before.deals, "before deals");
        expectFigure(at(pilot.baseline.beforeRate), b.before.rate, "before rate");
        expectFigure(at(pilot.baseline.afterRate), b.after.rate, "after rate");
        expectFigure(at(pilot.baseline.change), points(b.change), "change");
        if (withSample) expect(b.before.opportunities).toBeGreaterThan(0);
      });

      it.runIf(withSample)("tells the sample's story: the latest lead cohort, whose note says so, is maturing (and the shipped sample's pilot is better)", () => {
        if (testCase.options.seed === undefined) expect(valueAt(values, layout.pilot.sheet, layout.pilot.verdict)).toBe(layout.pilot.verdictWords.better);
        const { cohort, stateWords } = layout.reviews;
        expect(valueAt(values, layout.reviews.sheet, a1(cohort.columns.state, cohort.last))).toBe(stateWords.maturing);
        expect(valueAt(values, layout.reviews.sheet, a1(cohort.columns.notes, cohort.last))).toMatch(testCase.options.locale === "en" ? /maturing/ : /成熟中/);
      });
    });
  }
});
