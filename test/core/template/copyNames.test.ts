import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { copyIdentifier, copySheetName, copySuffix, firstFreeCopy, FIRST_COPY, LAST_COPY } from "../../../core/template/copyNames";

/**
 * Oracle: read the copy numbers back out of the taken spellings ("X (n)" for a template sheet X, "Y_n" for a
 * template name Y), then take the smallest number from 2 that none of them blocks.
 */
function oracle(template: { sheets: string[]; names: string[] }, takenSheets: string[], takenNames: string[]): number | null {
  const blocked = new Set<number>();
  for (const taken of takenSheets) {
    const match = /^(.*) \((\d+)\)$/s.exec(taken);
    if (match !== null && template.sheets.includes(match[1])) blocked.add(Number(match[2]));
  }
  for (const taken of takenNames) {
    const match = /^(.*)_(\d+)$/s.exec(taken);
    if (match !== null && template.names.includes(match[1])) blocked.add(Number(match[2]));
  }
  for (let copy = 2; copy <= 999; copy++) if (!blocked.has(copy)) return copy;
  return null;
}

describe("copy names", () => {
  it("name a copy as Excel names a duplicated sheet, and its workbook names with an underscore", () => {
    expect(copySuffix(2)).toBe(" (2)");
    expect(copySheetName("交易", 3)).toBe("交易 (3)");
    expect(copyIdentifier("WinRate", 2)).toBe("WinRate_2");
    expect([FIRST_COPY, LAST_COPY]).toEqual([2, 999]);
  });

  it("take the first number whose sheets and names are all free", () => {
    const template = { sheets: ["Deals", "Dashboard"], names: ["WinRate", "DealsTable"] };
    const free = (sheets: string[], names: string[]) => firstFreeCopy(template, { sheet: (name) => sheets.includes(name), name: (name) => names.includes(name) });
    expect(free([], [])).toBe(2);
    // The originals themselves do not count: copy 2 is free beside them.
    expect(free(["Deals", "Dashboard"], ["WinRate"])).toBe(2);
    expect(free(["Dashboard (2)"], [])).toBe(3);
    expect(free(["Deals (2)", "Deals (3)"], ["DealsTable_4"])).toBe(5);
    // Another sheet's copy, or a spelling without the space, blocks nothing.
    expect(free(["Other (2)", "Deals(2)", "Deals 2"], ["WinRate2", "Other_2"])).toBe(2);
  });

  it("gives null when every number to 999 is taken", () => {
    expect(firstFreeCopy({ sheets: ["Deals"], names: [] }, { sheet: () => true, name: () => false })).toBeNull();
    expect(firstFreeCopy({ sheets: ["Deals"], names: [] }, { sheet: (name) => name !== "Deals (999)", name: () => false })).toBe(999);
  });

  it("agrees with reading the numbers back out of the taken names", () => {
    const word = fc.constantFrom("Deals", "交易", "Dashboard (2)", "Win_Rate", "A");
    const copy = fc.integer({ min: 1, max: 12 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(word, { maxLength: 3 }),
        fc.array(fc.tuple(word, copy), { maxLength: 20 }),
        fc.array(fc.tuple(word, copy), { maxLength: 20 }),
        (sheets, names, sheetCopies, nameCopies) => {
          const takenSheets = sheetCopies.map(([name, n]) => `${name} (${n})`);
          const takenNames = nameCopies.map(([name, n]) => `${name}_${n}`);
          const found = firstFreeCopy({ sheets, names }, { sheet: (name) => takenSheets.includes(name), name: (name) => takenNames.includes(name) });
          expect(found).toBe(oracle({ sheets, names }, takenSheets, takenNames));
        },
      ),
    );
  });
});
