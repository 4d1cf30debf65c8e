import { nameKey } from "../model/normalize";
import { DEAL_STATUS_ALIASES, DEAL_STATUS_WORDS, type DealStatus } from "../model/words";
import { jsTrimSql, nameKeySql } from "./nameKeySql";
import { quoteIdentifier, quoteLiteral, quoteTableName, type SqlDialect } from "./sqlText";
import type { HistoryTablePlan, TablePlan, WideTablePlan } from "./tablePlan";

/** How to write the query. */
export interface ReportSqlOptions {
  readonly dialect: SqlDialect;
  /** The table (or view) to read, as name parts: `["deals"]`, `["sales", "deals"]`. */
  readonly table: readonly string[];
}

/** The outcome codes the query uses (core/model/dealTable.ts STATUS_CODE). */
const OPEN = 0;
const WON = 1;
const LOST = 2;
/** A history row's stage codes beside stage positions (core/parse/stageHistory.ts). */
const NO_STAGE = -1;
const WON_ROW = -2;
const LOST_ROW = -3;
const DROPPED = -5;

const D = "DOUBLE PRECISION";

/** Every folded status word of one outcome (DEFINITIONS §3), as the core's readDealStatus knows them. */
function statusKeys(status: DealStatus): string[] {
  return [...new Set([DEAL_STATUS_WORDS[status]["zh-CN"], DEAL_STATUS_WORDS[status].en, ...DEAL_STATUS_ALIASES[status]].map(nameKey))];
}

const inList = (keys: readonly string[]) => `(${keys.map(quoteLiteral).join(", ")})`;

/** `d0`, `d1`, … : the query's own names for the stage days (never a user's text). */
const day = (stage: number) => `d${stage}`;

/**
 * One SQL query (CTEs, no views, nothing created) that computes the report's figures (DEFINITIONS §4) over a deals
 * table of either shape, in `options.dialect`. It answers one row per figure — `line` (its order), `figure`,
 * `position` (the stage's 0-based position, NULL for a whole-log figure), `stage`, `value` (a double, NULL where
 * the denominator is empty) — which {@link figuresOfRows} (core/sql/figuresOfRows.ts) turns into the report's shape.
 *
 * Figures: deals; per stage reached, step_conversion, overall_conversion, drop_off; win_rate; cycle_time_median,
 * _mean, _p90 (percentile_cont = PERCENTILE.INC), _n; per stage but the last time_in_stage_median, _mean, _n and
 * loss_lost, loss_share; average_won_amount; pipeline_velocity; open_pipeline_amount.
 *
 * Segments (`plan.groupColumn`, `--by`, DEFINITIONS §4 "Segments"): the same figures per group, plus won_deals and
 * lost_deals (for the core's test of each group's win rate, core/metrics/segments.ts groupTests, which stays in
 * TypeScript). A deal's group is its cell folded as names are (nameKey: NFKC, trim, spaces, lower case); blank is
 * a group of its own (label ''). The answer gains `grp` (the group's place: most deals first, ties by first
 * appearance — the row column's order, else the label —, the blank group last) and `group_label` (trimmed, as its
 * first row spells it), ordered by grp, line; {@link segmentsOfRows} (core/sql/segmentsOfRows.ts) reads it.
 * @example
 * reportSql(planTable({ shape: "wide", stages: stageList(), fixedOrder: false, locale: "zh-CN" }), { dialect: "duckdb", table: ["deals"] })
 * // WITH source AS (SELECT CAST("线索" AS DATE) AS d0, …) … SELECT line, figure, position, stage, value FROM figures ORDER BY line
 */
export function reportSql(plan: TablePlan, options: ReportSqlOptions): string {
  const deals = plan.shape === "wide" ? wideDeals(plan, options) : historyDeals(plan, options);
  const hasStatus = plan.shape === "wide" ? (plan.statusColumn !== undefined || plan.lostColumn !== undefined ? "TRUE" : "FALSE") : plan.statusColumn !== undefined ? "TRUE" : "(SELECT COUNT(*) > 0 FROM steps WHERE code IN (-2, -3))";
  const header = [
    `-- sales-tracker: the report's figures (docs/DEFINITIONS.md §4) over ${plan.shape === "wide" ? "a wide deals table" : "a stage-history table"}, ${options.dialect}`,
    `-- stages: ${plan.stages.join(" > ").replace(/[\r\n]/g, " ")}`,
  ].join("\n");
  const latestEntries = plan.shape === "wide" && plan.latestEntries;
  if (plan.groupColumn === undefined) {
    return `${header}\nWITH\n${[...deals, ...figuresSql(plan.stages, hasStatus, latestEntries, options.dialect)].join(",\n")}\nSELECT line, figure, position, stage, value FROM figures ORDER BY line\n`;
  }
  const ctes = [...deals, ...groupsSql(options.dialect), ...figuresSql(plan.stages, hasStatus, latestEntries, options.dialect, true)];
  return `${header}\n-- by: ${plan.groupColumn.replace(/[\r\n]/g, " ")}\nWITH\n${ctes.join(",\n")}\nSELECT group_list.grp, group_list.label AS group_label, line, figure, position, stage, value\nFROM figures JOIN group_list ON figures.group_key = group_list.group_key\nORDER BY group_list.grp, line\n`;
}

/**
 * The groups of `deals` (columns group_text, deal_order): each distinct cell folded once (`group_keys`), every deal
 * with its group's key (`grouped_deals`), and the list of groups with their place and name (`group_list`).
 */
function groupsSql(dialect: SqlDialect): string[] {
  const fold = nameKeySql("group_text", dialect, { words: [], outcomeSuffix: false, every: true });
  return [
    `group_keys AS (\n  SELECT group_text, ${fold} AS group_key, ${jsTrimSql("group_text", dialect)} AS group_label\n  FROM (SELECT DISTINCT group_text FROM deals WHERE group_text IS NOT NULL) AS v\n)`,
    `grouped_deals AS (\n  SELECT deals.*, COALESCE(group_keys.group_key, '') AS group_key, COALESCE(group_keys.group_label, '') AS group_label\n  FROM deals LEFT JOIN group_keys ON deals.group_text = group_keys.group_text\n)`,
    `group_names AS (\n  SELECT group_key, group_label, MIN(deal_order) AS first_order, COUNT(*) AS members\n  FROM grouped_deals GROUP BY group_key, group_label\n)`,
    `group_firsts AS (\n  SELECT group_key, group_label AS label, SUM(members) OVER (PARTITION BY group_key) AS members, MIN(first_order) OVER (PARTITION BY group_key) AS first_order,\n    ROW_NUMBER() OVER (PARTITION BY group_key ORDER BY first_order NULLS LAST, group_label) AS nth\n  FROM group_names\n)`,
    `group_list AS (\n  SELECT group_key, label, ROW_NUMBER() OVER (ORDER BY CASE WHEN group_key = '' THEN 1 ELSE 0 END, members DESC, first_order NULLS LAST, label) AS grp\n  FROM group_firsts WHERE nth = 1\n)`,
  ];
}

/** The status code of a folded status key: won, lost, else open (an unknown word is open, DEFINITIONS §5). */
function statusCodeSql(key: string): string {
  return `CASE WHEN ${key} IN ${inList(statusKeys("won"))} THEN ${WON} WHEN ${key} IN ${inList(statusKeys("lost"))} THEN ${LOST} ELSE ${OPEN} END`;
}

const statusWords = () => [...statusKeys("won"), ...statusKeys("lost"), ...statusKeys("open")];

/** The amount column as a number; below zero is NULL, no deal value (`amount.negative`, DEFINITIONS §5). */
function amountSql(column: string, exponent: number): string {
  const value = `CAST(${quoteIdentifier(column)} AS ${D})`;
  const kept = `CASE WHEN ${value} >= 0 THEN ${value} END`;
  return exponent === 0 ? kept : `${kept} * ${10 ** exponent}`;
}

/** Later stage dated before an earlier one (DEFINITIONS §1, §5 `date.backwards`): some day below the latest before it. */
function backwardsSql(stageCount: number): string {
  const parts: string[] = [];
  for (let stage = 1; stage < stageCount; stage++) {
    const before = stage === 1 ? day(0) : `GREATEST(${Array.from({ length: stage }, (_, s) => day(s)).join(", ")})`;
    parts.push(`COALESCE(${day(stage)} < ${before}, FALSE)`);
  }
  return parts.length === 0 ? "FALSE" : `(${parts.join(" OR ")})`;
}

/** The furthest stage: the last one with a date; 0 when none (a deal lost with no stage dated). */
function furthestSql(stageCount: number): string {
  const arms = [];
  for (let stage = stageCount - 1; stage >= 1; stage--) arms.push(`WHEN ${day(stage)} IS NOT NULL THEN ${stage}`);
  return `CASE ${arms.join(" ")} ELSE 0 END`;
}

const days = (stageCount: number) => Array.from({ length: stageCount }, (_, stage) => day(stage));

/**
 * A wide table's deals (DEFINITIONS §2, §5): each row's stage days; a row with no stage date (nor a lost date) or
 * with a later stage dated before an earlier one is left out — unless every stage column holds HubSpot's latest
 * entries, when such a deal is kept and marked re-entered (§1). Outcome from the status column (unknown → open),
 * else the lost column's date, else won at the last stage.
 */
function wideDeals(plan: WideTablePlan, options: ReportSqlOptions): string[] {
  const S = plan.stageColumns.length;
  const last = S - 1;
  const select = [
    ...plan.stageColumns.map((column, stage) => `CAST(${quoteIdentifier(column)} AS DATE) AS ${day(stage)}`),
    ...(plan.lostColumn === undefined ? [] : [`CAST(${quoteIdentifier(plan.lostColumn)} AS DATE) AS lost_day`]),
    ...(plan.statusColumn === undefined ? [] : [`CAST(${quoteIdentifier(plan.statusColumn)} AS VARCHAR) AS status_text`]),
    plan.amountColumn === undefined ? `CAST(NULL AS ${D}) AS amount` : `${amountSql(plan.amountColumn, plan.amountExponent)} AS amount`,
    ...(plan.groupColumn === undefined
      ? []
      : [`CAST(${quoteIdentifier(plan.groupColumn)} AS VARCHAR) AS group_text`, plan.rowColumn === undefined ? `CAST(NULL AS ${D}) AS line` : `CAST(${quoteIdentifier(plan.rowColumn)} AS ${D}) AS line`]),
  ];
  const ctes = [`source AS (\n  SELECT ${select.join(",\n    ")}\n  FROM ${quoteTableName(options.table)}\n)`];
  let from = "source";
  if (plan.statusColumn !== undefined) {
    ctes.push(
      `status_keys AS (\n  SELECT status_text, ${statusCodeSql(nameKeySql("status_text", options.dialect, { words: statusWords(), outcomeSuffix: false }))} AS status_code\n  FROM (SELECT DISTINCT status_text FROM source WHERE status_text IS NOT NULL) AS v\n)`,
      `read_rows AS (\n  SELECT source.*, COALESCE(status_keys.status_code, ${OPEN}) AS status_code\n  FROM source LEFT JOIN status_keys ON source.status_text = status_keys.status_text\n)`,
    );
    from = "read_rows";
  }
  const furthest = furthestSql(S);
  const status =
    plan.statusColumn !== undefined
      ? "status_code"
      : plan.lostColumn !== undefined
        ? `CASE WHEN lost_day IS NOT NULL THEN ${LOST} WHEN ${day(last)} IS NOT NULL THEN ${WON} ELSE ${OPEN} END`
        : `CASE WHEN ${day(last)} IS NOT NULL THEN ${WON} ELSE ${OPEN} END`;
  const dated = [...days(S), ...(plan.lostColumn === undefined ? [] : ["lost_day"])].map((name) => `${name} IS NOT NULL`).join(" OR ");
  const backwards = backwardsSql(S);
  ctes.push(
    `deals AS (\n  SELECT ${days(S).join(", ")},\n    ${furthest} AS furthest,\n    ${status} AS status,\n    amount,\n    ${plan.latestEntries ? backwards : "FALSE"} AS reentered${plan.groupColumn === undefined ? "" : ",\n    group_text, line AS deal_order"}\n  FROM ${from}\n  WHERE (${dated})${plan.latestEntries ? "" : ` AND NOT ${backwards}`}\n)`,
  );
  return ctes;
}

/**
 * A stage history's deals (DEFINITIONS §2 "Stage history", core/parse/stageHistory.ts): rows without a deal, a
 * stage or a date are left out; a stage value is a stage of the order (a given order first), else an outcome
 * (`Closed Won`, `输单`, `Closed-Lost to Competition`, a `(Pipeline)` suffix ignored), else dropped. Each deal gets
 * the first day it entered each stage (a won row enters the last stage); it is lost when its latest lost row is
 * not before its latest entry, else won with a won row, else its latest row's status, else won at the last stage;
 * a deal whose first entries go backwards is left out; a lost deal with no stage counts at the first stage.
 */
function historyDeals(plan: HistoryTablePlan, options: ReportSqlOptions): string[] {
  const { dialect } = options;
  const S = plan.stages.length;
  const last = S - 1;
  const select = [
    `${jsTrimSql(`CAST(${quoteIdentifier(plan.dealColumn)} AS VARCHAR)`, dialect)} AS deal`,
    `CAST(${quoteIdentifier(plan.stageColumn)} AS VARCHAR) AS stage_text`,
    `CAST(${quoteIdentifier(plan.dateColumn)} AS DATE) AS day`,
    ...(plan.statusColumn === undefined ? [] : [`CAST(${quoteIdentifier(plan.statusColumn)} AS VARCHAR) AS status_text`]),
    plan.amountColumn === undefined ? `CAST(NULL AS ${D}) AS amount` : `${amountSql(plan.amountColumn, plan.amountExponent)} AS amount`,
    plan.rowColumn === undefined ? `CAST(NULL AS ${D}) AS line` : `CAST(${quoteIdentifier(plan.rowColumn)} AS ${D}) AS line`,
    ...(plan.groupColumn === undefined ? [] : [`CAST(${quoteIdentifier(plan.groupColumn)} AS VARCHAR) AS group_text`]),
  ];
  const grouped = plan.groupColumn !== undefined;
  const carried = `amount${plan.statusColumn === undefined ? "" : ", status_text"}${grouped ? ", group_text" : ""}`;
  const keys = [...plan.stageKeys.keys()];
  const positionOfKey = `CASE stage_key ${[...plan.stageKeys].map(([key, position]) => `WHEN ${quoteLiteral(key)} THEN ${position}`).join(" ")} END`;
  const words = [...statusWords(), ...keys, "closed", "won", "lost"];
  const outcome = [
    `CASE WHEN base = '' THEN NULL`,
    `WHEN base IN ${inList(statusKeys("won"))} THEN ${WON}`,
    `WHEN base IN ${inList(statusKeys("lost"))} THEN ${LOST}`,
    `WHEN ${regexpTest("base", "^closed[ _-]*won($|[^0-9a-z_])", dialect)} THEN ${WON}`,
    `WHEN ${regexpTest("base", "^closed[ _-]*lost($|[^0-9a-z_])", dialect)} THEN ${LOST} END`,
  ].join(" ");
  const code = [
    `CASE WHEN stage_key = '' THEN ${NO_STAGE}`,
    ...(plan.fixedOrder ? [`WHEN stage_key IN ${inList(keys)} THEN ${positionOfKey}`] : []),
    `WHEN outcome = ${WON} THEN ${WON_ROW}`,
    `WHEN outcome = ${LOST} THEN ${LOST_ROW}`,
    `WHEN stage_key IN ${inList(keys)} THEN ${positionOfKey}`,
    `ELSE ${DROPPED} END`,
  ].join(" ");
  const firstDays = Array.from({ length: S }, (_, stage) => `MIN(CASE WHEN position = ${stage} THEN day END) AS ${day(stage)}`);
  const anyDay = days(S).map((name) => `${name} IS NOT NULL`).join(" OR ");
  const status = [
    `CASE WHEN lost THEN ${LOST}`,
    `WHEN won_rows > 0 THEN ${WON}`,
    plan.statusColumn !== undefined ? `ELSE COALESCE(status_code, ${OPEN}) END` : `WHEN ${day(last)} IS NOT NULL THEN ${WON} ELSE ${OPEN} END`,
  ].join(" ");
  return [
    `source AS (\n  SELECT ${select.join(",\n    ")}\n  FROM ${quoteTableName(options.table)}\n)`,
    `stage_keys AS (\n  SELECT stage_text, stage_key, regexp_replace(stage_key, ' *\\([^()]*\\)$', '') AS base\n  FROM (SELECT stage_text, ${nameKeySql("stage_text", dialect, { words, outcomeSuffix: true })} AS stage_key FROM (SELECT DISTINCT stage_text FROM source WHERE stage_text IS NOT NULL) AS v) AS k\n)`,
    `stage_codes AS (\n  SELECT stage_text, ${code} AS code\n  FROM (SELECT stage_text, stage_key, ${outcome} AS outcome FROM stage_keys) AS o\n)`,
    `steps AS (\n  SELECT source.deal, source.day, source.line, source.amount, ${plan.statusColumn === undefined ? "" : "source.status_text, "}${grouped ? "source.group_text, " : ""}stage_codes.code,\n    CASE WHEN stage_codes.code = ${WON_ROW} THEN ${last} WHEN stage_codes.code >= 0 THEN stage_codes.code END AS position\n  FROM source JOIN stage_codes ON source.stage_text = stage_codes.stage_text\n  WHERE source.deal IS NOT NULL AND source.deal <> '' AND source.day IS NOT NULL AND stage_codes.code NOT IN (${NO_STAGE}, ${DROPPED})\n)`,
    `latest AS (\n  SELECT deal, ${carried}\n  FROM (SELECT deal, ${carried}, ROW_NUMBER() OVER (PARTITION BY deal ORDER BY day DESC, line DESC) AS latest_first FROM steps) AS r\n  WHERE latest_first = 1\n)`,
    ...(plan.statusColumn === undefined
      ? []
      : [
          `latest_status AS (\n  SELECT status_text, ${statusCodeSql(nameKeySql("status_text", dialect, { words: statusWords(), outcomeSuffix: false }))} AS status_code\n  FROM (SELECT DISTINCT status_text FROM latest WHERE status_text IS NOT NULL) AS v\n)`,
        ]),
    `per_deal AS (\n  SELECT deal, ${firstDays.join(",\n    ")},\n    MAX(CASE WHEN code = ${LOST_ROW} THEN day END) AS lost_day,\n    MAX(CASE WHEN code <> ${LOST_ROW} THEN day END) AS entry_day,\n    COUNT(CASE WHEN code = ${WON_ROW} THEN 1 END) AS won_rows\n  FROM steps GROUP BY deal\n)`,
    // A deal's place in the log (`--by`: groups tied on deals go in order of first appearance): its first row with a stage and a date.
    ...(grouped
      ? [
          `deal_first AS (\n  SELECT source.deal, MIN(source.line) AS deal_order\n  FROM source JOIN stage_codes ON source.stage_text = stage_codes.stage_text\n  WHERE source.deal IS NOT NULL AND source.deal <> '' AND source.day IS NOT NULL AND stage_codes.code <> ${NO_STAGE}\n  GROUP BY source.deal\n)`,
        ]
      : []),
    `pivoted AS (\n  SELECT per_deal.*, latest.amount,${grouped ? " latest.group_text, deal_first.deal_order," : ""}\n    (lost_day IS NOT NULL AND (entry_day IS NULL OR lost_day >= entry_day)) AS lost${plan.statusColumn === undefined ? "" : ",\n    latest_status.status_code"}\n  FROM per_deal JOIN latest ON per_deal.deal = latest.deal${grouped ? " JOIN deal_first ON per_deal.deal = deal_first.deal" : ""}${plan.statusColumn === undefined ? "" : "\n    LEFT JOIN latest_status ON latest.status_text = latest_status.status_text"}\n)`,
    `deals AS (\n  SELECT ${days(S).join(", ")},\n    ${furthestSql(S)} AS furthest,\n    ${status} AS status,\n    amount,\n    FALSE AS reentered${grouped ? ",\n    group_text, deal_order" : ""}\n  FROM pivoted\n  WHERE (${anyDay} OR lost) AND NOT ${backwardsSql(S)}\n)`,
  ];
}

/** A regular-expression test in the dialect (the patterns used are the same in RE2 and PostgreSQL's ARE). */
function regexpTest(expression: string, pattern: string, dialect: SqlDialect): string {
  return dialect === "postgres" ? `(${expression} ~ ${quoteLiteral(pattern)})` : `regexp_matches(${expression}, ${quoteLiteral(pattern)})`;
}

/**
 * The figures over a `deals` CTE (columns d0…, furthest, status, amount, reentered): per-deal durations, one row of
 * totals, and one output row per figure. Cycle time: won deals with a last-stage date, from their first dated
 * stage (a re-entered deal only when that is its earliest date); time in stage S: deals dated in S and later, to
 * the earliest later date (re-entered deals left out). Empty denominators are NULL (DEFINITIONS §4).
 */
export function figuresSql(stages: readonly string[], hasStatus: string, latestEntries: boolean, dialect: SqlDialect = "postgres", grouped = false): string[] {
  const S = stages.length;
  const last = S - 1;
  const all = days(S);
  const start = `COALESCE(${all.join(", ")})`;
  const cycleGuard = latestEntries ? ` AND NOT (reentered AND LEAST(${all.join(", ")}) < ${start})` : "";
  const durations = [
    `CASE WHEN status = ${WON} AND ${day(last)} IS NOT NULL${cycleGuard} THEN CAST(${day(last)} - ${start} AS ${D}) END AS cycle`,
    ...Array.from({ length: last }, (_, stage) => {
      const next = `COALESCE(${all.slice(stage + 1).join(", ")})`;
      return `CASE WHEN ${day(stage)} IS NOT NULL AND NOT reentered THEN CAST(${next} - ${day(stage)} AS ${D}) END AS t${stage}`;
    }),
  ];
  // PERCENTILE.INC is percentile_cont in both; DuckDB's list form takes both quantiles from one sort.
  const quantiles = (column: string, prefix: string) =>
    dialect === "duckdb"
      ? [`quantile_cont(${column}, [0.5, 0.9]) AS ${prefix}_quantiles`]
      : [
          `CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${column}) AS ${D}) AS ${prefix}_median`,
          `CAST(percentile_cont(0.9) WITHIN GROUP (ORDER BY ${column}) AS ${D}) AS ${prefix}_p90`,
        ];
  const summary = (column: string, prefix: string) => [...quantiles(column, prefix), `CAST(AVG(${column}) AS ${D}) AS ${prefix}_mean`, `COUNT(${column}) AS ${prefix}_n`];
  const quantileOf = (prefix: string, statistic: "median" | "p90") =>
    dialect === "duckdb" ? `${prefix}_quantiles[${statistic === "median" ? 1 : 2}]` : `${prefix}_${statistic}`;
  const totals = [
    ...(grouped ? ["group_key"] : []),
    "COUNT(*) AS deal_count",
    ...Array.from({ length: S }, (_, stage) => `COUNT(CASE WHEN furthest >= ${stage} THEN 1 END) AS reached${stage}`),
    `COUNT(CASE WHEN status = ${WON} THEN 1 END) AS won`,
    `COUNT(CASE WHEN status = ${LOST} THEN 1 END) AS lost`,
    `COUNT(CASE WHEN status = ${OPEN} THEN 1 END) AS open_deals`,
    ...Array.from({ length: last }, (_, stage) => `COUNT(CASE WHEN status = ${LOST} AND furthest = ${stage} THEN 1 END) AS lost_at${stage}`),
    ...summary("cycle", "cycle"),
    ...Array.from({ length: last }, (_, stage) => summary(`t${stage}`, `t${stage}`)).flat(),
    `CAST(AVG(CASE WHEN status = ${WON} THEN amount END) AS ${D}) AS won_amount`,
    `CAST(SUM(CASE WHEN status = ${OPEN} THEN amount END) AS ${D}) AS open_amount`,
    `COUNT(CASE WHEN status = ${OPEN} AND amount IS NOT NULL THEN 1 END) AS open_priced`,
  ];
  const lostTotal = last === 0 ? "0" : Array.from({ length: last }, (_, stage) => `lost_at${stage}`).join(" + ");
  const measures = [
    "totals.*",
    `CASE WHEN ${hasStatus} AND won + lost > 0 THEN CAST(won AS ${D}) / (won + lost) END AS win_rate`,
    `${lostTotal} AS lost_total`,
  ];
  const rows: { figure: string; position?: number; value: string }[] = [{ figure: "deals", value: "deal_count" }];
  for (let stage = 0; stage < S; stage++) {
    rows.push({ figure: "reached", position: stage, value: `reached${stage}` });
    rows.push({ figure: "step_conversion", position: stage, value: stage === 0 ? "NULL" : `CASE WHEN reached${stage - 1} = 0 THEN NULL ELSE CAST(reached${stage} AS ${D}) / reached${stage - 1} END` });
    rows.push({ figure: "overall_conversion", position: stage, value: `CASE WHEN reached0 = 0 THEN NULL ELSE CAST(reached${stage} AS ${D}) / reached0 END` });
    rows.push({ figure: "drop_off", position: stage, value: stage === last ? "NULL" : `reached${stage} - reached${stage + 1}` });
  }
  rows.push({ figure: "win_rate", value: "win_rate" });
  rows.push({ figure: "cycle_time_median", value: quantileOf("cycle", "median") });
  rows.push({ figure: "cycle_time_mean", value: "cycle_mean" });
  rows.push({ figure: "cycle_time_p90", value: quantileOf("cycle", "p90") });
  rows.push({ figure: "cycle_time_n", value: "cycle_n" });
  for (let stage = 0; stage < last; stage++) {
    rows.push({ figure: "time_in_stage_median", position: stage, value: quantileOf(`t${stage}`, "median") });
    rows.push({ figure: "time_in_stage_mean", position: stage, value: `t${stage}_mean` });
    rows.push({ figure: "time_in_stage_n", position: stage, value: `t${stage}_n` });
  }
  for (let stage = 0; stage < last; stage++) {
    rows.push({ figure: "loss_lost", position: stage, value: `lost_at${stage}` });
    rows.push({ figure: "loss_share", position: stage, value: `CASE WHEN lost_total = 0 THEN NULL ELSE CAST(lost_at${stage} AS ${D}) / lost_total END` });
  }
  rows.push({ figure: "average_won_amount", value: "won_amount" });
  rows.push({
    figure: "pipeline_velocity",
    value: "CASE WHEN win_rate IS NULL OR won_amount IS NULL OR cycle_mean IS NULL OR cycle_mean = 0 THEN NULL ELSE open_deals * win_rate * won_amount / cycle_mean END",
  });
  // Open pipeline amount: 0 with no open deal, unknown (NULL) when open deals have no amount (DEFINITIONS §4).
  rows.push({ figure: "open_pipeline_amount", value: "CASE WHEN open_deals = 0 THEN 0 WHEN open_priced = 0 THEN NULL ELSE open_amount END" });
  if (grouped) rows.push({ figure: "won_deals", value: "won" }, { figure: "lost_deals", value: "lost" });
  const output = rows
    .map(
      (row, line) =>
        `  SELECT ${grouped ? "group_key, " : ""}${line + 1} AS line, ${quoteLiteral(row.figure)} AS figure, ${row.position === undefined ? "CAST(NULL AS INTEGER)" : row.position} AS position, ${row.position === undefined ? "CAST(NULL AS VARCHAR)" : quoteLiteral(stages[row.position])} AS stage, CAST(${row.value} AS ${D}) AS value FROM measures`,
    )
    .join("\n  UNION ALL\n");
  return [
    `durations AS (\n  SELECT ${grouped ? "group_key, " : ""}furthest, status, amount,\n    ${durations.join(",\n    ")}\n  FROM ${grouped ? "grouped_deals" : "deals"}\n)`,
    `totals AS (\n  SELECT ${totals.join(",\n    ")}\n  FROM durations${grouped ? "\n  GROUP BY group_key" : ""}\n)`,
    `measures AS (\n  SELECT ${measures.join(",\n    ")}\n  FROM totals\n)`,
    `figures AS (\n${output}\n)`,
  ];
}
