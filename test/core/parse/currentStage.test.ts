import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cycleDurations } from "../../../core/metrics/cycleTime";
import { reachedCounts } from "../../../core/metrics/funnel";
import { winRate } from "../../../core/metrics/winRate";
import type { Grid } from "../../../core/model/cells";
import { STATUS_CODE } from "../../../core/model/dealTable";
import { DEAL_REPORT_SCHEMA } from "../../../core/model/reportSchema";
import { stageList } from "../../../core/model/stages";
import { outcomeOfStage, funnelOrder, StageOrderNeeded } from "../../../core/parse/currentStage";
import { currentStageColumns, currentStageHeaderRow } from "../../../core/parse/currentStageColumns";
import { isoFromDay } from "../../../core/parse/dates";
import { parseDealLog, type DealLog } from "../../../core/parse/dealLog";
import { detectShape } from "../../../core/parse/shape";
import { analyzeDeals } from "../../../core/report/analyzeDeals";
import { readingLines } from "../../../core/report/readingLines";

const { open: OPEN, won: WON, lost: LOST } = STATUS_CODE;

function parsed(grid: Grid, options?: Parameters<typeof parseDealLog>[1]): DealLog {
  const log = parseDealLog(grid, options);
  expect(log).toBeDefined();
  return log!;
}

const problemsOf = (log: DealLog) => log.problems.map((problem) => `${problem.column}${problem.row} ${problem.code}`);

describe("telling a current-stage export", () => {
  it("takes a stage column beside dates, a lost-at stage or an amount", () => {
    expect(detectShape([["Opportunity Name", "Stage", "Close Date"]]).kind).toBe("currentStage");
    expect(detectShape([["Deal - Title", "Deal - Stage", "Deal - Status", "Deal - Won time"]]).kind).toBe("currentStage");
    expect(detectShape([["客户名称", "当前阶段", "金额（万元）", "状态"]]).kind).toBe("currentStage");
    expect(detectShape([["销售阶段", "输单阶段"]]).kind).toBe("currentStage");
    expect(detectShape([["Topic", "Pipeline Phase", "Status", "Est. Close Date"]]).kind).toBe("currentStage");
  });

  it("keeps the one-column shape, the wide shape, and refuses a stage column with only a status or an owner", () => {
    expect(detectShape([["Stage"], ["Lead"], ["Won"]]).kind).toBe("stageColumn");
    expect(detectShape([["Stage", ""], ["Lead", ""]]).kind).toBe("stageColumn");
    // A wide log with a stage column too is still wide: it has the dates.
    expect(detectShape([["Stage", "Lead", "Won", "Close Date"]]).kind).toBe("wide");
    // The template's Action plan (stage, pain point, goal, measures, owner, deadline, status) is no deal log.
    expect(detectShape([["阶段", "痛点", "目标", "措施", "负责人", "截止日期", "状态"]]).kind).toBe("unknown");
    expect(detectShape([["Stage", "Owner", "Status"]]).kind).toBe("unknown");
  });

  it("finds the header below a title row, never a row holding a number", () => {
    expect(currentStageHeaderRow([["2026年一季度商机跟踪表", "", ""], ["序号", "当前阶段", "创建日期"], ["1", "签约", "2026/1/5"]])).toBe(1);
    expect(currentStageHeaderRow([["5", "Stage", "Close Date"]])).toBe(-1);
    expect(currentStageHeaderRow([["Notes"]])).toBe(-1);
  });

  it("reads the columns by header, Pipedrive's Deal - prefix and a unit ignored", () => {
    const columns = currentStageColumns([
      "Deal - ID", "Deal - Title", "Deal - Value", "Deal - Stage", "Deal - Status", "Deal - Deal created", "Deal - Expected close date",
      "Deal - Won time", "Deal - Deal closed on", "Deal - Owner",
    ]);
    expect(columns).toMatchObject({ stage: 3, status: 4, created: 5, expectedClose: 6, wonDate: 7, closeDate: 8, amount: 2, crm: "Pipedrive" });
    expect(columns?.text.get("owner")).toBe(9);
    expect(currentStageColumns(["当前阶段", "金额（万元）", "输单阶段"])).toMatchObject({ stage: 0, amount: 1, amountExponent: 4, lostAt: 2 });
  });
});

describe("the outcome a stage states", () => {
  it("reads closed stages in any case, width or pipeline suffix", () => {
    expect(outcomeOfStage("Closed Won")).toBe("won");
    expect(outcomeOfStage("closed won (Sales Pipeline)")).toBe("won");
    expect(outcomeOfStage("ＣＬＯＳＥＤ　ＬＯＳＴ")).toBe("lost");
    expect(outcomeOfStage("Closed-Lost to Competition")).toBe("lost");
    for (const word of ["赢单", "成交", "Won"]) expect(outcomeOfStage(word)).toBe("won");
    for (const word of ["输单", "丢单", "Lost"]) expect(outcomeOfStage(word)).toBe("lost");
    expect(outcomeOfStage("Negotiation/Review")).toBeUndefined();
    expect(outcomeOfStage("签约")).toBeUndefined();
  });

  it("makes a given list a funnel: closed-lost dropped, closed-won last", () => {
    expect(funnelOrder(stageList(["Prospecting", "Closed Won", "Closed Lost", "Negotiation"]))?.names).toEqual(["Prospecting", "Negotiation", "Closed Won"]);
    const plain = stageList(["初步接洽", "需求确认", "签约"]);
    expect(funnelOrder(plain)).toBe(plain);
    // Lost outcomes only order no stage.
    expect(funnelOrder(stageList(["输单"]))).toBeUndefined();
  });
});

describe("reading a HubSpot-shaped export without stage dates", () => {
  // Worked by hand. HubSpot's default pipeline (the values Qualified To Buy and Contract Sent fit only it):
  //   Appointment Scheduled 0, Qualified To Buy 1, Presentation Scheduled 2, Decision Maker Bought-In 3,
  //   Contract Sent 4, Closed Won 5.
  // A won 2026-01-05 → 02-04 = 30 days; B "closed lost" only: lost, no known stage → furthest 0;
  // C open at 1 (its Close Date is an expected date: no cycle); D open at 4; E won 02-10 → 02-20 = 10 days.
  // furthest 5, 0, 1, 4, 5 → reached 5, 4, 3, 3, 3, 2; win rate 2 / (2 + 1); cycles 30, 10.
  const grid = [
    ["Deal Name", "Deal Stage", "Amount", "Close Date", "Create Date"],
    ["A", "Closed Won (Sales Pipeline)", "1000.0", "2026-02-04 16:42", "2026-01-05 09:14"],
    ["B", "closed lost", "", "2026-02-01", "2026-01-10"],
    ["C", "Qualified To Buy", "", "2026-03-31 00:00", "2026-01-15"],
    ["D", "Contract Sent", "500.0", "2026-04-30", "2026-02-01"],
    ["E", "ＣＬＯＳＥＤ　ＷＯＮ", "2000", "2026-02-20", "2026-02-10"],
  ];

  it("gives the funnel, win rate and cycle worked by hand, and says how it read the file", () => {
    const log = parsed(grid);
    expect(log.shape).toBe("currentStage");
    expect(log.deals.stages.names).toEqual(["Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled", "Decision Maker Bought-In", "Contract Sent", "Closed Won"]);
    expect(Array.from(log.deals.furthest)).toEqual([5, 0, 1, 4, 5]);
    expect(Array.from(log.deals.status)).toEqual([WON, LOST, OPEN, OPEN, WON]);
    expect(reachedCounts(log.deals)).toEqual([5, 4, 3, 3, 3, 2]);
    expect(winRate(log.deals.status)).toBeCloseTo(2 / 3, 12);
    expect(Array.from(cycleDurations(log.deals))).toEqual([30, 10]);
    expect(log.deals.hasDates).toBe(false);
    expect(log.problems).toEqual([]);
    expect(log.reading).toEqual({ shape: "currentStage", stageOrder: { source: "crmDefault", name: "HubSpot" }, lostWithoutStage: 1, cycleFrom: "createdToClose" });
  });

  it("is the report's shape, figures and notes", () => {
    const report = analyzeDeals(grid, { locale: "en" })!;
    expect(DEAL_REPORT_SCHEMA.parse(JSON.parse(JSON.stringify(report)))).toBeTruthy();
    expect(report.shape).toBe("currentStage");
    expect(report.cycleTimeDays).toEqual({ median: 20, mean: 20, p90: 28, n: 2 });
    expect(report.timeInStageDays).toEqual({});
    expect(report.lossPoints[0]).toEqual({ stage: "Appointment Scheduled", lost: 1, share: 1 });
    expect(readingLines(report.reading, report.stages, "en", "cli")).toEqual([
      "Read as a current-stage export: one row per deal with the stage it is at (no stage dates)",
      "Stage order: HubSpot's default pipeline (Appointment Scheduled → Qualified To Buy → Presentation Scheduled → " +
        "Decision Maker Bought-In → Contract Sent → Closed Won); to change it, give the stage list (--stages)",
      "1 lost deals have no known stage: counted in the win rate and at the first stage",
      "Cycle time runs from each won deal's created date to its won (close) date; with no stage dates, time in stage is not known",
    ]);
    expect(readingLines(report.reading, report.stages, "zh-CN", "cli")[0]).toBe("按“当前阶段”表读取：每行一笔交易及其当前阶段（没有各阶段日期）");
  });
});

describe("reading a status column, won times and expected close dates", () => {
  // Worked by hand. Pipedrive's default pipeline: Qualified 0, Contact Made 1, Demo Scheduled 2, Proposal Made 3,
  // Negotiations Started 4, Won 5.
  // X won: Won time 2026-01-21 − created 01-01 = 20 days (its expected close date, 03-31, is not used);
  // Y lost, keeps its stage Demo Scheduled (2); Z open at Qualified, its expected close date no won date;
  // W won without a Won time: its expected close date 01-30 − created 01-04 = 26 days.
  // furthest 5, 2, 0, 5 → reached 4, 3, 3, 2, 2, 2; win rate 2/3; cycles 20, 26.
  const grid = [
    ["Deal - Title", "Deal - Stage", "Deal - Status", "Deal - Deal created", "Deal - Won time", "Deal - Expected close date"],
    ["X", "Proposal Made", "Won", "2026-01-01 10:00:00", "2026-01-21 16:00:00", "2026-03-31"],
    ["Y", "Demo Scheduled", "Lost", "2026-01-02 09:00:00", "", "2026-02-01"],
    ["Z", "Qualified", "Open", "2026-01-03 09:00:00", "", "2026-01-10"],
    ["W", "Contact Made", "Won", "2026-01-04 09:00:00", "", "2026-01-30"],
  ];

  it("takes lost deals at their stage and the won time before an expected date", () => {
    const log = parsed(grid);
    expect(log.reading?.stageOrder).toEqual({ source: "crmDefault", name: "Pipedrive" });
    expect(Array.from(log.deals.furthest)).toEqual([5, 2, 0, 5]);
    expect(reachedCounts(log.deals)).toEqual([4, 3, 3, 2, 2, 2]);
    expect(Array.from(log.deals.status)).toEqual([WON, LOST, OPEN, WON]);
    expect(Array.from(log.deals.cycleDays!)).toEqual([20, NaN, NaN, 26]);
    expect(log.reading?.lostWithoutStage).toBeUndefined();
  });
});

describe("bad rows of a current-stage export", () => {
  // Worked by hand, stages given: 初步接洽 0, 需求确认 1, 方案报价 2, 赢单 3. Sheet rows 2–12:
  //  2 won 01-05 → 02-04: 30 days          3 lost at 需求确认 (输单阶段) → 1
  //  4 lost, no lost-at → 0 (no stage)      5 lost-at 不存在: reported, lost without a stage → 0
  //  6 lost at its own stage 方案报价 → 2   7 won, closed before it was created: reported, no cycle → 3
  //  8 no stage, no status: reported, out   9 stage 谈判中 unknown: reported, out
  // 10 won, closed 2/13/2026: the only numbers-only date of its column, month first (no month 13) → 3, cycle
  //    2026-01-13 → 2026-02-13 = 31 days
  // 11 stage 输单 but status 赢单: reported, read by the stage: lost without a stage → 0
  // 12 no stage, status 输单: lost without a stage → 0
  // Counted 9: furthest 3 1 0 0 2 3 3 0 0 → reached 9, 5, 4, 3. Won 3, lost 6: win rate 3/9. Lost without a stage 4.
  const grid = [
    ["客户名称", "销售阶段", "创建日期", "结单日期", "输单阶段", "状态"],
    ["甲", "赢单", "2026/1/5", "2026/2/4", "", ""],
    ["乙", "输单", "2026/1/6", "2026/2/1", "需求确认", ""],
    ["丙", "输单", "2026/1/7", "", "", ""],
    ["丁", "输单", "2026/1/8", "", "不存在", ""],
    ["戊", "方案报价", "2026/1/9", "", "", "输单"],
    ["己", "赢单", "2026/1/10", "2026/1/1", "", ""],
    ["庚", "", "", "", "", ""],
    ["辛", "谈判中", "2026/1/12", "", "", ""],
    ["壬", "赢单", "2026/1/13", "2/13/2026", "", ""],
    ["癸", "输单", "2026/1/14", "", "", "赢单"],
    ["子", "", "", "", "", "输单"],
  ];
  const stages = stageList(["初步接洽", "需求确认", "方案报价", "赢单"]);

  it("never drops a lost deal, never guesses its stage, and lists each problem", () => {
    const log = parsed(grid, { stages });
    expect(log.deals.count).toBe(9);
    expect(Array.from(log.deals.rows)).toEqual([2, 3, 4, 5, 6, 7, 10, 11, 12]);
    expect(Array.from(log.deals.furthest)).toEqual([3, 1, 0, 0, 2, 3, 3, 0, 0]);
    expect(reachedCounts(log.deals)).toEqual([9, 5, 4, 3]);
    expect(winRate(log.deals.status)).toBeCloseTo(3 / 9, 12);
    expect(Array.from(cycleDurations(log.deals))).toEqual([30, 31]);
    expect(log.reading).toMatchObject({ stageOrder: { source: "given" }, lostWithoutStage: 4 });
    expect(problemsOf(log)).toEqual([
      "E5 stage.unknown",
      "D7 date.closeBeforeCreated",
      "B8 row.noStage",
      "B9 stage.unknown",
      "F11 status.stageConflict",
    ]);
  });
});

describe("the stage order of a current-stage export", () => {
  const salesforce = [
    ["Opportunity Name", "Stage", "Close Date", "Created Date"],
    ["A", "Closed Won", "2026-02-20", "2026-01-05"],
    ["B", "Closed Lost", "2026-02-03", "2026-01-06"],
    ["C", "Negotiation/Review", "2026-03-31", "2026-01-07"],
    ["D", "Prospecting", "2026-02-28", "2026-02-24"],
  ];

  it("is a CRM's default pipeline when the stages fit it, and says so", () => {
    const log = parsed(salesforce);
    expect(log.reading?.stageOrder).toEqual({ source: "crmDefault", name: "Salesforce" });
    expect(log.deals.stages.names.at(-1)).toBe("Closed Won");
    expect(reachedCounts(log.deals)).toEqual([4, 2, 2, 2, 2, 2, 2, 2, 1]);
  });

  it("is the workbook's Stages sheet when the stages fit it, else gives way", () => {
    const own = stageList(["Prospecting", "Negotiation/Review", "Closed Won"]);
    const log = parsed(salesforce, { stages: own, stageOrder: "workbook" });
    expect(log.reading?.stageOrder).toEqual({ source: "workbook" });
    expect(reachedCounts(log.deals)).toEqual([4, 2, 1]);
    const other = parsed(salesforce, { stages: stageList(["线索", "商机", "成交"]), stageOrder: "workbook" });
    expect(other.reading?.stageOrder).toEqual({ source: "crmDefault", name: "Salesforce" });
  });

  it("is taken as given, closed stages as outcomes", () => {
    const given = stageList(["Prospecting", "Negotiation/Review", "Closed Won", "Closed Lost"]);
    const log = parsed(salesforce, { stages: given });
    expect(log.deals.stages.names).toEqual(["Prospecting", "Negotiation/Review", "Closed Won"]);
    expect(log.reading?.stageOrder).toEqual({ source: "given" });
  });

  it("is the default stages when the stages are those", () => {
    const log = parsed([["阶段", "金额"], ["商机", "1"], ["成交", "2"], ["输单", "3"]], { stages: stageList(undefined, "en"), stageOrder: "default" });
    expect(log.reading?.stageOrder).toEqual({ source: "default" });
    expect(Array.from(log.deals.furthest)).toEqual([1, 5, 0]);
    expect(log.reading?.lostWithoutStage).toBe(1);
  });

  it("fails naming the stages found when nothing fits", () => {
    const grid = [["客户名称", "当前阶段", "创建日期"], ["甲", "初步接洽", "2026/1/5"], ["乙", "签约", "2026/1/6"], ["丙", "初步接洽", "2026/1/7"], ["丁", "输单", ""]];
    expect(() => parseDealLog(grid)).toThrow(StageOrderNeeded);
    try {
      parseDealLog(grid);
    } catch (error) {
      expect((error as StageOrderNeeded).values).toEqual(["初步接洽", "签约"]);
    }
  });
});

describe("a wide log turned into a current-stage export", () => {
  const names = ["S1", "S2", "S3", "S4"];
  const last = names.length - 1;
  const deal = fc.record({
    furthest: fc.integer({ min: 0, max: last }),
    outcome: fc.constantFrom("won", "lost", "open"),
    start: fc.integer({ min: 46000, max: 46300 }),
    gaps: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: last, maxLength: last }),
    skip: fc.array(fc.boolean(), { minLength: last, maxLength: last }),
  });

  /** The wide row of a generated deal: its dates up to its furthest stage (middle ones may be skipped), its status. */
  function wideRow(d: { furthest: number; outcome: string; start: number; gaps: number[]; skip: boolean[] }) {
    // A won deal reached the last stage; a deal at the last stage is won (consistent logs).
    const furthest = d.outcome === "won" ? last : Math.min(d.furthest, last - 1);
    const days: (number | null)[] = [];
    let day = d.start;
    for (let stage = 0; stage <= last; stage++) {
      if (stage > 0) day += d.gaps[stage - 1];
      const filled = stage === 0 || stage === furthest || (stage < furthest && !d.skip[stage - 1]);
      days.push(stage <= furthest && filled ? day : null);
    }
    const status = d.outcome === "won" ? "Won" : d.outcome === "lost" ? "Lost" : "Open";
    return { furthest, days, status };
  }

  /**
   * The converter: one row per deal with its current stage (Closed Won for a won deal, Closed Lost with the stage it
   * was lost at in the lost-at column, else its furthest stage), its status, its created date (first stage) and its
   * close date (last stage, for a won deal).
   */
  function toCurrentStage(rows: ReturnType<typeof wideRow>[]): Grid {
    return [
      ["Deal", "Stage", "Status", "Lost at stage", "Created Date", "Close Date"],
      ...rows.map((row, index) => {
        const iso = (day: number | null) => (day === null ? "" : isoFromDay(day));
        const stage = row.status === "Won" ? "Closed Won" : row.status === "Lost" ? "Closed Lost" : names[row.furthest];
        return [`D${index}`, stage, row.status, row.status === "Lost" ? names[row.furthest] : "", iso(row.days[0]), row.status === "Won" ? iso(row.days[last]) : ""];
      }),
    ];
  }

  it("gives the same funnel, win rate and cycle times", () => {
    fc.assert(
      fc.property(fc.array(deal, { minLength: 1, maxLength: 30 }), (deals) => {
        const rows = deals.map(wideRow);
        const wide: Grid = [["Deal", ...names, "Status"], ...rows.map((row, index) => [`D${index}`, ...row.days.map((day) => day ?? ""), row.status])];
        const stages = stageList(names);
        const fromWide = parsed(wide, { stages });
        const fromCurrent = parsed(toCurrentStage(rows), { stages });
        expect(fromCurrent.shape).toBe("currentStage");
        expect(fromCurrent.problems).toEqual([]);
        expect(reachedCounts(fromCurrent.deals)).toEqual(reachedCounts(fromWide.deals));
        expect(winRate(fromCurrent.deals.status)).toBe(winRate(fromWide.deals.status));
        const sorted = (values: Float64Array) => Array.from(values).sort((a, b) => a - b);
        expect(sorted(cycleDurations(fromCurrent.deals))).toEqual(sorted(cycleDurations(fromWide.deals)));
        expect(fromCurrent.reading?.lostWithoutStage).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
