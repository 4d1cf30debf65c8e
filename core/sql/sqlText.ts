/** The SQL dialects the emitter writes (issue 15): DuckDB and PostgreSQL; BigQuery differences are documented. */
export type SqlDialect = "duckdb" | "postgres";

/** The dialects, for a command line to list. */
export const SQL_DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres"];

/**
 * A SQL identifier in double quotes, inner quotes doubled: any header works as a column or table name, spaces,
 * quotes and Chinese included, and no user text ever reaches the SQL unquoted. A NUL character cannot be quoted
 * (neither engine accepts it) and is refused. Both dialects quote this way (BigQuery uses backticks instead).
 * @example
 * quoteIdentifier('Amount "USD"') //=> '"Amount ""USD"""'
 * quoteIdentifier("线索日期")      //=> '"线索日期"'
 */
export function quoteIdentifier(name: string): string {
  if (name.includes("\0")) throw new RangeError("An SQL name cannot hold a NUL character.");
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A table name: `schema.table` when written with one dot outside quotes is NOT split — the whole text is one
 * name, quoted. A qualified name is given as a list of parts (`["sales", "deals"]`), each part quoted.
 * @example
 * quoteTableName(["sales", "deals"]) //=> '"sales"."deals"'
 */
export function quoteTableName(parts: readonly string[]): string {
  if (parts.length === 0) throw new RangeError("A table name needs at least one part.");
  return parts.map(quoteIdentifier).join(".");
}

/**
 * A SQL string literal: single quotes, inner quotes doubled. Backslashes are ordinary characters in both
 * dialects (PostgreSQL's standard_conforming_strings, on by default; DuckDB always), so nothing else is escaped.
 * @example
 * quoteLiteral("it's") //=> "'it''s'"
 */
export function quoteLiteral(text: string): string {
  if (text.includes("\0")) throw new RangeError("An SQL string cannot hold a NUL character.");
  return `'${text.replace(/'/g, "''")}'`;
}
