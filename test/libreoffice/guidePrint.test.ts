/**
 * The Guide printed by LibreOffice (a newcomer's reading of the printed zh-CN sample): its first page starts with
 * the "Start here" lines, and its text is readable — printed one page wide, the Guide was 209 characters wide (five
 * columns of functions), so its text came out at ~5 points. The Guide alone (text, no formula) is written to an
 * .xlsx and printed to PDF as its page setup says; a page's text is read with pdfText.ts and the font sizes its
 * content streams set (`Tf`, zlib-inflated) are counted: the most used one is the body text's.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { buildTemplate } from "../../core/template/buildTemplate";
import { startLines } from "../../core/template/sheets/guide";
import { SHEET_NAMES } from "../../core/template/labels";
import type { TemplateOptions } from "../../core/template/types";
import { tempDir } from "../cli/helpers";
import { pdfPageTexts } from "./pdfText";
import { recalculate, sofficeAvailable } from "./recalc";

const available = sofficeAvailable();
if (!available && process.env.CI) throw new Error("CI is set but LibreOffice `soffice` is not installed");

const CASES: readonly { label: string; options: TemplateOptions; sample: number }[] = [
  { label: "zh-CN-sample", options: { locale: "zh-CN", sampleDeals: 2000, seed: 1 }, sample: 2000 },
  { label: "en-empty", options: { locale: "en" }, sample: 0 },
];

const squeeze = (text: string) => text.replace(/\s+/g, "");

/** The font sizes (points) the PDF's content streams set, most used first. */
function fontSizes(pdf: Buffer): number[] {
  const text = pdf.toString("latin1");
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, text.indexOf("endstream", start))).toString("latin1");
    } catch {
      continue;
    }
    for (const [, size] of content.matchAll(/([\d.]+)\s+Tf\b/g)) counts.set(Number(size), (counts.get(Number(size)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([size]) => size);
}

const printed = new Map<string, { pages: string[]; sizes: number[] }>();

beforeAll(async () => {
  if (!available) return;
  const dir = tempDir();
  const files: string[] = [];
  for (const { label, options } of CASES) {
    const spec = buildTemplate(options);
    const file = join(dir, `${label}.xlsx`);
    writeFileSync(file, await workbookToXlsx({ ...spec, sheets: spec.sheets.filter((sheet) => sheet.key === "guide"), names: [] }));
    files.push(file);
  }
  const pdfs = await recalculate(files, join(dir, "pdf"), { format: "pdf", timeoutMs: 300_000 });
  CASES.forEach(({ label }, index) => {
    const pdf = readFileSync(pdfs[index]);
    printed.set(label, { pages: pdfPageTexts(pdf).map((page) => squeeze(page.text)), sizes: fontSizes(pdf) });
  });
}, 600_000);

describe.skipIf(!available)("the Guide printed by LibreOffice", () => {
  for (const { label, options, sample } of CASES) {
    it(`${label}: the first page holds the Start here lines`, () => {
      const { pages } = printed.get(label)!;
      const name = (key: keyof typeof SHEET_NAMES) => SHEET_NAMES[key][options.locale];
      for (const line of startLines(options.locale, name, sample, 0)) expect(pages[0]).toContain(squeeze(line));
      expect(pages[0]).toContain(options.locale === "en" ? "Starthere" : "从这里开始");
    });

    it(`${label}: its body text prints at 8 points or more (was ~5)`, () => {
      const { sizes } = printed.get(label)!;
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes[0]).toBeGreaterThanOrEqual(8);
    });
  }
});
