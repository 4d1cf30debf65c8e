import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../../core/template/buildTemplate";
import type { SheetSpec, TemplateOptions } from "../../../core/template/types";

// No data bar over its own number (issue 13 §6): a bar drawn in a cell covers the figure it measures. A data bar
// may only sit in a cell that shows no number (number format ";;;", the bar alone beside the figure).

const VARIANTS: readonly TemplateOptions[] = [
  { locale: "zh-CN" },
  { locale: "zh-CN", sampleDeals: 60 },
  { locale: "en", sampleDeals: 60 },
  { locale: "en", stages: ["Lead", "Demo", "Trial", "Won"] },
];

function inside(inner: string, outer: string): boolean {
  const box = (ref: string) => {
    const [a, b = a] = ref.replace(/\$/g, "").split(":");
    const p = (cell: string) => {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cell)!;
      return { column: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(digits) };
    };
    return { from: p(a), to: p(b) };
  };
  const i = box(inner);
  const o = box(outer);
  return i.from.column >= o.from.column && i.to.column <= o.to.column && i.from.row >= o.from.row && i.to.row <= o.to.row;
}

/** The data bars of a sheet that lie over cells still showing their number. */
function barsOverNumbers(sheet: SheetSpec): string[] {
  return sheet.conditionalFormats
    .filter((rule) => rule.kind === "dataBar")
    .filter((rule) => !sheet.numberFormats.some((format) => format.format === ";;;" && inside(rule.ref, format.ref)))
    .map((rule) => `${sheet.name}!${rule.ref}`);
}

describe("data bars never cover the figure they measure", () => {
  for (const options of VARIANTS) {
    it(`${options.locale}, ${options.sampleDeals ?? 0} sample deals${options.stages ? ", own stages" : ""}`, () => {
      expect(buildTemplate(options).sheets.flatMap(barsOverNumbers)).toEqual([]);
    });
  }
});
