/**
 * The Guide's example call, evaluated: the call's text is parsed, the ranges it names are read from the
 * template itself (HyperFormula computes the cells), and the core function answers as the core's own funnel of
 * the same Deals sheet says — for the default stages and for a team's own (where the call must pass StageNames).
 */
import { describe, expect, it } from "vitest";
import { callFunction } from "../../../core/functions/registry";
import type { Locale } from "../../../core/model/locale";
import { stageList } from "../../../core/model/stages";
import { analyzeDeals } from "../../../core/report/analyzeDeals";
import { buildTemplate } from "../../../core/template/buildTemplate";
import type { WorkbookSpec } from "../../../core/template/types";
import { loadWorkbook } from "./hyperformulaWorkbook";

const CALL = /^=STAGE_CONVERSION\((.+?)!([A-Z]+\d+:[A-Z]+\d+),"([^"]*)","([^"]*)"(?:,(StageNames))?\)$/;

/** The Sheets form of the Guide's example, split into its sheet, range, stages and stage_order name. */
function exampleOf(spec: WorkbookSpec) {
  const texts = spec.sheets[0].blocks.flatMap((block) => block.rows.flat()).flatMap((cell) => (cell !== null && "text" in cell ? [cell.text] : []));
  const match = texts.map((text) => CALL.exec(text)).find((found) => found !== null);
  expect(match, "the Guide's example call").toBeDefined();
  const [, sheet, range, from, to, order] = match!;
  return { sheet: sheet.replace(/^'|'$/g, ""), range, from, to, order };
}

describe("the Guide's example call", () => {
  const cases: { label: string; locale: Locale; stages?: string[]; needsOrder: boolean }[] = [
    { label: "default stages (zh-CN)", locale: "zh-CN", needsOrder: false },
    { label: "a team's own stages, none default", locale: "en", stages: ["Discovery", "Demo", "Trial", "Signed"], needsOrder: true },
    { label: "own stages mixed with default ones", locale: "en", stages: ["Lead", "Demo", "Trial", "Won"], needsOrder: true },
  ];
  for (const { label, locale, stages, needsOrder } of cases) {
    it(`answers as the core's funnel of the Deals sheet: ${label}`, () => {
      const spec = buildTemplate({ locale, stages, sampleDeals: 300, seed: 9 });
      const example = exampleOf(spec);
      expect(example.order !== undefined).toBe(needsOrder);
      const hf = loadWorkbook(spec);
      const sheetId = hf.getSheetId(example.sheet)!;
      const [start, end] = example.range.split(":");
      const grid = hf.getRangeValues({ start: hf.simpleCellAddressFromString(start, sheetId)!, end: hf.simpleCellAddressFromString(end, sheetId)! });
      const args: unknown[] = [grid, example.from, example.to];
      if (example.order !== undefined) {
        const ref = spec.names.find((name) => name.name === example.order)!.ref;
        const [orderSheet, orderRange] = ref.split("!");
        const orderId = hf.getSheetId(orderSheet.replace(/^'|'$/g, ""))!;
        const [a, b] = orderRange.replace(/\$/g, "").split(":");
        args.push(hf.getRangeValues({ start: hf.simpleCellAddressFromString(a, orderId)!, end: hf.simpleCellAddressFromString(b, orderId)! }));
      }
      const answer = callFunction("STAGE_CONVERSION", args, { locale, timeZone: "UTC" });
      // Oracle: the core's report of the same cells, with the template's stage list.
      const report = analyzeDeals(grid, { locale, stages: stages === undefined ? undefined : stageList(stages) });
      const reached = (stage: string) => report!.funnel.find((row) => row.stage === stage)!.reached;
      expect(typeof answer, JSON.stringify(answer)).toBe("number");
      expect(answer).toBeCloseTo(reached(example.to) / reached(example.from), 12);
    });
  }
});
