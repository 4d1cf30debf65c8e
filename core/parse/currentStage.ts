import { cellText, columnLetter, isBlankCell, type Grid } from "../model/cells";
import { crmPipelineOf, crmStageList } from "../model/crmPipelines";
import { STATUS_CODE, type DealTable } from "../model/dealTable";
import { message, type MessageCode } from "../i18n/messages";
import type { Locale } from "../model/locale";
import { nameKey } from "../model/normalize";
import type { Problem } from "../model/problem";
import type { ReadingNotes, StageOrderSource } from "../model/reading";
import { stageList, type StageList } from "../model/stages";
import type { DealStatus } from "../model/words";
import { cellCurrency, currencyOfCode, readAmountCell } from "./amounts";
import type { CurrentStageColumns } from "./currentStageColumns";
import { dateColumnNotes, decideColumnOrder, dayOfColumnDate, TextDateCache, type DateColumnDecision, type DateOrderDefaults } from "./dateOrder";
import { readDateCell, type DateProblem } from "./dates";
import type { DealLog } from "./dealLog";
import { isHeaderRepeat, isSeparatorRow, repeatedHeaderRows, trailingFurniture } from "./furniture";
import { readDealStatus } from "./statuses";
import { lazyTextColumns } from "./textColumns";

/** Where a caller's stage list came from: typed or passed (`given`), the workbook's Stages sheet, or none. */
export type StageListSource = Extract<StageOrderSource, "given" | "workbook" | "default">;

/** How to read a current-stage export. */
export interface CurrentStageOptions {
  /** The caller's stage list: taken as is when `stageSource` is "given"; else tried as {@link readCurrentStage} says. */
  readonly stages?: StageList;
  readonly stageSource: StageListSource;
  readonly timeZone?: string;
  /** How numbers-only dates (03/04/2026) are read when a date column's own values leave it open (core/parse/dateOrder). */
  readonly dateDefaults?: DateOrderDefaults;
  readonly firstRow: number;
  readonly firstColumn: number;
}

/**
 * A current-stage export whose stage order cannot be told (DEFINITIONS §1): its stages are neither a CRM's default
 * pipeline nor the default stages, and no order was given. `values` are the stage names found, in the order they
 * first appear. The caller says {@link STAGE_ORDER_NEEDED} with them (the command line: "pass --stages in order").
 */
export class StageOrderNeeded extends Error {
  override readonly name = "StageOrderNeeded";
  readonly messageCode: MessageCode = STAGE_ORDER_NEEDED;
  constructor(readonly values: readonly string[]) {
    super(`The stage order is not known: the stages found are ${values.join(", ")}. Give them in order, ending with the won stage.`);
  }
}

/** The message that says a {@link StageOrderNeeded}, with `{values}`. */
export const STAGE_ORDER_NEEDED = "stages.orderNeeded" satisfies MessageCode;

/**
 * A {@link StageOrderNeeded} in words, the stages found quoted (each surface adds how to give the order there).
 * @example
 * stageOrderNeededText(new StageOrderNeeded(["Demo", "Trial"]), "en") //=> 'The stage order is not known: the file\'s stages are “Demo”, “Trial”, …'
 */
export function stageOrderNeededText(error: StageOrderNeeded, locale: Locale): string {
  const values = error.values.map((value) => `“${value}”`).join(locale === "zh-CN" ? "、" : ", ");
  return message(locale, error.messageCode, { values });
}

/** A pipeline suffix after a stage name: HubSpot's `Closed Won (Sales Pipeline)`. */
const PIPELINE_SUFFIX = /\s*[(（][^()（）]*[)）]\s*$/;
/** Closed outcomes written as stages with more words: Zoho's `Closed-Lost to Competition`, `Closed Won - Renewal`. */
const CLOSED_LOST = /^closed\s*[-_]?\s*lost\b/;
const CLOSED_WON = /^closed\s*[-_]?\s*won\b/;

/**
 * The outcome a stage cell states by itself (DEFINITIONS §2 current stage): Closed Won, 赢单, 成交, Won → won;
 * Closed Lost, Closed-Lost to Competition, 输单, 丢单, Lost → lost; case, width and a pipeline suffix
 * ("Closed Won (Sales Pipeline)") ignored. `undefined` for a stage that is no outcome.
 * @example
 * outcomeOfStage("ＣＬＯＳＥＤ ＷＯＮ (Sales Pipeline)") //=> "won"
 * outcomeOfStage("Closed-Lost to Competition")          //=> "lost"
 * outcomeOfStage("Negotiation/Review")                  //=> undefined
 */
export function outcomeOfStage(value: string): Exclude<DealStatus, "open"> | undefined {
  const bare = value.normalize("NFKC").replace(PIPELINE_SUFFIX, "");
  for (const text of [value, bare]) {
    const status = readDealStatus(text);
    if (status === "won" || status === "lost") return status;
  }
  const key = nameKey(bare);
  if (CLOSED_LOST.test(key)) return "lost";
  if (CLOSED_WON.test(key)) return "won";
  return undefined;
}

/** The position of a stage cell in `order`, the cell as written or without a pipeline suffix; -1 when neither. */
function stageIndex(order: StageList, value: string): number {
  const index = order.indexOf(value);
  return index >= 0 ? index : order.indexOf(value.normalize("NFKC").replace(PIPELINE_SUFFIX, ""));
}

/**
 * A caller's stage list made a funnel: closed stages are outcomes, so a lost one (Closed Lost, 输单) is dropped
 * and a won one (Closed Won, 赢单) goes last, where the won stage belongs (DEFINITIONS §1). Salesforce's whole
 * Stage picklist, Closed Won and Closed Lost at its end, thus gives its funnel; a list of lost outcomes only gives
 * none (`undefined`).
 * @example
 * funnelOrder(stageList(["Prospecting", "Closed Won", "Closed Lost", "Negotiation"])).names
 * //=> ["Prospecting", "Negotiation", "Closed Won"]
 */
export function funnelOrder(list: StageList): StageList | undefined {
  const open = list.names.filter((name) => outcomeOfStage(name) === undefined);
  const won = list.names.filter((name) => outcomeOfStage(name) === "won");
  if (open.length + won.length === list.names.length && won.length <= 1 && (won.length === 0 || list.names[list.names.length - 1] === won[0])) return list;
  // A list of lost outcomes only (输单, Closed Lost) orders no stage: no funnel (the caller says the order is not known).
  return open.length + won.length === 0 ? undefined : stageList([...open, ...won.slice(0, 1)]);
}

/** The open stage names of an export: its stage cells (and lost-at cells) that state no outcome, each once. */
function openStageValues(grid: Grid, columns: CurrentStageColumns): string[] {
  const seen = new Map<string, string>();
  for (let rowIndex = 1; rowIndex < grid.length; rowIndex++) {
    if (isHeaderRepeat(grid[rowIndex], grid[0])) continue;
    for (const column of [columns.stage, columns.lostAt]) {
      if (column === undefined) continue;
      const cell = grid[rowIndex][column];
      if (isBlankCell(cell)) continue;
      const text = cellText(cell).trim();
      if (outcomeOfStage(text) !== undefined) continue;
      const key = nameKey(text);
      if (!seen.has(key)) seen.set(key, text);
    }
  }
  return [...seen.values()];
}

/**
 * The stage order of a current-stage export (DEFINITIONS §1): a list given is taken as it is; else the workbook's
 * Stages sheet when every stage of the export is in it; else the default pipeline of a CRM when every stage is in
 * it (Salesforce, HubSpot, Pipedrive, Zoho, Dynamics; the header settles a tie); else the default stages when
 * every stage is one of them. Closed stages are outcomes ({@link funnelOrder}).
 * @throws {StageOrderNeeded} naming the stages found, when none of these fits.
 */
function stageOrderOf(grid: Grid, columns: CurrentStageColumns, options: CurrentStageOptions): { stages: StageList; stageOrder: NonNullable<ReadingNotes["stageOrder"]> } {
  if (options.stageSource === "given" && options.stages !== undefined) {
    const given = funnelOrder(options.stages);
    // A given list of lost outcomes only (stage_order "输单") orders none of the stages found.
    if (given === undefined) throw new StageOrderNeeded(openStageValues(grid, columns));
    return { stages: given, stageOrder: { source: "given" } };
  }
  const values = openStageValues(grid, columns);
  const fits = (list: StageList) => values.every((value) => stageIndex(list, value) >= 0);
  if (options.stageSource === "workbook" && options.stages !== undefined) {
    const own = funnelOrder(options.stages);
    if (own !== undefined && fits(own)) return { stages: own, stageOrder: { source: "workbook" } };
  }
  const crm = crmPipelineOf(values, columns.crm) ?? crmPipelineOf(values.map((value) => value.normalize("NFKC").replace(PIPELINE_SUFFIX, "")), columns.crm);
  if (crm !== undefined) return { stages: crmStageList(crm), stageOrder: { source: "crmDefault", name: crm.name } };
  const defaults = options.stageSource === "default" && options.stages !== undefined ? options.stages : stageList();
  if (fits(defaults)) return { stages: defaults, stageOrder: { source: "default" } };
  throw new StageOrderNeeded(values);
}

/**
 * Reads a current-stage export (DEFINITIONS §2): one row per deal with the stage it is at now, its outcome in that
 * stage (Closed Won, 输单…) or in a status column, and created and close dates. Into a {@link DealTable} without
 * stage dates (`hasDates` false):
 *
 * - **Outcome.** A stage cell that states one ({@link outcomeOfStage}) settles it; otherwise the status cell; a
 *   deal with neither is lost when the export has no status column and its lost reason is filled (Odoo), else won
 *   at the last (won) stage and open elsewhere. A status that contradicts a closed
 *   stage is reported (`status.stageConflict`) and the stage is taken.
 * - **Furthest stage.** A won deal reached every stage. A lost deal reached the stage it was lost at: the lost-at
 *   cell (输单阶段) when filled, else its stage cell when that names a stage (Pipedrive, hand trackers). A lost deal
 *   whose stage is only "Closed Lost" is never dropped and never guessed: it counts at the first stage (furthest
 *   0) and in the win rate, and `reading.lostWithoutStage` counts it. Any other deal is at its stage.
 * - **Cycle** (`cycleDays`, `reading.cycleFrom` "createdToClose"): a won deal's won date (Won time; else its close
 *   date; else its expected close date) minus its created date. Open and lost deals get none: an expected close
 *   date is never a won date.
 * - **Report furniture** (a Salesforce footer, totals, separator lines, a repeated header) is skipped and counted once
 *   (`reading.furnitureRows`); an amount column in several currencies lists them (`reading.currencies`).
 * - **Bad rows** (DEFINITIONS §5): a stage that is not in the order (`stage.unknown`) or a row with no stage and no
 *   closed status (`row.noStage`) is reported and left out; a lost-at cell that is no stage is reported and the
 *   deal counts as lost without a stage; an unreadable created or won date is reported and the deal kept, without a
 *   cycle; a won date before the created date likewise (`date.closeBeforeCreated`).
 *
 * @throws {StageOrderNeeded} when no stage order fits (see stageOrderOf).
 * @example
 * const log = readCurrentStage(
 *   [["Stage", "Created Date", "Close Date"], ["Closed Won", "2026-01-05", "2026-02-04"], ["Prospecting", "2026-01-06", "2026-03-31"]],
 *   currentStageColumns(["Stage", "Created Date", "Close Date"])!,
 *   { stageSource: "default", firstRow: 1, firstColumn: 1 },
 * );
 * log.reading?.stageOrder //=> { source: "crmDefault", name: "Salesforce" }
 * log.deals.cycleDays     //=> Float64Array [30, NaN]
 */
export function readCurrentStage(grid: Grid, columns: CurrentStageColumns, options: CurrentStageOptions): DealLog {
  // Text dates: each distinct string read once; numbers-only dates (03/04/2026) in the order each date column's own
  // values settle (else the caller's option or locale), decided when its first one is met — as a wide log's columns.
  const textDates = new TextDateCache();
  const dateDecisions = new Map<number, DateColumnDecision>();
  const { stages, stageOrder } = stageOrderOf(grid, columns, options);
  const last = stages.names.length - 1;
  const header = grid[0] ?? [];
  const headerOf = (column: number) => cellText(header[column]);
  const where = (rowIndex: number, column: number) => ({
    row: options.firstRow + rowIndex,
    column: columnLetter(options.firstColumn + column),
    header: headerOf(column),
  });
  const problems: Problem[] = [];
  const capacity = Math.max(0, grid.length - 1);
  const furthest = new Int32Array(capacity);
  const status = new Uint8Array(capacity);
  const amount = new Float64Array(capacity);
  const cycleDays = new Float64Array(capacity);
  const rows = new Int32Array(capacity);
  const wonDateColumns = [columns.wonDate, columns.closeDate, columns.expectedClose].filter((column) => column !== undefined);
  const hasCycle = columns.created !== undefined && wonDateColumns.length > 0;
  let sawOutcome = columns.status !== undefined;
  let lostWithoutStage = 0;
  let count = 0;
  // Report footers, totals and separator lines at the bottom (a row with a stage or status is never one).
  const filled = (row: readonly unknown[], column: number | undefined) => column !== undefined && !isBlankCell(row[column]);
  const footer = new Set(trailingFurniture(grid, 1, (row) => filled(row, columns.stage) || filled(row, columns.status) || filled(row, columns.lostAt)));
  // A header repeated inside the data (a monday.com group's), with the group's name above it.
  for (const index of repeatedHeaderRows(grid, 1)) footer.add(index);
  let furnitureRows = 0;
  // Deals with an amount, by currency (a currency column's code, else the amount's own sign or code).
  const currencyDeals = new Map<string, number>();

  for (let rowIndex = 1; rowIndex < grid.length; rowIndex++) {
    const row = grid[rowIndex];
    if (row.every(isBlankCell)) continue;
    if (footer.has(rowIndex) || (!filled(row, columns.stage) && isSeparatorRow(row))) {
      furnitureRows++;
      continue;
    }
    const stageCell = row[columns.stage];
    const stageText = isBlankCell(stageCell) ? "" : cellText(stageCell).trim();
    const stated = stageText === "" ? undefined : outcomeOfStage(stageText);
    // A closed-lost word is an outcome even when a list names it; a closed-won one may be the won stage itself.
    let stage = stageText === "" || stated === "lost" ? -1 : stageIndex(stages, stageText);
    let outcome: DealStatus | undefined = stated;
    if (stated !== undefined) sawOutcome = true;

    if (columns.status !== undefined && !isBlankCell(row[columns.status])) {
      const cell = row[columns.status];
      const said = readDealStatus(typeof cell === "string" ? cell : cellText(cell));
      if (said === undefined) {
        problems.push({ ...where(rowIndex, columns.status), code: "status.unknown", params: { value: cellText(cell) } });
      } else if (outcome === undefined) {
        outcome = said;
      } else if (said !== outcome) {
        problems.push({ ...where(rowIndex, columns.status), code: "status.stageConflict", params: { value: cellText(cell), stage: stageText } });
      }
    }
    if (stage < 0 && stated === undefined && stageText !== "") {
      problems.push({ ...where(rowIndex, columns.stage), code: "stage.unknown", params: { value: stageText } });
      continue;
    }
    if (stageText === "" && outcome !== "won" && outcome !== "lost") {
      problems.push({ ...where(rowIndex, columns.stage), code: "row.noStage", params: {} });
      continue;
    }
    // No status column and no closed stage, but a lost reason (Odoo keeps a lost deal at its stage with one): lost.
    if (outcome === undefined && columns.status === undefined && stage !== last && filled(row, columns.text.get("lostReason"))) {
      outcome = "lost";
      sawOutcome = true;
    }
    outcome ??= stage === last ? "won" : "open";

    if (outcome === "won") {
      stage = last;
    } else if (outcome === "lost") {
      const lostAtCell = columns.lostAt === undefined ? undefined : row[columns.lostAt];
      if (columns.lostAt !== undefined && !isBlankCell(lostAtCell)) {
        const lostAtText = cellText(lostAtCell).trim();
        stage = stageIndex(stages, lostAtText);
        if (stage < 0) problems.push({ ...where(rowIndex, columns.lostAt), code: "stage.unknown", params: { value: lostAtText } });
      }
      if (stage < 0) {
        stage = 0;
        lostWithoutStage++;
      } else if (stage === last) {
        const column = columns.status ?? columns.stage;
        problems.push({ ...where(rowIndex, column), code: "status.lostAtLastStage", params: { value: cellText(row[column]), stage: stages.names[last] } });
      }
    }

    furthest[count] = stage;
    status[count] = STATUS_CODE[outcome];
    rows[count] = options.firstRow + rowIndex;
    cycleDays[count] = outcome === "won" && hasCycle ? cycleOf(row, rowIndex) : NaN;
    amount[count] = columns.amount === undefined ? NaN : amountOf(row, rowIndex, columns.amount);
    count++;
  }

  /** The won deal's cycle in days, or NaN (a date missing or unreadable, reported; or the won date first). */
  function cycleOf(row: readonly unknown[], rowIndex: number): number {
    const created = dateOf(row, rowIndex, columns.created!);
    let won: number | null = null;
    let wonColumn = -1;
    for (const column of wonDateColumns) {
      won = dateOf(row, rowIndex, column);
      wonColumn = column;
      if (won !== null) break;
    }
    if (created === null || won === null || Number.isNaN(created) || Number.isNaN(won)) return NaN;
    if (won < created) {
      problems.push({ ...where(rowIndex, wonColumn), code: "date.closeBeforeCreated", params: { value: cellText(row[wonColumn]), created: cellText(row[columns.created!]) } });
      return NaN;
    }
    return won - created;
  }

  /** A date cell: its day, `null` when blank, NaN when unreadable (reported). */
  function dateOf(row: readonly unknown[], rowIndex: number, column: number): number | null {
    const cell = row[column];
    let day: number | null | DateProblem;
    if (typeof cell !== "string") day = readDateCell(cell, options.timeZone);
    else {
      const reading = textDates.read(cell);
      if (reading === null || typeof reading !== "object") day = reading;
      else {
        let decision = dateDecisions.get(column);
        if (decision === undefined) dateDecisions.set(column, (decision = decideColumnOrder(grid, column, rowIndex, textDates, options.dateDefaults ?? {})));
        day = dayOfColumnDate(reading, decision.order);
      }
    }
    if (typeof day === "string") {
      problems.push({ ...where(rowIndex, column), code: day, params: { value: cellText(row[column]) } });
      return NaN;
    }
    return day;
  }

  function amountOf(row: readonly unknown[], rowIndex: number, column: number): number {
    const value = readAmountCell(row[column], columns.amountExponent);
    if (typeof value === "string") {
      problems.push({ ...where(rowIndex, column), code: value, params: { value: cellText(row[column]) } });
      return NaN;
    }
    if (value !== null) {
      const written = columns.currency === undefined ? undefined : row[columns.currency];
      const currency = (typeof written === "string" ? currencyOfCode(written) : undefined) ?? cellCurrency(row[column]);
      if (currency !== undefined) currencyDeals.set(currency, (currencyDeals.get(currency) ?? 0) + 1);
    }
    return value ?? NaN;
  }

  const counted = rows.subarray(0, count);
  const deals: DealTable = {
    stages,
    count,
    hasDates: false,
    stageDays: new Float32Array(0),
    furthest: furthest.subarray(0, count),
    status: status.subarray(0, count),
    hasStatus: sawOutcome,
    amount: amount.subarray(0, count),
    hasAmount: columns.amount !== undefined,
    rows: counted,
    cycleDays: cycleDays.subarray(0, count),
    text: lazyTextColumns(grid, options.firstRow, counted, columns.text),
  };
  // Several currencies: listed, most deals first, and no pipeline velocity across them (as for a wide log).
  const currencies = [...currencyDeals].sort((a, b) => b[1] - a[1]);
  const reading: ReadingNotes = {
    shape: "currentStage",
    stageOrder,
    ...(furnitureRows === 0 ? {} : { furnitureRows }),
    ...(lostWithoutStage > 0 ? { lostWithoutStage } : {}),
    ...(currencies.length < 2 ? {} : { currencies: currencies.map(([code]) => code), currencyDeals: currencies.map(([, n]) => n) }),
    ...(hasCycle ? { cycleFrom: "createdToClose" as const } : {}),
    ...dateColumnNotes([...dateDecisions].map(([column, decision]) => [cellText(grid[0][column]), decision] as const)),
  };
  return { shape: "currentStage", deals, problems, reading };
}
