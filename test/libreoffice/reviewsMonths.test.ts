/**
 * The Reviews months after LibreOffice recalculates a generated file: the months of the day the template was
 * generated, not of the machine's clock. The files are generated for days years from now and years ago (and
 * with no day at all), so a month read from the clock (TODAY()) could match none of them.
 * test/core/template/reviewsMonths.test.ts holds the same in the spec and in HyperFormula.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { workbookToXlsx } from "../../cli/xlsx/writeWorkbook";
import { dayFromCivil } from "../../core/parse/dates";
import { buildTemplate } from "../../core/template/buildTemplate";
import type { TemplateOptions } from "../../core/template/types";
import { tempDir } from "../cli/helpers";
import { readValues, valueAt, type CellValue } from "./readBack";
import { recalculate, sofficeAvailable } from "./recalc";

const available = sofficeAvailable();
if (!available && process.env.CI) throw new Error("CI is set but LibreOffice `soffice` is not installed");

const CASES = {
  pastZh: { options: { locale: "zh-CN", dealRows: 20, today: dayFromCivil(2019, 6, 15) }, first: [2018, 7] },
  futureEn: { options: { locale: "en", dealRows: 20, today: dayFromCivil(2041, 1, 2) }, first: [2040, 2] },
  noDayEn: { options: { locale: "en", dealRows: 20 }, first: [2025, 12] },
} as const satisfies Record<string, { options: TemplateOptions; first: readonly [number, number] }>;
type CaseName = keyof typeof CASES;

const shown = new Map<CaseName, CellValue[]>();

beforeAll(async () => {
  if (!available) return;
  const dir = tempDir();
  const names = Object.keys(CASES) as CaseName[];
  const files = names.map((name) => join(dir, `${name}.xlsx`));
  const sheetNames = names.map((name) => buildTemplate(CASES[name].options).sheets.find((sheet) => sheet.key === "reviews")!.name);
  for (const [index, name] of names.entries()) await writeFile(files[index], await workbookToXlsx(buildTemplate(CASES[name].options)));
  const outputs = await recalculate(files, join(dir, "out"));
  for (const [index, name] of names.entries()) {
    const values = await readValues(outputs[index]);
    shown.set(name, Array.from({ length: 12 }, (_, month) => valueAt(values, sheetNames[index], `A${5 + month}`)));
  }
}, 300_000);

describe.skipIf(!available)("the Reviews months in LibreOffice", () => {
  for (const name of Object.keys(CASES) as CaseName[]) {
    it(`are the twelve months of the day generated, not of the machine's clock (${name})`, () => {
      const [year, month] = CASES[name].first;
      const expected = Array.from({ length: 12 }, (_, index) => dayFromCivil(year + Math.floor((month - 1 + index) / 12), ((month - 1 + index) % 12) + 1, 1));
      expect(shown.get(name)).toEqual(expected);
    });
  }
});
