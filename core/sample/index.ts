/**
 * Seeded, realistic sample data for tests, benchmarks, the CLI demo and the template's "with sample data":
 * {@link sampleDeals} invents the deals, {@link sampleGrid} lays them out as a host passes a deal log.
 *
 * @example
 * const deals = sampleDeals({ count: 200, seed: 1, locale: "en" });
 * const { grid, badRows } = sampleGrid(deals, { locale: "en", dates: "serial", badRows: 3 });
 * parseDealLog(grid)?.problems.length //=> 3
 */
export { DEFAULT_SAMPLE_END_DAY, samplePeriod, type SamplePeriod } from "./period";
export { pilotStartDay } from "./market";
export { SeededRandom, weightTable, type WeightTable } from "./random";
export { sampleDeals, type SampleDeal, type SampleDealsOptions } from "./sampleDeals";
export {
  SAMPLE_BAD_ROW_KINDS,
  SAMPLE_LEADING_FIELDS,
  SAMPLE_TRAILING_FIELDS,
  sampleGrid,
  sampleHeader,
  type SampleBadRow,
  type SampleBadRowKind,
  type SampleCell,
  type SampleDateMode,
  type SampleGrid,
  type SampleGridOptions,
} from "./sampleGrid";
