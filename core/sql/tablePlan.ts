import { enteredStage } from "../model/crmHeaders";
import type { Locale } from "../model/locale";
import { nameKey } from "../model/normalize";
import { DEFAULT_STAGES, type StageList } from "../model/stages";
import { amountExponentOfHeader, FIELD_HEADERS, fieldOfHeader } from "../model/words";
import { GROUP_FIELDS, groupByColumn } from "../parse/groupColumn";
import { historyColumns } from "../parse/historyColumns";
import { detectShape, stageHeaders } from "../parse/shape";

/** The two table shapes the SQL reads (DEFINITIONS §2): one row per deal, or one row per stage change. */
export type SqlShape = "wide" | "history";

/** Columns a user may name with `--column FIELD=NAME`, over the header's own words. */
export type SqlColumnField = "status" | "amount" | "deal" | "stage" | "date" | "row";
export const SQL_COLUMN_FIELDS: readonly SqlColumnField[] = ["status", "amount", "deal", "stage", "date", "row"];

/** What the emitter reads from a wide deals table: one column of dates per stage, an outcome, an amount. */
export interface WideTablePlan {
  readonly shape: "wide";
  /** The stages, in order, spelled as the columns spell them (as the core's report names them). */
  readonly stages: readonly string[];
  /** The column of each stage's dates (DATE or TIMESTAMP), in stage order. */
  readonly stageColumns: readonly string[];
  /** HubSpot's `Date entered "Closed Lost"`: a date there marks the deal lost (no stage). */
  readonly lostColumn?: string;
  /** Every stage column holds LATEST entry dates (HubSpot): backwards dates mark a re-entered deal, not a bad row. */
  readonly latestEntries: boolean;
  readonly statusColumn?: string;
  readonly amountColumn?: string;
  /** Power of ten the amount column's header puts its figures in (`金额（万元）` → 4). */
  readonly amountExponent: number;
  /** A column giving the rows' order (the file's row number): a group is named as its first row spells it (`--by`). */
  readonly rowColumn?: string;
  /** The column the deals are split by (`--by`, DEFINITIONS §4 "Segments"). */
  readonly groupColumn?: string;
}

/** What the emitter reads from a stage-history table: deal, stage entered, day; outcome and amount of the latest row. */
export interface HistoryTablePlan {
  readonly shape: "history";
  readonly stages: readonly string[];
  /** Every folded name (nameKey) a stage answers to, with its position: its own and a default stage's other-language name. */
  readonly stageKeys: ReadonlyMap<string, number>;
  /** True when the order was given (`--stages`): a value naming a stage of it is that stage even when it is an outcome word. */
  readonly fixedOrder: boolean;
  readonly dealColumn: string;
  readonly stageColumn: string;
  readonly dateColumn: string;
  readonly statusColumn?: string;
  readonly amountColumn?: string;
  readonly amountExponent: number;
  /** A column giving the rows' order (the file's row number): ties on the latest day go to the later row. */
  readonly rowColumn?: string;
  /** The column the deals are split by (`--by`): a deal's group is its latest row's cell. */
  readonly groupColumn?: string;
}

export type TablePlan = WideTablePlan | HistoryTablePlan;

/** Why no plan could be made; the command line words it (cli/cliText.ts `sql…`). */
export class SqlPlanError extends Error {
  constructor(
    readonly reason: "fewStages" | "noColumn" | "fromTo" | "notInHeader" | "stageNoColumn" | "byNoColumn",
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/** How to plan: the table's header (its column names) when known, the stage order, and named columns. */
export interface TablePlanOptions {
  readonly shape: SqlShape;
  readonly stages: StageList;
  /** True when the order was given (`--stages`), false for the default stages. */
  readonly fixedOrder: boolean;
  /** The table's column names in order; without them, the template's own headers in `locale` are assumed. */
  readonly header?: readonly string[];
  readonly columns?: Partial<Record<SqlColumnField, string>>;
  readonly locale: Locale;
  /** `--by FIELD`: the deals split by the column FIELD names (core/parse/groupColumn.ts groupByColumn's rules). */
  readonly by?: string;
}

/**
 * Decides which column of a table holds what, with the readers' own header rules (core/parse/shape.ts,
 * core/parse/historyColumns.ts, core/model/words.ts fieldOfHeader), so a table loaded from a CSV the core reads is
 * read the same way. Without a header the template's headers are assumed: the stage names, 状态/Status, 金额/Amount
 * (history: 商机编号/Deal ID, 阶段/Stage, 进入日期/Date). `columns` overrides any of them.
 * @example
 * planTable({ shape: "wide", stages: stageList(["Lead", "Won"]), fixedOrder: true, header: ["Lead date", "Won", "Status"], locale: "en" })
 * //=> { shape: "wide", stages: ["Lead", "Won"], stageColumns: ["Lead date", "Won"], statusColumn: "Status", … }
 */
export function planTable(options: TablePlanOptions): TablePlan {
  const plan = options.shape === "wide" ? planWide(options) : planHistory(options);
  return options.by === undefined ? plan : { ...plan, groupColumn: groupColumnOf(options, options.by) };
}

/**
 * The column `--by FIELD` names, by `analyze --by`'s rules (core/parse/groupColumn.ts) among the header; without
 * a header, the template's header for a field word (`source` → 线索来源 / Source), else FIELD as written.
 */
function groupColumnOf(options: TablePlanOptions, by: string): string {
  if (options.header === undefined) {
    const word = by.trim().toLowerCase();
    return (GROUP_FIELDS as readonly string[]).includes(word) ? FIELD_HEADERS[word as (typeof GROUP_FIELDS)[number]][options.locale] : by.trim();
  }
  const column = groupByColumn(options.header, by);
  if (column === undefined) throw new SqlPlanError("byNoColumn", by);
  return options.header[column];
}

function named(options: TablePlanOptions, field: SqlColumnField): string | undefined {
  const name = options.columns?.[field];
  if (name !== undefined && options.header !== undefined && !options.header.includes(name)) throw new SqlPlanError("notInHeader", name);
  return name;
}

function planWide(options: TablePlanOptions): WideTablePlan {
  const { stages, locale } = options;
  const header = options.header ?? [...stages.names, FIELD_HEADERS.status[locale], FIELD_HEADERS.amount[locale]];
  const shape = detectShape([header], stages);
  if (shape.kind !== "wide") throw new SqlPlanError("fewStages", header.join(", "));
  // A stage given with --stages must head a column (DEFINITIONS §1, §7), as `analyze` insists.
  const found = new Set(stageHeaders(header, stages).map((entry) => entry.stage));
  const missing = stages.names.filter((_, position) => !found.has(position));
  if (options.fixedOrder && shape.stageOrder === undefined && missing.length > 0) throw new SqlPlanError("stageNoColumn", missing.join(", "));
  const stageColumns = shape.stageColumns.map((entry) => header[entry.column]);
  const taken = new Set(shape.stageColumns.map((entry) => entry.column));
  if (shape.lostColumn !== undefined) taken.add(shape.lostColumn);
  const field = (wanted: "status" | "amount") => {
    const column = header.findIndex((cell, index) => !taken.has(index) && fieldOfHeader(cell) === wanted);
    return column < 0 ? undefined : header[column];
  };
  const statusColumn = named(options, "status") ?? field("status");
  const amountColumn = named(options, "amount") ?? field("amount");
  return {
    shape: "wide",
    stages: shape.stages.names,
    stageColumns,
    ...(shape.lostColumn === undefined ? {} : { lostColumn: header[shape.lostColumn] }),
    latestEntries: stageColumns.every((column) => enteredStage(column) !== undefined),
    ...(statusColumn === undefined ? {} : { statusColumn }),
    ...(amountColumn === undefined ? {} : { amountColumn }),
    amountExponent: amountColumn === undefined ? 0 : (amountExponentOfHeader(amountColumn) ?? 0),
    ...(named(options, "row") === undefined ? {} : { rowColumn: named(options, "row")! }),
  };
}

const HISTORY_DEFAULTS = {
  deal: { "zh-CN": "商机编号", en: "Deal ID" },
  stage: { "zh-CN": "阶段", en: "Stage" },
  date: { "zh-CN": "进入日期", en: "Date" },
} as const;

function planHistory(options: TablePlanOptions): HistoryTablePlan {
  const { stages, locale } = options;
  const header =
    options.header ??
    [HISTORY_DEFAULTS.deal[locale], HISTORY_DEFAULTS.stage[locale], HISTORY_DEFAULTS.date[locale], FIELD_HEADERS.status[locale], FIELD_HEADERS.amount[locale]];
  const found = historyColumns(header);
  if (found?.from !== undefined && options.columns?.stage === undefined) throw new SqlPlanError("fromTo", header[found.from]);
  const dealColumn = named(options, "deal") ?? (found === undefined ? undefined : header[found.keys[0]]);
  const stageColumn = named(options, "stage") ?? (found === undefined ? undefined : header[found.stage]);
  const dateColumn = named(options, "date") ?? (found === undefined ? undefined : header[found.date]);
  const missing = (["deal", "stage", "date"] as const).filter((_, index) => [dealColumn, stageColumn, dateColumn][index] === undefined);
  if (missing.length > 0) throw new SqlPlanError("noColumn", missing.join(", "));
  const taken = new Set([dealColumn, stageColumn, dateColumn]);
  const field = (wanted: "status" | "amount") => header.find((cell) => !taken.has(cell) && fieldOfHeader(cell) === wanted);
  const statusColumn = named(options, "status") ?? field("status");
  const amountColumn = named(options, "amount") ?? field("amount");
  const rowColumn = named(options, "row");
  const stageKeys = new Map<string, number>();
  for (const name of [...stages.names, ...DEFAULT_STAGES.flatMap((stage) => [stage["zh-CN"], stage.en])]) {
    const position = stages.indexOf(name);
    if (position >= 0 && !stageKeys.has(nameKey(name))) stageKeys.set(nameKey(name), position);
  }
  return {
    shape: "history",
    stages: stages.names,
    stageKeys,
    fixedOrder: options.fixedOrder,
    dealColumn: dealColumn!,
    stageColumn: stageColumn!,
    dateColumn: dateColumn!,
    ...(statusColumn === undefined ? {} : { statusColumn }),
    ...(amountColumn === undefined ? {} : { amountColumn }),
    amountExponent: amountColumn === undefined ? 0 : (amountExponentOfHeader(amountColumn) ?? 0),
    ...(rowColumn === undefined ? {} : { rowColumn }),
  };
}
