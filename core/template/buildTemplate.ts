import { stageList } from "../model/stages";
import { sampleDeals } from "../sample/sampleDeals";
import { sampleGrid } from "../sample/sampleGrid";
import type { TemplateContext } from "./context";
import { LEADING_FIELDS, templateLayout } from "./layout";
import { printable } from "./printSetup";
import { keepUnitsWhole } from "./unitHeaders";
import { actionPlanSheet } from "./sheets/actionPlan";
import { dashboardNames, dashboardSheet } from "./sheets/dashboard";
import { dealsSheet } from "./sheets/deals";
import { diagnosisSheet } from "./sheets/diagnosis";
import { goalsSheet } from "./sheets/goals";
import { guideSheet } from "./sheets/guide";
import { leadScoringSheet } from "./sheets/leadScoring";
import { pilotSheet } from "./sheets/pilot";
import { processMapSheet } from "./sheets/processMap";
import { reviewsSheet } from "./sheets/reviews";
import { segmentsSheet } from "./sheets/segments";
import { stagesSheet } from "./sheets/stages";
import { day, num, text } from "./sheetBuilder";
import { SHEET_KEYS, type SheetKey, type SheetSpec, type TemplateCell, type TemplateOptions, type WorkbookSpec } from "./types";

/** Each sheet of the template, by key: a function of the shared context. */
const SHEET_BUILDERS: Partial<Record<SheetKey, (context: TemplateContext) => SheetSpec>> = {
  guide: guideSheet,
  stages: stagesSheet,
  deals: dealsSheet,
  dashboard: dashboardSheet,
  processMap: processMapSheet,
  diagnosis: diagnosisSheet,
  actionPlan: actionPlanSheet,
  goals: goalsSheet,
  pilot: pilotSheet,
  reviews: reviewsSheet,
  leadScoring: leadScoringSheet,
  segments: segmentsSheet,
};

/** Rows of the Deals sheet beyond the sample, ready for the manager's own deals. */
const SPARE_ROWS = 500;
/** Rows of the Deals sheet beyond the manager's own deals, ready for the next ones. */
export const OWN_DEALS_SPARE_ROWS = 1000;

/**
 * The tracking workbook as data (one spec for every renderer): the method's twelve sheets in the chosen
 * language, for the given stage list, with or without sample data.
 *
 * @example
 * const spec = buildTemplate({ locale: "en", sampleDeals: 200 });
 * spec.sheets.map((sheet) => sheet.name) //=> ["Guide", "Stages", "Deals", "Dashboard", …]
 */
export function buildTemplate(options: TemplateOptions): WorkbookSpec {
  const { locale } = options;
  const stageNames = stageList(options.stages, locale).names;
  const sampleCount = options.sampleDeals ?? 0;
  const own = options.ownDeals ?? [];
  if (own.length > 0 && sampleCount > 0) throw new RangeError("A template holds sample deals or the manager's own, not both.");
  const sample = sampleCount > 0 ? sampleDeals({ count: sampleCount, seed: options.seed ?? 2026, locale, stages: stageNames }) : [];
  const lastDealRow = 1 + (options.dealRows ?? Math.max(1000, sample.length + SPARE_ROWS, own.length + OWN_DEALS_SPARE_ROWS));
  const layout = templateLayout(locale, stageNames.length, lastDealRow, options.host ?? "file");
  const sampleRows = own.length > 0 ? own : sample.length === 0 ? [] : sampleDealRows(sample, stageNames, options);
  const context: TemplateContext = { options, layout, stageNames, sample, sampleRows };
  const sheets = SHEET_KEYS.flatMap((key) => {
    const build = SHEET_BUILDERS[key];
    if (build === undefined) return [];
    // Every sheet prints one page wide; the Deals sheet its input columns and filled rows (printSetup.ts).
    const deals = { top: 1, left: 1, bottom: 1 + sampleRows.length, right: layout.deals.lastInput };
    return [printable(keepUnitsWhole(build(context)), key === "deals" ? deals : undefined)];
  });
  return Object.freeze({ locale, sheets, names: dashboardNames(layout) });
}

/** Sample deals as Deals-sheet cells: dates as date cells, amounts as numbers, everything else as text. */
function sampleDealRows(sample: Parameters<typeof sampleGrid>[0], stageNames: readonly string[], options: TemplateOptions): TemplateCell[][] {
  const { grid } = sampleGrid(sample, {
    locale: options.locale,
    stages: stageNames,
    dates: "serial",
    badRows: options.sampleBadRows ?? 0,
    seed: options.seed ?? 2026,
  });
  const firstStage = LEADING_FIELDS.length;
  const amountColumn = firstStage + stageNames.length;
  return grid.slice(1).map((row) =>
    row.map((cell, column) => {
      if (cell === "" || cell === null || cell === undefined) return null;
      if (typeof cell === "number") return column >= firstStage && column < amountColumn ? day(cell) : num(cell);
      return text(String(cell));
    }),
  );
}
