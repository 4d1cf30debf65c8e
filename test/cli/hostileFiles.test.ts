import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdirSync, openSync, closeSync, ftruncateSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { fileErrorText } from "../../cli/fileErrors";
import { DEAL_REPORT_SCHEMA } from "../../core/model/reportSchema";
import { buildCli, cli, cliMeasured, tempDir } from "./helpers";
import { deflatedEntry, entriesOf, zipArchive } from "./zipBuild";

beforeAll(async () => {
  await buildCli();
});

/** A process that reads a few-KB file has no business above this (Node and exceljs take 60–80 MB here). */
const MODEST_MB = 200;
/** Long enough for the slowest honest run here; a hang (a FIFO read) is killed at it and fails the test. */
const HANG_MS = 30_000;

/**
 * A two-deal log on a sheet "Deals", worked by hand: Lead 2, Won 1 (D1, 2026-01-05 → 2026-02-04), D2 lost at Lead.
 * `more` adds cells to the sheet.
 */
async function dealWorkbook(more: (sheet: ExcelJS.Worksheet) => void = () => {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Deals");
  sheet.addRows([["Deal ID", "Lead", "Won", "Status"], ["D1", 46027, 46057, "Won"], ["D2", 46028, "", "Lost"]]);
  more(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("a workbook with cells at A1 and XFD1048576 (the sheet's declared dimension is the whole grid)", () => {
  it("is read sparsely, each row clipped to the header's columns, in modest memory", async () => {
    const file = join(tempDir(), "far.xlsx");
    writeFileSync(file, await dealWorkbook((sheet) => (sheet.getCell("XFD1048576").value = 1)));
    expect(statSync(file).size).toBeLessThan(10_000);
    // It used to pad 1,048,576 rows to 16,384 columns: a V8 heap abort.
    const run = await cliMeasured(["analyze", file, "--json"], { heapMb: 512, timeout: HANG_MS });
    expect(run.code, run.stderr).toBe(0);
    const report = DEAL_REPORT_SCHEMA.parse(JSON.parse(run.stdout));
    expect(report.deals).toBe(2);
    expect(report.funnel.map((row) => [row.stage, row.reached])).toEqual([["Lead", 2], ["Won", 1]]);
    expect(run.peakMb).toBeLessThan(MODEST_MB);
  });

  it("whose header itself reaches XFD over a million rows is refused as too large, never padded", async () => {
    const file = join(tempDir(), "wide.xlsx");
    writeFileSync(file, await dealWorkbook((sheet) => {
      sheet.getCell("XFD1").value = "note";
      sheet.getCell("A1048576").value = "D999";
    }));
    // 1,048,576 rows × 16,384 columns = 17,179,869,184 cells, over the 50,000,000 a workbook may hold.
    const en = await cliMeasured(["analyze", file], { heapMb: 512, timeout: HANG_MS });
    expect(en.code).toBe(1);
    expect(en.stderr.trim()).toBe(
      `sales-tracker: ${file}: too large to read: sheet "Deals" spans 1,048,576 rows × 16,384 columns; a workbook may hold at most 50,000,000 cells`,
    );
    expect(en.peakMb).toBeLessThan(MODEST_MB);
    const zh = await cli(["analyze", file, "--lang", "zh-CN"], {}, { timeout: HANG_MS });
    expect(zh.stderr.trim()).toBe(
      `sales-tracker: ${file}: 太大，无法读取：工作表“Deals”有 1,048,576 行 × 16,384 列；一个工作簿最多 50,000,000 个单元格`,
    );
  });
});

describe("a workbook that unpacks to too much (a zip bomb)", () => {
  it("whose central directory declares more than 2 GiB is refused before anything is unpacked, with the limit", async () => {
    const entries = await entriesOf(await dealWorkbook());
    // The sheet says it unpacks to 3 GiB (it does not: the header lies; nothing should unpack it to find out).
    const file = join(tempDir(), "declared.xlsx");
    writeFileSync(file, zipArchive(entries.map((entry) => (entry.name === "xl/worksheets/sheet1.xml" ? { ...entry, declaredSize: 3 * 2 ** 30 } : entry))));
    expect(statSync(file).size).toBeLessThan(10_000);
    const en = await cliMeasured(["analyze", file], { timeout: HANG_MS });
    expect(en.code).toBe(1);
    // The other parts add a few KB to the 3 GiB: "3.0 GiB" at one decimal.
    expect(en.stderr.trim()).toBe(`sales-tracker: ${file}: too large once unpacked: 3.0 GiB (at most 2 GiB)`);
    expect(en.peakMb).toBeLessThan(MODEST_MB);
    const zh = await cli(["analyze", file, "--lang", "zh-CN"]);
    expect(zh.stderr.trim()).toBe(`sales-tracker: ${file}: 解压后太大：3.0 GiB（上限 2 GiB）`);
  });

  it("that inflates a hundred times its size past 64 MiB is refused as a bomb, however honest its headers", async () => {
    const entries = await entriesOf(await dealWorkbook());
    // 96 MiB of one letter deflates about a thousandfold: a real bomb of about 100 KB.
    const file = join(tempDir(), "bomb.xlsx");
    writeFileSync(file, zipArchive([...entries, deflatedEntry("xl/padding.xml", Buffer.alloc(96 * 2 ** 20, 0x41))]));
    const size = statSync(file).size;
    expect(size).toBeLessThan(200_000);
    const en = await cliMeasured(["analyze", file], { timeout: HANG_MS });
    expect(en.code).toBe(1);
    // Its ratio, computed here: the declared total over the file's size, rounded down.
    const match = /: unpacks to ([\d,]+) times its size, as a zip bomb does \(at most 100 times past 64 MiB\)$/.exec(en.stderr.trim());
    expect(match, en.stderr).not.toBeNull();
    const ratio = Number(match![1].replace(/,/g, ""));
    expect(ratio).toBeGreaterThan((96 * 2 ** 20) / size - 1);
    expect(ratio).toBeLessThan((97 * 2 ** 20) / size);
    expect(en.peakMb).toBeLessThan(MODEST_MB);
    const zh = await cli(["analyze", file, "--lang", "zh-CN"]);
    expect(zh.stderr.trim()).toMatch(/解压后是文件大小的 [\d,]+ 倍，像是压缩炸弹（超过 64 MiB 时上限为 100 倍）$/);
  });

  it("whose part inflates past the size it declares is damaged, and is stopped there, not unpacked whole", async () => {
    const entries = await entriesOf(await dealWorkbook());
    // Declares 1 KB, inflates to 256 MiB: unpacked whole (as the zip reader did before it found the lie), it
    // would cost several times that.
    const lie = { name: "xl/padding.xml", method: 8 as const, data: deflateRawSync(Buffer.alloc(256 * 2 ** 20, 0x41)), crc: 0, declaredSize: 1024 };
    const file = join(tempDir(), "liar.xlsx");
    writeFileSync(file, zipArchive([...entries, lie]));
    const run = await cliMeasured(["analyze", file], { timeout: HANG_MS });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the file is damaged or is not an \.xlsx workbook/);
    expect(run.peakMb).toBeLessThan(MODEST_MB);
  });
});

describe("files that are not regular files", () => {
  it("a .csv symlink to /dev/zero is refused as not a regular file, at once", async () => {
    const link = join(tempDir(), "zero.csv");
    symlinkSync("/dev/zero", link);
    const run = await cliMeasured(["analyze", link], { timeout: HANG_MS });
    expect(run.signal).toBeUndefined();
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`sales-tracker: ${link}: not a regular file (a device, a pipe or a socket): not read`);
    expect(run.peakMb).toBeLessThan(MODEST_MB);
    const zh = await cli(["analyze", link, "--lang", "zh-CN"], {}, { timeout: HANG_MS });
    expect(zh.stderr.trim()).toBe(`sales-tracker: ${link}: 不是普通文件（而是设备、管道或套接字），不予读取`);
  });

  it("a FIFO is refused at once instead of waiting for a writer forever", async () => {
    const fifo = join(tempDir(), "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    const run = await cli(["analyze", fifo], {}, { timeout: HANG_MS });
    expect(run.signal).toBeUndefined();
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`sales-tracker: ${fifo}: not a regular file (a device, a pipe or a socket): not read`);
  });

  it("a socket is refused as not a regular file", async () => {
    const path = join(tempDir(), "socket.csv");
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      const run = await cli(["analyze", path], {}, { timeout: HANG_MS });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(`sales-tracker: ${path}: not a regular file (a device, a pipe or a socket): not read`);
    } finally {
      server.close();
    }
  });

  it("a folder named x.xlsx (or x.csv) is said to be a folder, not a damaged workbook", async () => {
    const dir = tempDir();
    for (const name of ["x.xlsx", "x.csv"]) {
      const folder = join(dir, name);
      mkdirSync(folder);
      const en = await cli(["analyze", folder]);
      expect(en.code).toBe(1);
      expect(en.stderr.trim()).toBe(`sales-tracker: ${folder}: this is a folder, not a file`);
      const zh = await cli(["analyze", folder, "--lang", "zh-CN"]);
      expect(zh.stderr.trim()).toBe(`sales-tracker: ${folder}: 这是一个文件夹，不是文件`);
    }
  });

  it("a CSV over 4 GiB is refused as too large, with the limit, without reading it", async () => {
    const file = join(tempDir(), "huge.csv");
    // A sparse file: 4.5 GiB long, nothing on disk.
    const fd = openSync(file, "w");
    ftruncateSync(fd, 4.5 * 2 ** 30);
    closeSync(fd);
    const en = await cliMeasured(["analyze", file], { timeout: HANG_MS });
    expect(en.code).toBe(1);
    expect(en.stderr.trim()).toBe(`sales-tracker: ${file}: too large: 4.5 GiB (at most 4 GiB)`);
    expect(en.peakMb).toBeLessThan(MODEST_MB);
    const zh = await cli(["analyze", file, "--lang", "zh-CN"]);
    expect(zh.stderr.trim()).toBe(`sales-tracker: ${file}: 文件太大：4.5 GiB（上限 4 GiB）`);
  });

  it("a CSV with no line break in its first 16 MiB (300 MiB of zero bytes) is refused early, in modest memory", async () => {
    const file = join(tempDir(), "zeros.csv");
    const fd = openSync(file, "w");
    ftruncateSync(fd, 300 * 2 ** 20);
    closeSync(fd);
    const en = await cliMeasured(["analyze", file], { timeout: HANG_MS });
    expect(en.code).toBe(1);
    expect(en.stderr.trim()).toBe(
      `sales-tracker: ${file}: line 1 runs past 16 MiB without ending: this does not look like a CSV deal log (check the file type, or open it in Excel and save it as CSV again)`,
    );
    expect(en.peakMb).toBeLessThan(MODEST_MB);
  });

  it("no permission to read is said so (tested by the error's code: as root, chmod 000 does not stop a read)", () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x.csv'"), { code: "EACCES" });
    expect(fileErrorText(denied, "en")).toBe("permission denied");
    expect(fileErrorText(denied, "zh-CN")).toBe("没有读写权限");
  });

  it.skipIf(process.getuid?.() === 0)("a chmod 000 file is said to be unreadable (only as a user other than root)", async () => {
    const file = join(tempDir(), "locked.csv");
    writeFileSync(file, "Lead,Won\n2026-01-05,2026-02-04\n", { mode: 0o000 });
    const run = await cli(["analyze", file]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`sales-tracker: ${file}: permission denied`);
  });
});
