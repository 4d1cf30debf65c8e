import { describe, expect, it } from "vitest";
import type { Grid } from "../../../core/model/cells";
import { STATUS_CODE } from "../../../core/model/dealTable";
import { stageList } from "../../../core/model/stages";
import { parseDealLog, type DealLog } from "../../../core/parse/dealLog";
import { historyColumns } from "../../../core/parse/historyColumns";
import { detectShape } from "../../../core/parse/shape";
import { stageOutcome } from "../../../core/parse/stageOutcome";

const { open: OPEN, won: WON, lost: LOST } = STATUS_CODE;

function parsed(grid: Grid, options?: Parameters<typeof parseDealLog>[1]): DealLog {
  const log = parseDealLog(grid, options);
  expect(log?.shape).toBe("history");
  return log!;
}

/** Deal i's stage days as ISO-free day offsets from 46027 (2026-01-05), null for blank. */
function daysOf(log: DealLog, deal: number): (number | null)[] {
  const width = log.deals.stages.names.length;
  return Array.from(log.deals.stageDays.subarray(deal * width, deal * width + width), (day) => (Number.isNaN(day) ? null : day - 46027));
}

describe("telling a stage history from other tables", () => {
  it("reads the headers of Salesforce, Zoho and a Chinese stage log", () => {
    expect(historyColumns(["商机编号", "客户名称", "阶段", "进入日期", "负责人", "备注"])).toEqual({ keys: [0], stage: 2, date: 3 });
    // Salesforce's other Opportunity History layout (exports-research §2.3): the stage-change date wins over Created Date.
    expect(historyColumns(["Opportunity ID", "Created Date", "From Stage", "To Stage", "Last Stage Change Date", "Days in Stage"])).toEqual({
      keys: [0], stage: 3, from: 2, date: 4,
    });
    // Zoho: Deal Name.id before Record Id before Deal Name; Moved To is no stage column.
    expect(historyColumns(["Record Id", "Deal Name.id", "Deal Name", "Stage", "Moved To", "Modified Time"])).toEqual({ keys: [1, 0, 2], stage: 3, date: 5 });
    expect(historyColumns(["Opportunity Name", "Stage", "Amount"])).toBeUndefined(); // no date
    expect(historyColumns(["Stage", "Date"])).toBeUndefined(); // no deal
  });

  it("needs the deal named on two rows, unless it has from and to stages", () => {
    const header = ["Deal ID", "Stage", "Date"];
    expect(detectShape([header, ["D1", "Demo", "2026-01-05"], ["D2", "Trial", "2026-01-06"]]).kind).toBe("unknown");
    expect(detectShape([header, ["D1", "Demo", "2026-01-05"], ["D1", "Trial", "2026-01-06"]]).kind).toBe("history");
    expect(detectShape([["Deal ID", "From Stage", "To Stage", "Date"], ["D1", "", "Demo", "2026-01-05"]]).kind).toBe("history");
    // A wide log stays wide.
    expect(detectShape([["Deal ID", "Lead", "Won", "Stage", "Date"], ["D1", 46027, "", "Lead", 46027], ["D1", 46027, "", "Lead", 46027]]).kind).toBe("wide");
  });

  it("takes the first deal column whose values repeat (Zoho's Record Id never does)", () => {
    const log = parsed([
      ["Record Id", "Deal Name.id", "Stage", "Modified Time"],
      ["r1", "d1", "Lead", "2026-01-05"],
      ["r2", "d1", "Won", "2026-01-09"],
    ]);
    expect(log.deals.count).toBe(1);
    expect(log.deals.text.id).toEqual(["d1"]);
  });

  it("knows outcome stage values", () => {
    expect(stageOutcome("Closed-Lost to Competition")).toBe("lost");
    expect(stageOutcome("closed won (Sales Pipeline)")).toBe("won");
    expect(stageOutcome("输单")).toBe("lost");
    expect(stageOutcome("赢单")).toBe("won");
    expect(stageOutcome("Closing")).toBeUndefined();
    expect(stageOutcome("Negotiation")).toBeUndefined();
  });
});

describe("pivoting", () => {
  // Default stages 线索 商机 方案 报价 谈判 成交 (every stage of the history is one: the default order is used).
  // D1: 线索 1/5 (day 0), 商机 1/8 (3), 方案 1/15 (10), back to 商机 1/20 (15), 方案 1/25 (20), 成交 2/4 (30) → first
  //   entries 0, 3, 10, –, –, 30; a revisit; won (it entered the last stage).
  // D2: 线索 1/6 (1), 输单 1/9 (4): lost at 线索. D3: 商机 1/7 (2) and an amount change later: open at 商机.
  const grid = [
    ["编号", "阶段", "日期", "金额", "负责人"],
    ["D1", "线索", "2026-01-05", 100, "李伟"],
    ["D2", "线索", "2026-01-06", 50, "刘洋"],
    ["D1", "商机", "2026-01-08", 100, "李伟"],
    ["D1", "方案", "2026-01-15", 120, "李伟"],
    ["D2", "输单", "2026-01-09", 50, "刘洋"],
    ["D1", "商机", "2026-01-20", 120, "张敏"],
    ["D1", "方案", "2026-01-25", 130, "张敏"],
    ["D3", "商机", "2026-01-07", 10, "刘洋"],
    ["D1", "成交", "2026-02-04", 140, "张敏"],
    ["D3", "商机", "2026-01-07", 15, "刘洋"],
  ];

  it("keeps each deal's first entry of each stage, its outcome, and its latest row's fields", () => {
    const log = parsed(grid);
    expect(log.deals.stages.names).toEqual(["线索", "商机", "方案", "报价", "谈判", "成交"]);
    expect(log.deals.count).toBe(3);
    expect(daysOf(log, 0)).toEqual([0, 3, 10, null, null, 30]);
    expect(daysOf(log, 1)).toEqual([1, null, null, null, null, null]);
    expect(daysOf(log, 2)).toEqual([null, 2, null, null, null, null]);
    expect(Array.from(log.deals.furthest)).toEqual([5, 0, 1]);
    expect(Array.from(log.deals.status)).toEqual([WON, LOST, OPEN]);
    expect(log.deals.hasStatus).toBe(true);
    // Latest rows: D1's 成交 row (sheet row 10), D2's 输单 row (6), D3's second row (11: same day, later row).
    expect(Array.from(log.deals.rows)).toEqual([10, 6, 11]);
    expect(Array.from(log.deals.amount)).toEqual([140, 50, 15]);
    expect(log.deals.text.owner).toEqual(["张敏", "刘洋", "刘洋"]);
    expect(log.reading).toEqual({ shape: "history", stageOrder: { source: "default" }, revisitedDeals: 1 });
    expect(log.problems).toEqual([]);
  });

  it("gives the same deals whatever the order of the rows", () => {
    const shuffled = [grid[0], ...grid.slice(1).reverse()];
    const log = parsed(shuffled);
    // (Amounts aside: D3's two rows share a day, so its latest row is the lower one, which the shuffle changes.)
    const byId = (l: DealLog) => new Map(l.deals.text.id!.map((id, deal) => [id, { days: daysOf(l, deal), status: l.deals.status[deal] }]));
    expect(byId(log)).toEqual(byId(parsed(grid)));
  });

  it("reports rows it cannot place, with their row and column, and reads the rest", () => {
    const log = parsed([
      ["编号", "阶段", "日期"],
      ["D1", "线索", "2026-01-05"],
      ["D1", "商机", "soon"],
      ["", "商机", "2026-01-06"],
      ["D1", "", "2026-01-07"],
      ["D1", "方案", ""],
      [],
      ["D1", "报价", "2026-01-09"],
    ]);
    expect(log.problems.map(({ row, column, code }) => [row, column, code])).toEqual([
      [3, "C", "date.unreadable"],
      [4, "A", "history.noDeal"],
      [5, "B", "history.noStage"],
      [6, "C", "history.noDate"],
    ]);
    expect(daysOf(log, 0)).toEqual([0, null, null, 4, null, null]);
  });

  it("reports a stage outside a given order and leaves that row out", () => {
    const log = parsed(
      [["Deal ID", "Stage", "Date"], ["D1", "Demo", "2026-01-05"], ["D1", "Pilot", "2026-01-06"], ["D1", "Closed Won", "2026-01-09"]],
      { stages: stageList(["Demo", "Trial", "Won"]) },
    );
    expect(log.problems.map(({ row, column, code, params }) => [row, column, code, params.value])).toEqual([[3, "B", "stage.unknown", "Pilot"]]);
    // Closed Won is the given order's last stage.
    expect(daysOf(log, 0)).toEqual([0, null, 4]);
    expect(Array.from(log.deals.status)).toEqual([WON]);
    expect(log.reading?.stageOrder).toEqual({ source: "given" });
  });

  it("reports a deal that entered a later stage before an earlier one it had never entered, and leaves it out", () => {
    // D1 entered 方案 on 1/5 and 线索 only on 1/9: after the pivot its dates go backwards, as in a bad wide row.
    const log = parsed([
      ["编号", "阶段", "日期"],
      ["D1", "方案", "2026-01-05"],
      ["D1", "线索", "2026-01-09"],
      ["D2", "线索", "2026-01-05"],
      ["D2", "商机", "2026-01-06"],
    ]);
    expect(log.deals.count).toBe(1);
    expect(log.problems.map(({ row, column, code, params }) => [row, column, code, params])).toEqual([
      [2, "C", "date.backwards", { stage: "方案", earlier: "线索" }],
    ]);
  });

  it("takes a lost deal's outcome from its latest rows: lost, or open again when it came back", () => {
    const log = parsed([
      ["Opportunity ID", "Stage", "Date", "Status"],
      ["A", "Lead", "2026-01-05", ""],
      ["A", "Closed Lost", "2026-01-09", ""],
      ["A", "Opportunity", "2026-01-20", ""],
      ["B", "Lead", "2026-01-05", ""],
      ["B", "Proposal", "2026-01-07", "Won"],
    ]);
    // A: lost on 1/9, back in the pipeline on 1/20 → open at Opportunity. B: no outcome row → its status column.
    expect(Array.from(log.deals.status)).toEqual([OPEN, WON]);
    expect(Array.from(log.deals.furthest)).toEqual([1, 2]);
  });

  it("counts a deal known only as lost in the first stage and says how many", () => {
    const log = parsed([
      ["Deal ID", "From Stage", "To Stage", "Date"],
      ["C", "", "Closed Lost", "2026-01-08"],
      ["D", "", "Demo", "2026-01-05"],
      ["E", "", "Demo", "2026-01-05"],
      ["E", "Demo", "Closed Won", "2026-01-12"],
    ]);
    expect(log.deals.stages.names).toEqual(["Demo", "Closed Won"]);
    expect(Array.from(log.deals.furthest)).toEqual([0, 0, 1]);
    expect(Array.from(log.deals.status)).toEqual([LOST, OPEN, WON]);
    expect(log.reading?.lostWithoutStage).toBe(1);
  });

  it("orders unknown stages by their typical first-entry day, the won stage last", () => {
    // Entry days from each deal's start: Demo 0, 0, 0; Trial 3, 9, 5 → 5; Contract 10, 12 → 11. Rows are given
    // in an order that names Contract first, and the won stage is written first of all.
    const log = parsed([
      ["Deal ID", "Stage", "Date"],
      ["A", "Closed Won", "2026-02-01"],
      ["A", "Contract", "2026-01-15"],
      ["B", "Contract", "2026-01-17"],
      ["A", "Trial", "2026-01-08"],
      ["A", "Demo", "2026-01-05"],
      ["B", "Trial", "2026-01-14"],
      ["B", "Demo", "2026-01-05"],
      ["C", "Demo", "2026-01-05"],
      ["C", "Trial", "2026-01-10"],
    ]);
    expect(log.deals.stages.names).toEqual(["Demo", "Trial", "Contract", "Closed Won"]);
    expect(log.reading?.stageOrder).toEqual({ source: "firstEntry" });
    expect(Array.from(log.deals.status)).toEqual([WON, OPEN, OPEN]);
  });
});

describe("report furniture under a history", () => {
  it("skips Salesforce's footer lines and counts them once", () => {
    // The footer of exports-research §2.5 under two deal rows: five lines, none a problem.
    const log = parsed([
      ["Opportunity Owner", "Opportunity Name", "From Stage", "To Stage", "Last Modified"],
      ["Li Wei", "Acme", "", "Prospecting", "2026-01-05"],
      ["Li Wei", "Acme", "Prospecting", "Closed Won", "2026-01-20"],
      [],
      [],
      ["Opportunity History"],
      ["Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."],
      ["Confidential Information - Do Not Distribute"],
      ["Generated By:  Li Wei  3/2/2026 9:01 AM"],
      ["Acme Robotics Sales Ltd"],
    ]);
    expect(log.problems).toEqual([]);
    expect(log.deals.count).toBe(1);
    expect(log.reading?.furnitureRows).toBe(5);
  });
});
