import { describe, expect, it } from "vitest";
import { dealsOfColumns } from "../../../core/functions/columnDeals";
import { cycleDurations } from "../../../core/metrics/cycleTime";
import { pipelineVelocity, velocityInputs } from "../../../core/metrics/pipelineVelocity";
import { winRate } from "../../../core/metrics/winRate";
import { STATUS_CODE } from "../../../core/model/dealTable";

// Four deals read from a function's columns, worked by hand:
//   row 2  won   ¥100   2026-01-01 → 2026-01-31  cycle 30
//   row 3  lost  ¥50    2026-01-05 → 2026-01-06  (lost: no cycle)
//   row 4  open  —      —                        (open)
//   row 5  won   ¥300   2026-02-10 → 2026-02-01  (end before start: no cycle)
//   row 6  won   —      2026-03-01 → 2026-03-11  cycle 10 (no amount)
// Win rate 3 / 4; mean won amount (100 + 300) / 2 = 200; mean cycle (30 + 10) / 2 = 20 days;
// velocity 1 open × 0.75 × 200 ÷ 20 = 7.5 per day.
const JAN1 = 46023; // 2026-01-01 as a day number (Excel serial)
const columns = {
  rows: [2, 3, 4, 5, 6],
  statuses: ["won", "lost", "open", "won", "won"] as const,
  amounts: [100, 50, null, 300, null],
  startDays: [JAN1, JAN1 + 4, null, JAN1 + 40, JAN1 + 59],
  endDays: [JAN1 + 30, JAN1 + 5, null, JAN1 + 31, JAN1 + 69],
};

describe("a function's columns as a deal table", () => {
  it("feeds the report's kernels: win rate, cycle time, velocity", () => {
    const deals = dealsOfColumns(columns);
    expect(deals.count).toBe(5);
    expect(Array.from(deals.rows)).toEqual([2, 3, 4, 5, 6]);
    const { won, lost, open } = STATUS_CODE;
    expect(Array.from(deals.status)).toEqual([won, lost, open, won, won]);
    expect(winRate(deals.status)).toBe(0.75);
    expect(Array.from(cycleDurations(deals))).toEqual([30, 10]);
    const inputs = velocityInputs(deals);
    expect(inputs).toEqual({ openDeals: 1, winRate: 0.75, meanWonAmount: 200, meanCycleDays: 20 });
    expect(pipelineVelocity(inputs)).toBe(7.5);
  });

  it("without amounts or dates: no amount and no cycle, and the win rate still counts", () => {
    const deals = dealsOfColumns({ rows: [1, 2], statuses: ["won", "lost"] });
    expect(deals.hasAmount).toBe(false);
    expect(cycleDurations(deals).length).toBe(0);
    expect(velocityInputs(deals)).toEqual({ openDeals: 0, winRate: 0.5, meanWonAmount: null, meanCycleDays: null });
  });
});
