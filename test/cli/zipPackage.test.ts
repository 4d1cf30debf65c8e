import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ZipPackage } from "../../cli/xlsx/zipPackage";

function unzipAvailable(): boolean {
  try {
    execFileSync("unzip", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function sample(): Promise<Buffer> {
  const zip = new ZipPackage();
  zip.addText("[Content_Types].xml", "<Types/>");
  zip.addText("xl/中文.xml", "<a>线索</a>");
  function* rows() {
    yield "<sheetData>";
    for (let row = 1; row <= 5_000; row++) yield Buffer.from(`<row r="${row}"><c r="A${row}"><v>${row}</v></c></row>`);
    yield "</sheetData>";
  }
  await zip.addChunks("xl/worksheets/sheet1.xml", rows());
  zip.addText("empty.xml", "");
  return zip.finish();
}

describe("ZipPackage: parts held whole or streamed in chunks, one zip", () => {
  it("reads back part by part, CRCs checked, in the order added, files only", async () => {
    const bytes = await sample();
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["[Content_Types].xml", "xl/中文.xml", "xl/worksheets/sheet1.xml", "empty.xml"]);
    expect(await zip.file("xl/中文.xml")!.async("string")).toBe("<a>线索</a>");
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet.startsWith('<sheetData><row r="1"><c r="A1"><v>1</v></c></row>')).toBe(true);
    expect(sheet.endsWith('<row r="5000"><c r="A5000"><v>5000</v></c></row></sheetData>')).toBe(true);
    expect(sheet.length).toBe("<sheetData></sheetData>".length + Array.from({ length: 5_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`).join("").length);
    expect(await zip.file("empty.xml")!.async("string")).toBe("");
    // Deflated: far smaller than the text.
    expect(bytes.length).toBeLessThan(sheet.length / 5);
  });

  it("gives the same bytes for the same parts (a fixed timestamp)", async () => {
    expect((await sample()).equals(await sample())).toBe(true);
  });

  it.skipIf(!unzipAvailable())("passes Info-ZIP's own test (unzip -t)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "zip-package-")), "t.zip");
    writeFileSync(file, await sample());
    expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toMatch(/No errors detected/);
  });
});
