import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CellValue, readValues, serial, type SheetValues, valueAt } from "./readBack";
import { recalculate, sofficeAvailable } from "./recalc";

// Proof that the LibreOffice harness is a real engine: every formula below is written by exceljs WITHOUT a cached
// result (one with a deliberately wrong cache), LibreOffice computes them, and each figure is checked against
// arithmetic done by hand here. Two workbooks differing only in the threshold k go through ONE soffice call.

const LEADS = "线索 表"; // a Chinese sheet name with a space: formulas must quote it as '线索 表'!A1
const AMOUNTS = [5, 12, 7, 20, 3, 9]; // Data!A2:A7
const STATUSES = ["won", "lost", "won", "open", "won", "lost"]; // Data!B2:B7
const WRONG_CACHE = 999;

function buildWorkbook(k: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("Data");
  const leads = workbook.addWorksheet(LEADS);
  const f = (formula: string): ExcelJS.CellFormulaValue => ({ formula, date1904: false });

  data.getRow(1).values = ["amount", "status", "won amount", "closed"];
  AMOUNTS.forEach((amount, i) => {
    const r = i + 2;
    data.getCell(`A${r}`).value = amount;
    data.getCell(`B${r}`).value = STATUSES[i];
    data.getCell(`C${r}`).value = f(`IF(B${r}="won",A${r},"")`);
  });
  data.getCell("D2").value = new Date(Date.UTC(2026, 0, 31)); // a plain date value, written by exceljs as a serial
  data.getCell("D2").numFmt = "yyyy-mm-dd";
  data.getCell("F1").value = f("SUM(A2:A7)");
  data.getCell("F2").value = f(`COUNTIFS(A2:A7,">="&'${LEADS}'!A1)`);
  data.getCell("F3").value = f(`COUNTIFS(A2:A7,">="&'${LEADS}'!A1,B2:B7,"lost")`);
  data.getCell("F4").value = f("MEDIAN(C2:C7)");
  data.getCell("F5").value = f('SUMPRODUCT((B2:B7="won")*A2:A7)');
  data.getCell("F6").value = f('SUMPRODUCT(A2:A7,--(B2:B7="lost"))');
  data.getCell("F7").value = f("COUNT(C2:C7)");
  data.getCell("F8").value = f("AVERAGE(C2:C7)");

  workbook.definedNames.add("Data!$A$2:$A$7", "amounts");
  workbook.definedNames.add(`'${LEADS}'!$A$1`, "threshold");

  leads.getCell("A1").value = k;
  leads.getCell("A2").value = f("PERCENTILE(Data!A2:A7,0.9)");
  leads.getCell("A3").value = f("_xlfn.PERCENTILE.INC(Data!A2:A7,0.9)");
  leads.getCell("A4").value = f("PERCENTILE(Data!A2:A7,0.25)");
  leads.getCell("A5").value = f("NORMSDIST(1.96)");
  leads.getCell("A6").value = f("_xlfn.NORM.S.DIST(-1,TRUE)");
  leads.getCell("A7").value = f("HYPGEOMDIST(1,4,5,10)");
  leads.getCell("A8").value = f("1/0");
  leads.getCell("A9").value = f("Data!F1/COUNT(Data!A2:A7)");
  leads.getCell("A10").value = f("MAX(amounts)-MIN(amounts)");
  leads.getCell("A11").value = f('COUNTIF(amounts,">="&threshold)');
  leads.getCell("A12").value = f("A1>8");
  leads.getCell("A13").value = f("DATE(2026,1,31)");
  leads.getCell("A13").numFmt = "yyyy-mm-dd";
  leads.getCell("A14").value = { formula: "A1*3", result: WRONG_CACHE, date1904: false };
  leads.getCell("A15").value = f('IF(A1>100,1,"")');
  leads.getCell("A16").value = f('IFERROR(A8,"none")');
  leads.getCell("A17").value = f("Data!D2+A1");
  leads.getCell("A18").value = f("NA()");
  leads.getCell("A19").value = f("Data!Z99");
  leads.getCell("A20").value = f("A1<0");
  return workbook;
}

/**
 * Worked by hand, for threshold k.
 * amounts 5, 12, 7, 20, 3, 9; sorted 3, 5, 7, 9, 12, 20 (n = 6); won rows 5, 7, 3; lost rows 12, 9.
 */
function expected(k: number): { data: Record<string, CellValue>; leads: Record<string, CellValue> } {
  const atLeastK = AMOUNTS.filter((a) => a >= k).length; // k=10: 12, 20 → 2;  k=6: 12, 7, 20, 9 → 4
  const lostAtLeastK = AMOUNTS.filter((a, i) => a >= k && STATUSES[i] === "lost").length; // k=10: 12 → 1; k=6: 12, 9 → 2
  return {
    data: {
      C2: 5, C3: "", C4: 7, C5: "", C6: 3, C7: "", // IF(status="won", amount, "")
      D2: 46053, // 2026-01-31: 2025-01-01 is 45658, + 365 = 46023 for 2026-01-01, + 30 = 46053
      F1: 56, // 5 + 12 + 7 + 20 + 3 + 9
      F2: atLeastK,
      F3: lostAtLeastK,
      F4: 5, // MEDIAN ignores the "" text: median(5, 7, 3) = 5 (were "" zeros: median(5,0,7,0,3,0) = 1.5)
      F5: 15, // won: 5 + 7 + 3
      F6: 21, // lost: 12 + 9
      F7: 3, // COUNT of C2:C7 counts only the three numbers
      F8: 5, // (5 + 7 + 3) / 3
    },
    leads: {
      A1: k,
      A2: 16, // PERCENTILE 0.9: rank 0.9 × (6 − 1) = 4.5 → 12 + 0.5 × (20 − 12) = 16
      A3: 16, // PERCENTILE.INC is the same function
      A4: 5.5, // rank 0.25 × 5 = 1.25 → 5 + 0.25 × (7 − 5) = 5.5
      A5: 0.9750021048517795, // Φ(1.96) = ½·erfc(−1.96/√2), the 97.5 % table value
      A6: 0.15865525393145707, // Φ(−1) = ½·erfc(1/√2) = 1 − 0.8413447460685429
      A7: 50 / 210, // C(5,1)·C(5,3) / C(10,4) = 5 · 10 / 210 = 0.238095…
      A8: { error: "#DIV/0!" },
      A9: 56 / 6, // SUM / COUNT = 9.333…
      A10: 17, // 20 − 3
      A11: atLeastK, // COUNTIF through the defined names
      A12: k > 8,
      A13: 46053, // DATE(2026,1,31), as above
      A14: 3 * k, // the cached 999 must be replaced: k=10 → 30, k=6 → 18
      A15: "", // IF's "" comes back as an empty string, not as a blank
      A16: "none",
      A17: 46053 + k, // date + k days
      A18: { error: "#N/A" },
      A19: 0, // a reference to an empty cell is 0
      A20: false,
    },
  };
}

const THRESHOLDS = [10, 6];
const available = sofficeAvailable();
const inCI = Boolean(process.env.CI) && !/^(0|false)$/i.test(process.env.CI ?? "");
if (!available) {
  const consequence = inCI ? "CI is set, so the LibreOffice tests FAIL" : "skipping the LibreOffice tests (they fail under CI)";
  console.warn(`soffice (LibreOffice) is not on PATH: ${consequence}. Install: apt-get install -y --no-install-recommends libreoffice-calc`);
}

describe.skipIf(!available && !inCI)("LibreOffice Calc recalculates an exceljs workbook", () => {
  let dir = "";
  const results: SheetValues[] = [];
  let outputs: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error("CI is set but LibreOffice `soffice` is not installed: .ci/run should have installed libreoffice-calc");
    dir = mkdtempSync(join(tmpdir(), "lo-harness-"));
    mkdirSync(join(dir, "in"));
    const inputs: string[] = [];
    for (const k of THRESHOLDS) {
      const path = join(dir, "in", `harness-k${k}.xlsx`);
      await buildWorkbook(k).xlsx.writeFile(path);
      inputs.push(path);
    }
    const before = officePids();
    const started = performance.now();
    outputs = await recalculate(inputs, join(dir, "out"));
    const seconds = (performance.now() - started) / 1000;
    console.log(`LibreOffice: one soffice call recalculated ${inputs.length} workbooks in ${seconds.toFixed(1)} s`);
    const leftovers = officePids().filter((pid) => !before.includes(pid));
    expect(leftovers, "soffice processes left behind").toEqual([]);
    for (const output of outputs) results.push(await readValues(output));
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes one output per input, in order", () => {
    expect(outputs.map((path) => path.split("/").pop())).toEqual(THRESHOLDS.map((k) => `harness-k${k}.xlsx`));
    expect([...results[0].keys()]).toEqual(["Data", LEADS]);
  });

  THRESHOLDS.forEach((k, i) => {
    it(`computes every formula as worked by hand (k = ${k})`, () => {
      const want = expected(k);
      for (const [sheet, cells] of [["Data", want.data], [LEADS, want.leads]] as const) {
        for (const [address, value] of Object.entries(cells)) {
          const got = valueAt(results[i], sheet, address);
          const where = `${sheet}!${address} (k = ${k})`;
          if (typeof value === "number" && !Number.isInteger(value)) {
            expect(typeof got, where).toBe("number");
            // LibreOffice writes 15 significant digits into the .xlsx.
            expect(Math.abs((got as number) - value), where).toBeLessThan(1e-14);
          } else {
            expect(got, where).toEqual(value);
          }
        }
      }
    });
  });

  it("replaced the deliberately wrong cached result", () => {
    expect(valueAt(results[0], LEADS, "A14")).toBe(30);
    expect(valueAt(results[1], LEADS, "A14")).toBe(18);
    expect(results.map((sheets) => valueAt(sheets, LEADS, "A14"))).not.toContain(WRONG_CACHE);
  });

  it("keeps plain values and the layout: grid[0][0] is A1", () => {
    const data = results[0].get("Data")!;
    expect(data[0]).toEqual(["amount", "status", "won amount", "closed", null, 56]);
    expect(data.map((row) => row[0])).toEqual(["amount", ...AMOUNTS, null]); // row 8 exists for F8
  });
});

describe.skipIf(!available && !inCI)("recalculate fails loudly and cleans up", () => {
  let dir = "";
  beforeAll(async () => {
    if (!available) throw new Error("CI is set but LibreOffice `soffice` is not installed: .ci/run should have installed libreoffice-calc");
    dir = mkdtempSync(join(tmpdir(), "lo-harness-"));
    mkdirSync(join(dir, "in"));
    await buildWorkbook(10).xlsx.writeFile(join(dir, "in", "good.xlsx"));
    writeFileSync(join(dir, "in", "garbage.xlsx"), "not a zip archive");
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("names the file soffice could not convert and shows its stderr", async () => {
    const error = await recalculate([join(dir, "in", "good.xlsx"), join(dir, "in", "garbage.xlsx")], join(dir, "out")).then(
      () => new Error("recalculate resolved"),
      (reason: Error) => reason,
    );
    expect(error.message).toMatch(/no output for 1 of 2 file\(s\): \S*garbage\.xlsx/);
    expect(error.message).toContain("source file could not be loaded"); // soffice's stderr; it still exits 0
  }, 60_000);

  it("kills the whole process group on timeout and leaves no soffice behind", async () => {
    const before = officePids();
    await expect(recalculate([join(dir, "in", "good.xlsx")], join(dir, "out"), { timeoutMs: 300 })).rejects.toThrow(
      /did not finish within 300 ms and was killed/,
    );
    expect(officePids().filter((pid) => !before.includes(pid))).toEqual([]);
  }, 60_000);
});

describe("recalculate without LibreOffice work", () => {
  it("returns [] for no files without starting soffice", async () => {
    await expect(recalculate([], tmpdir())).resolves.toEqual([]);
  });

  it("refuses inputs that would overwrite each other or themselves, before starting soffice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lo-harness-"));
    try {
      mkdirSync(join(dir, "a"));
      mkdirSync(join(dir, "b"));
      writeFileSync(join(dir, "a", "t.xlsx"), "");
      writeFileSync(join(dir, "b", "t.xlsx"), "");
      await expect(recalculate([join(dir, "a", "t.xlsx"), join(dir, "b", "t.xlsx")], join(dir, "out"))).rejects.toThrow(/both be written/);
      await expect(recalculate([join(dir, "a", "t.xlsx")], join(dir, "a"))).rejects.toThrow(/overwrite the input/);
      await expect(recalculate([join(dir, "missing.xlsx")], join(dir, "out"))).rejects.toThrow(/not found/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("turns dates into serials in UTC, whatever the local time zone", () => {
    expect(serial(new Date(Date.UTC(2026, 0, 31)))).toBe(46053);
    expect(serial(new Date(Date.UTC(2026, 0, 31, 12)))).toBe(46053.5);
    expect(serial(new Date(Date.UTC(2026, 0, 31)), true)).toBe(46053 - 1462);
  });
});

/** Pids of running LibreOffice processes (soffice / oosplash / soffice.bin). */
function officePids(): number[] {
  try {
    return execFileSync("ps", ["-eo", "pid=,comm="], { encoding: "utf8" })
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter(([, comm]) => comm !== undefined && /^(soffice|oosplash)/.test(comm))
      .map(([pid]) => Number(pid));
  } catch {
    return [];
  }
}
