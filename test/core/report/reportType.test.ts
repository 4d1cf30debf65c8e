import { describe, expectTypeOf, it } from "vitest";
import type { FunnelRow } from "../../../core/metrics/funnel";
import type { LossPointRow } from "../../../core/metrics/lossPoints";
import type { ReadingNotes } from "../../../core/model/reading";
import type { DealReportJson, ReadingNotesJson } from "../../../core/model/reportSchema";
import type { DealReport } from "../../../core/report/analyzeDeals";

// The report's shape is declared once, by its zod schema: the type every surface uses is the schema's inferred
// type, and the parts the core builds it from (funnel rows, loss points, reading notes) fit it both ways.
describe("DealReport", () => {
  it("is the schema's inferred type", () => {
    expectTypeOf<DealReport>().toEqualTypeOf<DealReportJson>();
  });
  it("has every field the --json report prints", () => {
    expectTypeOf<keyof DealReport>().toEqualTypeOf<
      "deals" | "shape" | "stages" | "funnel" | "winRate" | "cycleTimeDays" | "timeInStageDays" | "lossPoints" | "averageWonAmount" | "pipelineVelocity" | "openPipelineAmount" | "problems" | "reading" | "segments"
    >();
  });
  it("takes the rows the metrics make, and the reader's notes, both ways", () => {
    expectTypeOf<FunnelRow>().toExtend<DealReport["funnel"][number]>();
    expectTypeOf<DealReport["funnel"][number]>().toExtend<FunnelRow>();
    expectTypeOf<LossPointRow>().toExtend<DealReport["lossPoints"][number]>();
    expectTypeOf<ReadingNotes>().toExtend<ReadingNotesJson>();
    expectTypeOf<ReadingNotesJson>().toExtend<ReadingNotes>();
  });
});
