/**
 * The core's public face: what the adapters (Excel, Sheets, CLI) and tests use. Pure TypeScript — no host
 * globals — so every figure is computed the same way everywhere.
 */
export { resolveLocale, LOCALES, type Locale, type Localized } from "./model/locale";
export { nameKey } from "./model/normalize";
export { DEFAULT_STAGES, stageList, type StageList } from "./model/stages";
export {
  FIELD_HEADERS,
  DEAL_STATUS_WORDS,
  ACTION_STATUS_WORDS,
  fieldOfHeader,
  type DealField,
  type DealStatus,
  type ActionStatus,
} from "./model/words";
export { columnLetter, isBlankCell, cellText, type Grid } from "./model/cells";
export { STATUS_CODE, type DealTable } from "./model/dealTable";
export { describeProblem, type Problem, type ProblemReport } from "./model/problem";
export { MESSAGES, message, type MessageCode } from "./i18n/messages";

export { readDateCell, dayFromCivil, dayFromSerial, dayFromDate, dayFromText, isoFromDay, readTextDate, type YearLastDate } from "./parse/dates";
export { dateOrderOfLocale, dateOrderOfPattern, readDateColumn } from "./parse/dateOrder";
export type { DateOrder, DateOrderSource, DateColumnNote, AmbiguousDateColumn, ReadingNotes } from "./model/reading";
export { readAmountCell } from "./parse/amounts";
export { readDealStatus, readActionStatus } from "./parse/statuses";
export { detectShape, type LogShape } from "./parse/shape";
export { parseDealLog, type DealLog, type DealLogOptions } from "./parse/dealLog";

export { reachedCounts, funnel, funnelFromReached, type FunnelRow } from "./metrics/funnel";
export { stageConversion } from "./metrics/stageConversion";
export { dropOff } from "./metrics/dropOff";
export { winRate } from "./metrics/winRate";
export { cycleDurations } from "./metrics/cycleTime";
export { timeInStageDurations } from "./metrics/timeInStage";
export { lossPoints, type LossPointRow } from "./metrics/lossPoints";
export { pipelineVelocity, velocityInputs, type VelocityInputs } from "./metrics/pipelineVelocity";
export { summarize, summarizeAll, STATISTICS, type Statistic } from "./metrics/statistics";
export { goalProgress, elapsedShare, onTrack } from "./metrics/goalProgress";
export { goalCurrent, goalBaseline, periodWinRate, periodCycleMedian, periodConversion, closeDay, type DayPeriod, type PeriodGoal } from "./metrics/periodFigures";
export { leadSettleDays, matureLeadPeriod } from "./metrics/matureLeads";
export { pilotLift, type PilotCounts, type PilotLift, type PilotTestMethod } from "./metrics/pilotLift";
export { fisherExact, type TwoByTwo } from "./metrics/fisherExact";
export { erfc, normalCdf } from "./metrics/normal";
export { statusRollup, type StatusRollup, type StatusCounts, type StatusRollupRow } from "./metrics/statusRollup";

export { FUNCTIONS, functionSpec, callFunction } from "./functions/registry";
export { isCellError } from "./functions/errors";
export type { CallContext, CellError, ErrorCode, FunctionResult, FunctionSpec, OutputCell, ParamSpec } from "./functions/types";

export { analyzeDeals, type DealReport, type AnalyzeOptions } from "./report/analyzeDeals";
export { ambiguousDatesText, dateOrderLines } from "./report/readingText";
export { reportNotes } from "./report/reportNotes";
export { buildTemplate } from "./template/buildTemplate";
export { SHEET_NAMES, TEMPLATE_LABELS } from "./template/labels";
export { SHEET_KEYS } from "./template/types";
export type * from "./template/types";
export { sampleDeals, type SampleDeal, type SampleDealsOptions } from "./sample/sampleDeals";
export { sampleGrid, type SampleGrid, type SampleGridOptions } from "./sample/sampleGrid";
export { DEAL_REPORT_SCHEMA, type DealReportJson } from "./model/reportSchema";
