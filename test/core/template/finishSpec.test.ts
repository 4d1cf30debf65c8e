import { describe, expect, it } from "vitest";
import { DAY_FORMAT, finishSpec } from "../../../core/template/finishSpec";
import { SpecError } from "../../../core/template/checkSpec";
import type { SheetSpec, WorkbookSpec } from "../../../core/template/types";
import { emptySheet } from "../../support/emptySheet";

const spec = (parts: Partial<SheetSpec>): WorkbookSpec => ({
  locale: "en",
  names: [],
  sheets: [emptySheet("Deals", parts)],
});

describe("finishSpec", () => {
  it("formats the days no format covers, one range per run down a column", () => {
    // B2:B5 days, B4 already formatted → runs B2:B3 and B5; C3 a day → C3; D2 a number → nothing.
    const finished = finishSpec(
      spec({
        blocks: [{ at: "B2", rows: [[{ day: 1 }, null, { number: 4 }], [{ day: 2 }, { day: 3 }], [{ day: 4 }], [{ day: 5 }]] }],
        numberFormats: [{ ref: "A4:B4", format: "d mmm" }],
      }),
    );
    expect(finished.sheets[0].numberFormats).toEqual([
      { ref: "A4:B4", format: "d mmm" },
      { ref: "B2:B3", format: DAY_FORMAT },
      { ref: "B5", format: DAY_FORMAT },
      { ref: "C3", format: DAY_FORMAT },
    ]);
    expect(DAY_FORMAT).toBe("yyyy-mm-dd");
  });

  it("returns the very spec when every day is formatted, and is idempotent", () => {
    const covered = spec({ blocks: [{ at: "A1", rows: [[{ day: 1 }]] }], numberFormats: [{ ref: "A:A", format: "yyyy-mm-dd" }] });
    expect(finishSpec(covered)).toBe(covered);
    const once = finishSpec(spec({ blocks: [{ at: "A1", rows: [[{ day: 1 }]] }] }));
    expect(finishSpec(once)).toBe(once);
  });

  it("checks the spec first", () => {
    expect(() => finishSpec(spec({ merges: ["Other!A1:B1"] }))).toThrow(SpecError);
  });
});
