import { DuckDBInstance } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import type { FigureRow } from "../../core/sql/figuresOfRows";
import type { SegmentRow } from "../../core/sql/segmentsOfRows";
import { quoteIdentifier, quoteLiteral, type SqlDialect } from "../../core/sql/sqlText";

/** A column of a test table: dates are real DATE columns, amounts and row numbers numbers, the rest text. */
export interface TableColumn {
  readonly name: string;
  readonly type: "DATE" | "VARCHAR" | "DOUBLE PRECISION";
}

/** A cell of a test table: an ISO day for a DATE column, a number, text, or NULL. */
export type TableValue = string | number | null;

/** One in-process database: DuckDB or PostgreSQL (PGlite). */
export interface Engine {
  readonly dialect: SqlDialect;
  load(table: string, columns: readonly TableColumn[], rows: readonly (readonly TableValue[])[]): Promise<void>;
  figures(sql: string): Promise<FigureRow[]>;
  /** The grouped query's rows (a plan with a group column). */
  segments(sql: string): Promise<SegmentRow[]>;
  close(): Promise<void>;
}

function literal(value: TableValue, type: TableColumn["type"]): string {
  if (value === null) return "NULL";
  if (type === "DATE") return `CAST(${quoteLiteral(String(value))} AS DATE)`;
  if (type === "DOUBLE PRECISION") {
    if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(`not a number: ${value}`);
    return `CAST(${String(value)} AS DOUBLE PRECISION)`;
  }
  return quoteLiteral(String(value));
}

/** CREATE TABLE and INSERT statements (batches of 500 rows), every name and value quoted. */
export function loadStatements(table: string, columns: readonly TableColumn[], rows: readonly (readonly TableValue[])[]): string[] {
  const statements = [
    `DROP TABLE IF EXISTS ${quoteIdentifier(table)}`,
    `CREATE TABLE ${quoteIdentifier(table)} (${columns.map((column) => `${quoteIdentifier(column.name)} ${column.type}`).join(", ")})`,
  ];
  for (let start = 0; start < rows.length; start += 500) {
    const values = rows.slice(start, start + 500).map((row) => `(${columns.map((column, index) => literal(row[index] ?? null, column.type)).join(", ")})`);
    statements.push(`INSERT INTO ${quoteIdentifier(table)} VALUES ${values.join(", ")}`);
  }
  return statements;
}

const asNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

const segmentRow = (row: Record<string, unknown>): SegmentRow => ({
  grp: Number(row.grp),
  groupLabel: String(row.group_label),
  figure: String(row.figure),
  position: asNumber(row.position),
  value: asNumber(row.value),
});

export async function duckdbEngine(): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  return {
    dialect: "duckdb",
    async load(table, columns, rows) {
      for (const statement of loadStatements(table, columns, rows)) await connection.run(statement);
    },
    async figures(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((row) => ({ figure: String(row.figure), position: asNumber(row.position), value: asNumber(row.value) }));
    },
    async segments(sql) {
      return (await connection.runAndReadAll(sql)).getRowObjectsJS().map(segmentRow);
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function postgresEngine(): Promise<Engine> {
  const db = new PGlite();
  return {
    dialect: "postgres",
    async load(table, columns, rows) {
      for (const statement of loadStatements(table, columns, rows)) await db.exec(statement);
    },
    async figures(sql) {
      const result = await db.query<{ figure: string; position: number | null; value: number | null }>(sql);
      return result.rows.map((row) => ({ figure: row.figure, position: asNumber(row.position), value: asNumber(row.value) }));
    },
    async segments(sql) {
      return (await db.query<Record<string, unknown>>(sql)).rows.map(segmentRow);
    },
    async close() {
      await db.close();
    },
  };
}
