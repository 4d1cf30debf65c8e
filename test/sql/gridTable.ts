import type { Grid } from "../../core/model/cells";
import { cellText, isBlankCell } from "../../core/model/cells";
import { readAmountCell } from "../../core/parse/amounts";
import { readDateCell } from "../../core/parse/dates";
import type { TablePlan } from "../../core/sql/tablePlan";
import { isoOfDay } from "../oracle/hostGrids";
import type { TableColumn, TableValue } from "./engines";

/** The column added to a loaded history for the rows' order (the file's row numbers). */
export const ROW_COLUMN = "row number";

/**
 * A core grid (header first) as a typed table, the way a database would hold it: the plan's date columns as DATE
 * (each column's numbers-only dates read in the order its values settle, else `dateOrder`, as the core decides
 * per column), the amount as a number (the header's unit left to the SQL, as a database holds what the sheet shows),
 * every other column as text. A row with a date cell that reads as no date cannot be held in a DATE column: it is
 * left out (the core leaves such a row out of every figure too). A history, and a wide log whose plan names
 * {@link ROW_COLUMN} as its row column, also get {@link ROW_COLUMN}.
 */
export function gridTable(grid: Grid, plan: TablePlan, dateOrder?: "mdy" | "dmy"): { columns: TableColumn[]; rows: TableValue[][] } {
  const numbered = plan.shape === "history" || plan.rowColumn === ROW_COLUMN;
  const header = grid[0].map((cell) => cellText(cell));
  const dateColumns = new Set(plan.shape === "wide" ? [...plan.stageColumns, ...(plan.lostColumn === undefined ? [] : [plan.lostColumn])] : [plan.dateColumn]);
  const columns: TableColumn[] = header.map((name) => ({
    name,
    type: dateColumns.has(name) ? "DATE" : name === plan.amountColumn ? "DOUBLE PRECISION" : "VARCHAR",
  }));
  const orders = columns.map((column, index) => (column.type === "DATE" ? columnOrder(grid, index, dateOrder) : undefined));
  const exponent = plan.amountExponent;
  const rows: TableValue[][] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    if (row.every(isBlankCell)) continue;
    let keep = true;
    const values = columns.map((column, index): TableValue => {
      const cell = row[index];
      if (column.type === "DATE") {
        const day = readDateCell(cell, "UTC", orders[index]);
        if (typeof day === "string") keep = false;
        return typeof day === "number" ? isoOfDay(day) : null;
      }
      if (column.type === "DOUBLE PRECISION") {
        const amount = readAmountCell(cell, exponent);
        return typeof amount === "number" ? amount / 10 ** exponent : null;
      }
      return isBlankCell(cell) && typeof cell !== "string" ? null : typeof cell === "string" ? cell : cellText(cell);
    });
    if (!keep) continue;
    if (numbered) values.push(r);
    rows.push(values);
  }
  if (numbered) columns.push({ name: ROW_COLUMN, type: "DOUBLE PRECISION" });
  return { columns, rows };
}

/**
 * The order a column's numbers-only dates are read in: the one its own values leave fewer problems in, else
 * `fallback` (`--date-order`); with neither, none (a date that reads two ways is then no date, as in the core).
 */
function columnOrder(grid: Grid, column: number, fallback: "mdy" | "dmy" | undefined): "mdy" | "dmy" | undefined {
  const problems = (order: "mdy" | "dmy") => grid.slice(1).filter((row) => typeof readDateCell(row[column], "UTC", order) === "string").length;
  const mdy = problems("mdy");
  const dmy = problems("dmy");
  return mdy === dmy ? fallback : dmy < mdy ? "dmy" : "mdy";
}
