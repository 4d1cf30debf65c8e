import { describe, expect, it } from "vitest";
import { DEAL_REPORT_SCHEMA } from "../../../core/model/reportSchema";
import type { ReadingNotes } from "../../../core/model/reading";
import { analyzeDeals } from "../../../core/report/analyzeDeals";
import { ambiguousDatesText, dateOrderLines } from "../../../core/report/readingText";

// Every field of ReadingNotes: adding a field to the type without the schema fails here (Required<…>), and the
// schema would strip a field it does not know, so the round trip below would differ.
const EVERY_FIELD: Required<ReadingNotes> = {
  shape: "history",
  stageOrder: { source: "firstEntry", name: "Sales Pipeline" },
  dateOrders: [{ column: "Won", order: "mdy", source: "values" }],
  ambiguousDates: [{ column: "Lead", ambiguous: 3, dated: 4 }],
  lostWithoutStage: 2,
  cycleFrom: "createdToClose",
  furnitureRows: 5,
  revisitedDeals: 1,
  currencies: ["USD", "EUR"],
  currencyDeals: [6, 2],
};

describe("the report's reading notes", () => {
  it("are in the JSON schema field for field", () => {
    const report = analyzeDeals([["Lead", "Won"], [46027, 46030]], { locale: "en" })!;
    const parsed = DEAL_REPORT_SCHEMA.parse(JSON.parse(JSON.stringify({ ...report, reading: EVERY_FIELD })));
    const back: ReadingNotes | undefined = parsed.reading; // the schema's type fits the core's
    expect(back).toEqual(EVERY_FIELD);
  });

  it("carry the date order of each column into the report", () => {
    // Won: 03/15/2026 has no month 15, so the column is month first: 2026-03-15 = 46096. Lead reads both ways
    // and follows the option, day first: 03/01/2026 is 2026-01-03 = 46025. Cycle: 28 days left of January + 28
    // of February + 15 = 71 = 46096 − 46025.
    const report = analyzeDeals(
      [
        ["Lead", "Won", "Status"],
        ["03/01/2026", "03/15/2026", "Won"],
      ],
      { locale: "en", dateOrder: "dmy" },
    )!;
    expect(report.reading).toEqual({
      shape: "wide",
      dateOrders: [
        { column: "Lead", order: "dmy", source: "option" },
        { column: "Won", order: "mdy", source: "values" },
      ],
    });
    expect(report.problems).toEqual([]);
    expect(report.cycleTimeDays.median).toBe(71);
  });
});

describe("reading notes in words", () => {
  it("say each column's order and how it was settled, in both languages, columns alike in one line", () => {
    const reading: ReadingNotes = {
      shape: "wide",
      dateOrders: [
        { column: "Won", order: "mdy", source: "values" },
        { column: "成交", order: "dmy", source: "locale" },
        { column: "Lead", order: "mdy", source: "values" },
      ],
    };
    expect(dateOrderLines(reading, "en")).toEqual([
      'Dates of "Won", "Lead" read month-first (M/D/Y): settled by its own values (a day above 12)',
      "Dates of \"成交\" read day-first (D/M/Y): as the spreadsheet's locale writes dates",
    ]);
    expect(dateOrderLines(reading, "zh-CN")[1]).toBe("“成交”列的日期按日/月/年读取：按表格的区域设置");
    expect(dateOrderLines({ shape: "wide" }, "en")).toEqual([]);
  });

  it("say what stayed ambiguous in one line", () => {
    expect(ambiguousDatesText([{ column: "成交", ambiguous: 111, dated: 111 }], "en")).toBe('all 111 dates of column "成交" could be month-first or day-first');
    expect(ambiguousDatesText([{ column: "Lead", ambiguous: 3, dated: 5 }, { column: "Won", ambiguous: 2, dated: 2 }], "en")).toBe(
      '3 of the 5 dates of column "Lead" could be month-first or day-first; all 2 dates of column "Won" could be month-first or day-first',
    );
    expect(ambiguousDatesText([{ column: "成交", ambiguous: 111, dated: 111 }], "zh-CN")).toBe("“成交”列的全部 111 个日期都既可读作月/日/年，也可读作日/月/年");
    expect(ambiguousDatesText(undefined, "en")).toBeUndefined();
    expect(ambiguousDatesText([], "en")).toBeUndefined();
  });
});
