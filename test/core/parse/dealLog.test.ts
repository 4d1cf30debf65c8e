import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grid } from "../../../core/model/cells";
import { STATUS_CODE, type DealTable } from "../../../core/model/dealTable";
import { stageList } from "../../../core/model/stages";
import { parseDealLog, type DealLog } from "../../../core/parse/dealLog";

const { open: OPEN, won: WON, lost: LOST } = STATUS_CODE;

function deepFreeze(grid: unknown[][]): Grid {
  for (const row of grid) Object.freeze(row);
  return Object.freeze(grid);
}

function parsed(grid: Grid, options?: Parameters<typeof parseDealLog>[1]): DealLog {
  const log = parseDealLog(grid, options);
  expect(log).toBeDefined();
  return log!;
}

/** The table as plain arrays (NaN compares equal to NaN under toEqual), without the sheet row numbers. */
function figuresOf(deals: DealTable) {
  return {
    stages: [...deals.stages.names],
    count: deals.count,
    hasDates: deals.hasDates,
    stageDays: Array.from(deals.stageDays),
    furthest: Array.from(deals.furthest),
    status: Array.from(deals.status),
    hasStatus: deals.hasStatus,
    amount: Array.from(deals.amount),
    hasAmount: deals.hasAmount,
    text: deals.text,
  };
}

// Serials (Excel) and their dates, counted by hand from 46023 = 2026-01-01:
//   46024 = 01-02, 46025 = 01-03, 46027 = 01-05, 46030 = 01-08, 46032 = 01-10, 46050 = 01-28, 46060 = 02-07.
const ZH_LOG = [
  ["备注", "商机", "编号", "线索", "状态", "成交", "金额", "方案", "负责人"],
  ["", 46027, "D-1", 46023, "赢单", 46050, "¥1,200,000", 46030, "王"],
  ["跟进", "", "D-2", "2026-01-02", "丢单", "", "3万", "", "李"],
  ["", "2026年1月10日", "D-3", 46025, "", "", "", "2026/1/10", "王"],
  ["", "", "D-4", 46023, "已成交", 46060, 500, "", "赵"],
];
// The same log, stage by stage: 线索 商机 方案 成交.
const ZH_STAGE_DAYS = [
  [46023, 46027, 46030, 46050],
  [46024, NaN, NaN, NaN],
  [46025, 46032, 46032, NaN],
  [46023, NaN, NaN, 46060], // skipped stages stay blank; the deal still reached 成交
];
const ZH_FIGURES = {
  stages: ["线索", "商机", "方案", "成交"],
  count: 4,
  hasDates: true,
  stageDays: ZH_STAGE_DAYS.flat(),
  furthest: [3, 0, 2, 3],
  status: [WON, LOST, OPEN, WON],
  hasStatus: true,
  amount: [1_200_000, 30_000, NaN, 500],
  hasAmount: true,
  text: { id: ["D-1", "D-2", "D-3", "D-4"], owner: ["王", "李", "王", "赵"] },
};

describe("parseDealLog: wide logs", () => {
  it("reads a Chinese log with its columns in any order and extra columns", () => {
    const log = parsed(deepFreeze(ZH_LOG));
    expect(log.shape).toBe("wide");
    expect(log.problems).toEqual([]);
    expect(figuresOf(log.deals)).toEqual(ZH_FIGURES);
    expect(Array.from(log.deals.rows)).toEqual([2, 3, 4, 5]);
  });

  it("reads the same log with English headers and words into the same table", () => {
    const english = [
      ["Notes", "Opportunity", "Deal ID", "Lead", "Status", "Won", "Amount", "Proposal", "Owner"],
      ["", 46027, "D-1", 46023, "Won", 46050, "$1,200,000", 46030, "王"],
      ["follow up", "", "D-2", "2026/1/2", "Closed Lost", "", "30000", "", "李"],
      ["", "2026-01-10", "D-3", 46025, "Open", "", null, "2026.1.10", "王"],
      ["", "", "D-4", 46023, "closed won", 46060, 500, "", "赵"],
    ];
    const log = parsed(deepFreeze(english));
    expect(log.problems).toEqual([]);
    expect(figuresOf(log.deals)).toEqual({ ...ZH_FIGURES, stages: ["Lead", "Opportunity", "Proposal", "Won"] });
  });

  it("reads every text column the contract names, in zh and in en", () => {
    const zh = ["编号", "客户", "线索来源", "负责人", "团队", "区域", "行业", "流失原因", "线索", "成交"];
    const en = ["Deal ID", "Customer", "Source", "Owner", "Team", "Region", "Industry", "Lost reason", "Lead", "Won"];
    const row = ["D-1", "Acme", "Expo", "Wang", "East", "Shanghai", "Retail", "", 46023, 46050];
    const expected = {
      id: ["D-1"],
      customer: ["Acme"],
      source: ["Expo"],
      owner: ["Wang"],
      team: ["East"],
      region: ["Shanghai"],
      industry: ["Retail"],
      lostReason: [""],
    };
    expect(parsed(deepFreeze([zh, row])).deals.text).toEqual(expected);
    expect(parsed(deepFreeze([en, row])).deals.text).toEqual(expected);
  });

  it("trims text columns as a spreadsheet user sees them (ASCII, ideographic and non-breaking spaces)", () => {
    const log = parsed(
      deepFreeze([
        ["负责人", "团队", "线索", "成交"],
        ["王\u3000", "\u00a0East ", 46023, ""],
        [" 王", "East", 46023, ""],
        ["王", "\u3000East\u3000", 46023, ""],
        [12, null, 46023, ""],
      ]),
    );
    expect(log.deals.text).toEqual({ owner: ["王", "王", "王", "12"], team: ["East", "East", "East", ""] });
  });

  it("reads Date cells (Sheets) in the spreadsheet's zone", () => {
    // Sheets hands 2026-01-05 and 2026-01-08 typed in a Shanghai spreadsheet as the instants of midnight there.
    const grid = deepFreeze([
      ["线索", "商机"],
      [new Date("2026-01-04T16:00:00Z"), new Date("2026-01-07T16:00:00Z")],
    ]);
    expect(Array.from(parsed(grid, { timeZone: "Asia/Shanghai" }).deals.stageDays)).toEqual([46027, 46030]);
    // Read in UTC (the default) the same instants are the day before: the zone must be passed.
    expect(Array.from(parsed(grid).deals.stageDays)).toEqual([46026, 46029]);
  });

  it("reads dates with a time of day as their day", () => {
    const log = parsed(deepFreeze([["Lead", "Won"], [46023.75, "2026-01-05 18:30"]]));
    expect(Array.from(log.deals.stageDays)).toEqual([46023, 46027]);
  });

  it("takes a stage list given as the stages option", () => {
    const grid = deepFreeze([
      ["客户", "签约", "初步接触", "需求确认"],
      ["Acme", 46050, 46023, 46030],
      ["Beta", "", 46024, ""],
    ]);
    expect(parseDealLog(grid)).toBeUndefined(); // not the default stages: no shape without the list
    const log = parsed(grid, { stages: stageList(["初步接触", "需求确认", "签约"]) });
    expect(log.problems).toEqual([]);
    expect(figuresOf(log.deals)).toMatchObject({
      stages: ["初步接触", "需求确认", "签约"],
      stageDays: [46023, 46030, 46050, 46024, NaN, NaN],
      furthest: [2, 0],
      status: [WON, OPEN], // no status column: a date in the last stage means won
      hasStatus: false,
      text: { customer: ["Acme", "Beta"] },
    });
  });

  it("keeps only the given stages, in the given order, and ignores other stage columns", () => {
    const grid = deepFreeze([
      ["线索", "商机", "方案", "成交"],
      [46023, 46025, 46027, 46030],
    ]);
    const log = parsed(grid, { stages: stageList(["Lead", "Proposal", "Won"]) });
    expect(log.deals.stages.names).toEqual(["线索", "方案", "成交"]);
    expect(Array.from(log.deals.stageDays)).toEqual([46023, 46027, 46030]);
  });

  it("without a status column, counts a date in the last stage as won and everything else as open", () => {
    const log = parsed(
      deepFreeze([
        ["Lead", "Opportunity", "Won"],
        [46023, 46025, 46030],
        [46023, 46025, ""],
        [46023, "", 46030],
        [46023, "", ""],
      ]),
    );
    expect(log.deals.hasStatus).toBe(false);
    expect(Array.from(log.deals.status)).toEqual([WON, OPEN, WON, OPEN]);
    expect(Array.from(log.deals.furthest)).toEqual([2, 1, 2, 0]);
  });

  it("has no amounts and no text when the log has no such columns", () => {
    const log = parsed(deepFreeze([["Lead", "Won"], [46023, 46030]]));
    expect(log.deals.hasAmount).toBe(false);
    expect(Array.from(log.deals.amount)).toEqual([NaN]);
    expect(log.deals.text).toEqual({});
  });

  it("stores day numbers in 32-bit floats (half the memory), exactly up to 9999-12-31", () => {
    // Serial 1 is 1900-01-01 (day 2 after Excel's leap-year shift), 2958465 is 9999-12-31; a time of day is dropped.
    const log = parsed(deepFreeze([["Lead", "Won"], [1, 2958465], [61, 2958464.99], [46027.5, ""]]));
    expect(log.deals.stageDays).toBeInstanceOf(Float32Array);
    expect(Array.from(log.deals.stageDays)).toEqual([2, 2958465, 61, 2958464, 46027, NaN]);
  });

  it("counts equal dates in consecutive stages as in order", () => {
    const log = parsed(deepFreeze([["Lead", "Quote", "Won"], [46027, 46027, "2026-01-05"]]));
    expect(log.problems).toEqual([]);
    expect(log.deals.count).toBe(1);
  });

  it("reads a log with a header and no deals", () => {
    const log = parsed(deepFreeze([["Lead", "Won"]]));
    expect(log.deals.count).toBe(0);
    expect(log.problems).toEqual([]);
  });
});

describe("parseDealLog: bad rows (DEFINITIONS §5)", () => {
  // ZH_LOG with bad and blank rows among the good ones. The range starts at C5 (firstRow 5, firstColumn 3), so the
  // header is sheet row 5 and column index k is sheet column letter number 3 + k: 商机 (1) is D, 线索 (3) is F,
  // 成交 (5) is H, 金额 (6) is I, 方案 (7) is J, 状态 (4) is G.
  const withBadRows = [
    ZH_LOG[0],
    ZH_LOG[1], // row 6
    ["", "下周", "X-1", 46023, "", "", "", "", "王"], // row 7: unreadable 商机 date
    ["", "", "", "", "", "", "", "", ""], // row 8: blank
    ZH_LOG[2], // row 9
    ["", 46020, "X-2", 46023, "", "", "", "", "王"], // row 10: 商机 before 线索
    [null, null, null, null, null, null, null, null, null], // row 11: blank
    ["", "", "X-3", "", "进行中", "", "¥500", "", "李"], // row 12: no stage date
    ZH_LOG[3], // row 13
    ["", 46027, "X-4", 46023, "", 46040, "", -3, ""], // row 14: 方案 out of range
    ["", 46030, "X-5", 46023, "", 46027, "", "", ""], // row 15: 成交 before 商机 (skipping 方案)
    ["  ", "\u3000"], // row 16: blank (short)
    ZH_LOG[4], // row 17
    ["", "2026-02-29", "X-6", 46023, "", "", "", "", ""], // row 18: no such date
  ];

  it("reports each bad row with its sheet row, column letter, header and reason", () => {
    const log = parsed(deepFreeze(withBadRows), { firstRow: 5, firstColumn: 3 });
    expect(log.problems).toEqual([
      { row: 7, column: "D", header: "商机", code: "date.unreadable", params: { value: "下周" } },
      { row: 10, column: "D", header: "商机", code: "date.backwards", params: { stage: "商机", earlier: "线索" } },
      { row: 12, column: "F", header: "线索", code: "row.noStageDate", params: {} },
      { row: 14, column: "J", header: "方案", code: "date.outOfRange", params: { value: "-3" } },
      { row: 15, column: "H", header: "成交", code: "date.backwards", params: { stage: "成交", earlier: "商机" } },
      { row: 18, column: "D", header: "商机", code: "date.unreadable", params: { value: "2026-02-29" } },
    ]);
  });

  it("leaves bad rows out and every other row's data unchanged", () => {
    const log = parsed(deepFreeze(withBadRows), { firstRow: 5, firstColumn: 3 });
    expect(figuresOf(log.deals)).toEqual(ZH_FIGURES);
    expect(Array.from(log.deals.rows)).toEqual([6, 9, 13, 17]);
  });

  it("counts rows from 1 and columns from A by default", () => {
    const log = parsed(deepFreeze(withBadRows));
    expect(log.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [3, "B"],
      [6, "B"],
      [8, "D"],
      [10, "H"],
      [11, "F"],
      [14, "B"],
    ]);
    expect(Array.from(log.deals.rows)).toEqual([2, 5, 9, 13]);
  });

  it("names columns past Z", () => {
    const log = parsed(deepFreeze([["Lead", "Won"], [46027, "soon"]]), { firstRow: 100, firstColumn: 26 });
    expect(log.problems).toMatchObject([{ row: 101, column: "AA", header: "Won" }]);
  });

  it("reports an unreadable amount, treats it as missing and keeps the row", () => {
    const log = parsed(
      deepFreeze([
        ["Lead", "Won", "Amount"],
        [46023, 46030, "about 5k"],
        [46023, 46030, "5,000"],
      ]),
      { firstRow: 3, firstColumn: 2 },
    );
    expect(log.problems).toEqual([{ row: 4, column: "D", header: "Amount", code: "amount.unreadable", params: { value: "about 5k" } }]);
    expect(log.deals.count).toBe(2);
    expect(Array.from(log.deals.amount)).toEqual([NaN, 5000]);
    expect(Array.from(log.deals.rows)).toEqual([4, 5]);
  });

  it("reports an unknown status, treats it as open and keeps the row", () => {
    const log = parsed(
      deepFreeze([
        ["Lead", "Won", "Status"],
        [46023, 46030, "pending"],
        [46023, 46030, 1],
        [46023, 46030, "Won"],
      ]),
    );
    expect(log.problems).toEqual([
      { row: 2, column: "C", header: "Status", code: "status.unknown", params: { value: "pending" } },
      { row: 3, column: "C", header: "Status", code: "status.unknown", params: { value: "1" } },
    ]);
    expect(Array.from(log.deals.status)).toEqual([OPEN, OPEN, WON]);
    expect(log.deals.count).toBe(3);
  });

  it("reports a lost deal dated in the last stage (a contradiction) and keeps it, lost", () => {
    const log = parsed(
      deepFreeze([
        ["Lead", "Won", "Status"],
        [46023, 46030, "Lost"],
        [46023, "", "Lost"],
        [46023, 46030, "Won"],
        [46023, 46030, "丢单"],
      ]),
    );
    expect(log.problems).toEqual([
      { row: 2, column: "C", header: "Status", code: "status.lostAtLastStage", params: { value: "Lost", stage: "Won" } },
      { row: 5, column: "C", header: "Status", code: "status.lostAtLastStage", params: { value: "丢单", stage: "Won" } },
    ]);
    expect(log.deals.count).toBe(4);
    expect(Array.from(log.deals.status)).toEqual([LOST, LOST, WON, LOST]);
    expect(Array.from(log.deals.furthest)).toEqual([1, 0, 1, 1]);
  });

  it("leaves out a row with several bad cells once, reporting each", () => {
    const log = parsed(deepFreeze([["Lead", "Quote", "Won"], ["soon", "later", 46030], [46023, "", 46030]]));
    expect(log.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([
      [2, "A", "date.unreadable"],
      [2, "B", "date.unreadable"],
    ]);
    expect(Array.from(log.deals.rows)).toEqual([3]);
  });

  it("skips blank rows silently", () => {
    const log = parsed(deepFreeze([["Lead", "Won", "Owner"], [], ["", null, "  "], [46023, "", "Wang"], [undefined, undefined]]));
    expect(log.problems).toEqual([]);
    expect(log.deals.count).toBe(1);
    expect(Array.from(log.deals.rows)).toEqual([4]);
  });

  // Property: any mix of good rows with bad and blank rows gives the good rows' table, with the bad rows reported.
  const SERIAL = fc.integer({ min: 61, max: 2_958_000 });
  /** A serial written as Excel, CSV text or Sheets would hand it over (oracle: the JS Date's own arithmetic). */
  const asCell = (serial: number, form: number): unknown => {
    const utcMidnight = new Date(Date.UTC(1899, 11, 30 + serial));
    if (form === 0) return serial;
    if (form === 1) return utcMidnight.toISOString().slice(0, 10);
    return utcMidnight; // read in UTC, the default zone
  };
  const STATUS_WORDS: readonly [string, number][] = [["赢单", WON], ["丢单", LOST], ["", OPEN], ["Open", OPEN], ["Closed Won", WON]];
  interface GoodRow {
    readonly cells: unknown[];
    readonly days: number[];
    readonly furthest: number;
    readonly status: number;
    readonly amount: number;
    readonly id: string;
  }
  const goodRow = fc
    .record({
      start: SERIAL,
      steps: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 4, maxLength: 4 }),
      present: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }).filter((mask) => mask.some(Boolean)),
      forms: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
      status: fc.integer({ min: 0, max: STATUS_WORDS.length - 1 }),
      amount: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
      id: fc.string({ minLength: 1, maxLength: 6 }).filter((text) => text.trim() !== ""),
    })
    .map(({ start, steps, present, forms, status, amount, id }): GoodRow => {
      let serial = start;
      const days = steps.map((step) => (serial += step));
      const stageCells = days.map((day, stage) => (present[stage] ? asCell(day, forms[stage]) : ""));
      return {
        cells: [id.trim(), ...stageCells, STATUS_WORDS[status][0], amount ?? ""],
        days: days.map((day, stage) => (present[stage] ? day : NaN)),
        furthest: present.lastIndexOf(true),
        status: STATUS_WORDS[status][1],
        amount: amount ?? NaN,
        id: id.trim(),
      };
    });
  const badRow = fc.oneof(
    // an unreadable date in one stage
    fc.record({ good: goodRow, stage: fc.integer({ min: 0, max: 3 }), text: fc.constantFrom("soon", "TBD", "1/5/2026", "2026-13-01", "下周") }).map(
      ({ good, stage, text }) => good.cells.map((cell, column) => (column === 1 + stage ? text : cell)),
    ),
    // a later stage dated before an earlier one
    fc.record({ good: goodRow, earlier: fc.integer({ min: 0, max: 2 }), gap: fc.integer({ min: 1, max: 3 }), back: fc.integer({ min: 1, max: 60 }) }).map(
      ({ good, earlier, gap, back }) => {
        const later = Math.min(3, earlier + gap);
        const anchor = Number.isNaN(good.days[earlier]) ? good.days.find((day) => !Number.isNaN(day))! : good.days[earlier];
        const cells = [...good.cells];
        cells[1 + earlier] = anchor;
        cells[1 + later] = anchor - back;
        return cells;
      },
    ),
    // something in the row but no stage date
    fc.record({ good: goodRow }).map(({ good }) => good.cells.map((cell, column) => (column >= 1 && column <= 4 ? "" : cell))),
    // a date outside the spreadsheet range
    fc.record({ good: goodRow, stage: fc.integer({ min: 0, max: 3 }), value: fc.constantFrom<unknown>(0, -3, 3_000_000, "1000-01-01", 60) }).map(
      ({ good, stage, value }) => good.cells.map((cell, column) => (column === 1 + stage ? value : cell)),
    ),
  );
  const blankRow = fc.constantFrom<unknown[]>([], ["", "", "", "", "", "", ""], [null, null, " "], [undefined, "\u3000"]);
  type Line = { readonly kind: "good"; readonly row: GoodRow } | { readonly kind: "bad" | "blank"; readonly cells: unknown[] };
  const line: fc.Arbitrary<Line> = fc.oneof(
    { weight: 3, arbitrary: goodRow.map((row): Line => ({ kind: "good", row })) },
    { weight: 2, arbitrary: badRow.map((cells): Line => ({ kind: "bad", cells })) },
    { weight: 1, arbitrary: blankRow.map((cells): Line => ({ kind: "blank", cells })) },
  );
  const HEADER = ["编号", "线索", "商机", "方案", "成交", "状态", "金额"];

  it("gives the same table with or without bad and blank rows, and reports exactly the bad rows (property)", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 30 }), (lines, firstRow, firstColumn) => {
        const cellsOf = (entry: Line) => (entry.kind === "good" ? entry.row.cells : entry.cells);
        const withBad = deepFreeze([HEADER, ...lines.map(cellsOf)]);
        const goodOnly = deepFreeze([HEADER, ...lines.filter((entry) => entry.kind === "good").map(cellsOf)]);
        const good = lines.flatMap((entry) => (entry.kind === "good" ? [entry.row] : []));
        const sheetRowOf = (kind: Line["kind"]) => lines.flatMap((entry, index) => (entry.kind === kind ? [firstRow + 1 + index] : []));

        const full = parsed(withBad, { firstRow, firstColumn });
        const clean = parsed(goodOnly);
        // The good rows' table, worked out from the generated values, not by the parser.
        const expected = {
          stages: ["线索", "商机", "方案", "成交"],
          count: good.length,
          hasDates: true,
          stageDays: good.flatMap((row) => row.days),
          furthest: good.map((row) => row.furthest),
          status: good.map((row) => row.status),
          hasStatus: true,
          amount: good.map((row) => row.amount),
          hasAmount: true,
          text: { id: good.map((row) => row.id) },
        };
        expect(figuresOf(clean.deals)).toEqual(expected);
        // A good row marked lost with a 成交 date is reported (and counted); nothing else is.
        const isContradiction = (row: GoodRow) => row.status === LOST && row.furthest === 3;
        expect(clean.problems.map((problem) => [problem.row, problem.code])).toEqual(
          good.flatMap((row, index) => (isContradiction(row) ? [[2 + index, "status.lostAtLastStage"]] : [])),
        );
        expect(figuresOf(full.deals)).toEqual(expected);
        expect(Array.from(full.deals.rows)).toEqual(sheetRowOf("good"));
        // Bad rows, and good rows marked lost with a 成交 date (reported, still counted), in sheet order.
        const contradictions = lines.flatMap((entry, index) =>
          entry.kind === "good" && isContradiction(entry.row) ? [firstRow + 1 + index] : [],
        );
        const reported = [...sheetRowOf("bad"), ...contradictions].sort((a, b) => a - b);
        expect([...new Set(full.problems.map((problem) => problem.row))]).toEqual(reported);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseDealLog: users' own header spellings", () => {
  it("reads status, owner and amount headers with inner spaces, colons and a currency unit", () => {
    // The same two deals under the template's headers and under a user's variants: the same table.
    const rows = [
      ["D-1", 46023, 46030, "赢单", "王", "1,200"],
      ["D-2", 46024, "", "丢单", "李", "800"],
    ];
    const plain = parsed(deepFreeze([["编号", "线索", "成交", "状态", "负责人", "金额"], ...rows.map((row) => [...row])]));
    const variant = parsed(deepFreeze([["Deal  ID", "线 索", "成交日期", "状　态：", "负 责 人", "金额 (元)"], ...rows.map((row) => [...row])]));
    expect(variant.problems).toEqual([]);
    expect({ ...figuresOf(variant.deals), stages: [] }).toEqual({ ...figuresOf(plain.deals), stages: [] });
    expect(variant.deals.stages.names).toEqual(["线 索", "成交"]);
    expect(variant.deals.hasStatus && variant.deals.hasAmount).toBe(true);
  });

  it("reads an amount column headed in 万元 as ten thousands, exactly", () => {
    // 1.2 万元 = 12,000; 0.07 万元 = 700; a cell saying "3万" is 30,000 as written; 500 万元 = 5,000,000.
    const log = parsed(
      deepFreeze([
        ["线索", "成交", "金额（万元）"],
        [46023, 46030, 1.2],
        [46023, 46030, "0.07"],
        [46023, 46030, "3万"],
        [46023, 46030, "¥500"],
      ]),
    );
    expect(Array.from(log.deals.amount)).toEqual([12_000, 700, 30_000, 5_000_000]);
  });

  it("leaves an amount column with a unit it cannot scale out, rather than read it off by a factor", () => {
    const log = parsed(deepFreeze([["线索", "成交", "金额（百万）"], [46023, 46030, 1.2]]));
    expect(log.deals.hasAmount).toBe(false);
  });

  it("reports amounts whose commas are not thousands grouping with their row and column, as missing", () => {
    const log = parsed(
      deepFreeze([
        ["Lead", "Won", "Amount (USD)"],
        [46023, 46030, "1.200,50"],
        [46023, 46030, "1,20"],
        [46023, 46030, "1,200.50"],
      ]),
      { firstRow: 2 },
    );
    expect(log.problems).toEqual([
      { row: 3, column: "C", header: "Amount (USD)", code: "amount.unreadable", params: { value: "1.200,50" } },
      { row: 4, column: "C", header: "Amount (USD)", code: "amount.unreadable", params: { value: "1,20" } },
    ]);
    expect(Array.from(log.deals.amount)).toEqual([NaN, NaN, 1200.5]);
    expect(log.deals.count).toBe(3);
  });

  it("does not take 成交金额 for the 成交 stage", () => {
    const log = parsed(deepFreeze([["线索", "商机", "成交金额"], [46023, 46030, 5000]]));
    expect(log.deals.stages.names).toEqual(["线索", "商机"]);
    expect(Array.from(log.deals.amount)).toEqual([5000]);
  });
});

describe("parseDealLog: one column of stage names", () => {
  it("reads a column with a header, skipping blanks and reporting what is not a stage", () => {
    const log = parsed(deepFreeze([["阶段"], ["线索"], [" 商机 "], [""], ["成交"], ["Demo"], [null], ["ＷＯＮ"], [3]]), {
      firstRow: 10,
      firstColumn: 4,
    });
    expect(log.shape).toBe("stageColumn");
    expect(figuresOf(log.deals)).toEqual({
      stages: ["线索", "商机", "方案", "报价", "谈判", "成交"],
      count: 4,
      hasDates: false,
      stageDays: [],
      furthest: [0, 1, 5, 5],
      status: [OPEN, OPEN, WON, WON], // the last stage means won
      hasStatus: false,
      amount: [NaN, NaN, NaN, NaN],
      hasAmount: false,
      text: {},
    });
    expect(Array.from(log.deals.rows)).toEqual([11, 12, 14, 17]);
    expect(log.problems).toEqual([
      { row: 15, column: "D", header: "阶段", code: "stage.unknown", params: { value: "Demo" } },
      { row: 18, column: "D", header: "阶段", code: "stage.unknown", params: { value: "3" } },
    ]);
  });

  it("reads a column without a header from its first cell", () => {
    const log = parsed(deepFreeze([["Lead"], ["Opportunity"], ["won"]]));
    expect(Array.from(log.deals.furthest)).toEqual([0, 1, 5]);
    expect(Array.from(log.deals.rows)).toEqual([1, 2, 3]);
    expect(log.problems).toEqual([]);
  });

  it("reads the column against a given stage list", () => {
    const log = parsed(deepFreeze([["Stage"], ["签约"], ["初步接触"], ["线索"]]), { stages: stageList(["初步接触", "签约"]) });
    expect(log.deals.stages.names).toEqual(["初步接触", "签约"]);
    expect(Array.from(log.deals.furthest)).toEqual([1, 0]);
    expect(Array.from(log.deals.status)).toEqual([WON, OPEN]);
    expect(log.problems).toMatchObject([{ row: 4, column: "A", code: "stage.unknown" }]);
  });
});

describe("parseDealLog: neither shape", () => {
  it("answers undefined for a range that is neither shape", () => {
    expect(parseDealLog(deepFreeze([["编号", "阶段"], ["A-1", "线索"]]))).toBeUndefined();
    expect(parseDealLog(deepFreeze([["Deal ID", "Lead"], ["A-1", 46027]]))).toBeUndefined();
    expect(parseDealLog([])).toBeUndefined();
  });
});

describe("parseDealLog never writes to its input", () => {
  it("reads deeply frozen grids (a write would throw in strict mode) and leaves them as they were", () => {
    const grid = deepFreeze(ZH_LOG.map((row) => [...row]));
    const before = JSON.stringify(grid);
    const log = parsed(grid);
    expect(JSON.stringify(grid)).toBe(before);
    expect(figuresOf(log.deals)).toEqual(ZH_FIGURES);
    const column = deepFreeze([["Stage"], ["Lead"]]);
    parsed(column);
    expect(column).toEqual([["Stage"], ["Lead"]]);
  });
});
