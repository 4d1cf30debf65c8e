import type { Locale } from "../core/model/locale";
import type { StageList } from "../core/model/stages";
import { stageList } from "../core/model/stages";
import { reportSql } from "../core/sql/reportSql";
import { SQL_DIALECTS, type SqlDialect } from "../core/sql/sqlText";
import { planTable, SQL_COLUMN_FIELDS, SqlPlanError, type SqlColumnField, type SqlShape } from "../core/sql/tablePlan";
import { byNoColumnLine } from "./byNoColumnLine";
import { cliText } from "./cliText";
import { parseCsv } from "./readTable";

/** A `sql` option the user got wrong: exit code 2 with the usage (`usage` true) or 1. */
export class SqlCommandFailure extends Error {
  constructor(
    message: string,
    readonly usage: boolean,
  ) {
    super(message);
  }
}

/** The options of `sql`, as parsed. */
export interface SqlCommandOptions {
  readonly dialect?: string;
  readonly shape?: string;
  readonly stages?: StageList;
  readonly table?: string;
  readonly columns?: string;
  readonly column?: readonly string[];
  /** `--by FIELD`: the figures per group of that column (DEFINITIONS §4 "Segments"). */
  readonly by?: string;
}

/**
 * `sql`: prints one query that computes the report's figures in a database (core/sql/reportSql.ts). The table's
 * columns are found by the readers' header words among `--columns` (the table's column names, as a CSV line),
 * else the template's headers are assumed; `--column FIELD=NAME` names any of them. Nothing is read or run.
 * @example
 * sqlCommand({ dialect: "postgres", table: "sales.deals" }, "zh-CN") // WITH source AS (… FROM "sales"."deals") …
 */
export function sqlCommand(options: SqlCommandOptions, locale: Locale): string {
  const dialect = (options.dialect ?? "duckdb").trim().toLowerCase();
  if (!(SQL_DIALECTS as readonly string[]).includes(dialect)) throw new SqlCommandFailure(`--dialect: ${cliText(locale, "sqlUnknownDialect", { value: options.dialect ?? "" })}`, true);
  const shape = (options.shape ?? "wide").trim().toLowerCase();
  if (shape !== "wide" && shape !== "history") throw new SqlCommandFailure(`--shape: ${cliText(locale, "sqlUnknownShape", { value: options.shape ?? "" })}`, true);
  const columns: Partial<Record<SqlColumnField, string>> = {};
  for (const entry of options.column ?? []) {
    const at = entry.indexOf("=");
    const field = entry.slice(0, Math.max(0, at)).trim().toLowerCase();
    const name = entry.slice(at + 1);
    if (at < 0 || !(SQL_COLUMN_FIELDS as readonly string[]).includes(field) || name === "") {
      throw new SqlCommandFailure(cliText(locale, "sqlBadColumn", { fields: SQL_COLUMN_FIELDS.join(", "), value: entry }), true);
    }
    columns[field as SqlColumnField] = name;
  }
  const table = tableName(options.table ?? "deals");
  if (table === undefined) throw new SqlCommandFailure(cliText(locale, "sqlBadTable", { value: options.table ?? "" }), true);
  const header = options.columns === undefined ? undefined : (parseCsv(options.columns)[0] ?? []).map((name) => name.trim()).filter((name) => name !== "");
  try {
    const plan = planTable({
      shape: shape as SqlShape,
      stages: options.stages ?? stageList(undefined, locale),
      fixedOrder: options.stages !== undefined,
      ...(header === undefined ? {} : { header }),
      columns,
      locale,
      ...(options.by === undefined ? {} : { by: options.by }),
    });
    return reportSql(plan, { dialect: dialect as SqlDialect, table });
  } catch (error) {
    if (!(error instanceof SqlPlanError)) throw error;
    if (error.reason === "byNoColumn") {
      throw new SqlCommandFailure(`--by${locale === "zh-CN" ? "：" : ": "}${byNoColumnLine(error.detail, header ?? [], options.stages ?? stageList(undefined, locale), locale)}`, false);
    }
    const key = ({ fewStages: "sqlFewStages", noColumn: "sqlNoColumn", fromTo: "sqlFromTo", notInHeader: "sqlNotInHeader", stageNoColumn: "sqlStageNoColumn" } as const)[error.reason as Exclude<SqlPlanError["reason"], "byNoColumn">];
    throw new SqlCommandFailure(cliText(locale, key, { detail: error.detail }), false);
  }
}

/**
 * A table name's parts: split at dots outside double quotes, a quoted part's `""` read as one quote.
 * `undefined` for an empty part or an unclosed quote.
 * @example
 * tableName('sales."deals.2026"') //=> ["sales", "deals.2026"]
 */
export function tableName(text: string): string[] | undefined {
  const parts: string[] = [];
  let index = 0;
  const source = text.trim();
  while (index <= source.length) {
    let part = "";
    if (source[index] === '"') {
      index++;
      for (;;) {
        if (index >= source.length) return undefined;
        if (source[index] === '"') {
          if (source[index + 1] === '"') {
            part += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        part += source[index++];
      }
      if (index < source.length && source[index] !== ".") return undefined;
    } else {
      const dot = source.indexOf(".", index);
      const end = dot < 0 ? source.length : dot;
      part = source.slice(index, end).trim();
      index = end;
    }
    if (part === "") return undefined;
    parts.push(part);
    if (index >= source.length) break;
    index++; // the dot
  }
  return parts.length === 0 ? undefined : parts;
}
