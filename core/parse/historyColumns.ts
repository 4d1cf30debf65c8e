import { cellText, isBlankCell, type Grid } from "../model/cells";
import { headerKey } from "../model/normalize";

/**
 * The columns of a stage history (DEFINITIONS §2): one row per stage change, naming the deal, the stage it entered
 * (or the stage it left and the one it entered), and the day. Headers come from the CRMs' own exports
 * (/work/notes/exports-research.md §2.3, §2.5, §4.2, §4.4, §5.3):
 * - Salesforce Opportunity History: `Opportunity ID` / `Opportunity Name`, `From Stage`, `To Stage`,
 *   `Last Modified` (classic report) or `Last Stage Change Date`;
 * - Zoho CRM stage history (`Deals__<date>.csv`): `Deal Name.id` (its `Record Id` is the history row's own id),
 *   `Stage`, `Modified Time` (its `Moved To` is the stage the deal left for, not the stage of the row);
 * - a Chinese 阶段变更记录: `商机编号`, `阶段`, `进入日期`.
 */
export interface HistoryColumns {
  /** 0-based columns that may name the deal, best first (an id before a name); the first whose values repeat is used. */
  readonly keys: readonly number[];
  /** The stage the row entered: `Stage`, `阶段`, or a from/to history's `To Stage`. */
  readonly stage: number;
  /** A from/to history's `From Stage`, or undefined. */
  readonly from?: number;
  /** The day of the change. */
  readonly date: number;
}

/** A history's columns once its deal column is known. */
export interface HistoryShapeColumns extends Omit<HistoryColumns, "keys"> {
  readonly key: number;
}

/** Deal columns, best first: ids before names (two deals may share a name, never an id). */
const KEY_HEADERS = [
  "Opportunity ID", "Deal ID", "Deal Name.id", "Opportunity Name.id", "Deal.id", "Record Id", "Deal Record ID",
  "商机编号", "商机ID", "机会编号", "机会ID", "交易编号", "编号", "ID", "Deal No",
  "Opportunity Name", "Deal Name", "Deal", "商机名称", "机会名称", "交易名称",
];
const STAGE_HEADERS = ["Stage", "Stage Name", "Deal Stage", "阶段", "阶段名称", "销售阶段", "商机阶段", "进入阶段"];
const FROM_HEADERS = ["From Stage", "Old Stage", "Previous Stage", "Stage From", "原阶段", "旧阶段", "变更前阶段", "原销售阶段"];
const TO_HEADERS = ["To Stage", "New Stage", "Stage To", "新阶段", "变更后阶段", "新销售阶段"];
/** Date columns, best first: a stage-change date before a general one, a created date (Salesforce's API) last. */
const DATE_HEADERS = [
  "Last Stage Change Date", "Stage Change Date", "Stage Changed", "Date Entered", "Entered Date", "Entered",
  "Edit Date", "Change Date", "Changed Date", "Date Changed", "Modified Time", "Modified Date", "Last Modified",
  "Last Modified Date", "Timestamp",
  "进入日期", "进入时间", "阶段变更日期", "阶段变更时间", "变更日期", "变更时间", "修改日期", "修改时间", "更新时间",
  "日期", "时间", "Date",
  "Created Date", "CreatedDate", "创建日期", "创建时间",
];

const keyTable = (headers: readonly string[]) => new Map(headers.map((header, rank) => [headerKey(header, "field"), rank]));
const KEYS = keyTable(KEY_HEADERS);
const STAGES = keyTable(STAGE_HEADERS);
const FROMS = keyTable(FROM_HEADERS);
const TOS = keyTable(TO_HEADERS);
const DATES = keyTable(DATE_HEADERS);

/** The column whose header ranks best in `table`, or undefined. */
function best(header: readonly unknown[], table: ReadonlyMap<string, number>): number | undefined {
  let found: number | undefined;
  let foundRank = Infinity;
  header.forEach((cell, column) => {
    if (typeof cell !== "string") return;
    const rank = table.get(headerKey(cell, "field"));
    if (rank !== undefined && rank < foundRank) [found, foundRank] = [column, rank];
  });
  return found;
}

/**
 * The history columns a header row names, or undefined: a deal column, a stage column (or both a from and a to
 * stage column) and a date column. A header alone cannot tell a history from a table of one row per deal; see
 * {@link historyShapeColumns}.
 * @example
 * historyColumns(["商机编号", "客户名称", "阶段", "进入日期", "负责人"]) //=> { keys: [0], stage: 2, date: 3 }
 * historyColumns(["Opportunity Name", "From Stage", "To Stage", "Last Modified"])
 * //=> { keys: [0], stage: 2, from: 1, date: 3 }
 */
export function historyColumns(header: readonly unknown[]): HistoryColumns | undefined {
  const from = best(header, FROMS);
  const to = best(header, TOS);
  const fromTo = from !== undefined && to !== undefined;
  const stage = fromTo ? to : best(header, STAGES);
  const date = best(header, DATES);
  if (stage === undefined || date === undefined) return undefined;
  const keys: { column: number; rank: number }[] = [];
  header.forEach((cell, column) => {
    if (typeof cell !== "string") return;
    const rank = KEYS.get(headerKey(cell, "field"));
    if (rank !== undefined) keys.push({ column, rank });
  });
  if (keys.length === 0) return undefined;
  keys.sort((a, b) => a.rank - b.rank);
  return { keys: keys.map((entry) => entry.column), stage, ...(fromTo ? { from } : {}), date };
}

/**
 * The history columns of a range whose first row is its header, or undefined when it is no stage history: the
 * deal column is the first candidate whose values repeat (a deal named on two rows or more). A from/to history
 * needs no repeat (its headers say what it is): its deal column is then the first candidate.
 * @example
 * historyShapeColumns([["商机编号", "阶段", "进入日期"], [1, "线索", "2026/1/5"], [1, "商机", "2026/1/9"]])
 * //=> { key: 0, stage: 1, date: 2 }
 * historyShapeColumns([["商机编号", "阶段", "进入日期"], [1, "线索", "2026/1/5"], [2, "商机", "2026/1/9"]])
 * //=> undefined (one row per deal: a current-stage table)
 */
export function historyShapeColumns(grid: Grid): HistoryShapeColumns | undefined {
  if (grid.length === 0) return undefined;
  const columns = historyColumns(grid[0]);
  if (columns === undefined) return undefined;
  const { keys, ...rest } = columns;
  for (const key of keys) if (repeats(grid, key)) return { key, ...rest };
  return rest.from !== undefined ? { key: keys[0], ...rest } : undefined;
}

/** True when two data rows name the same deal in `column` (blank cells aside). Stops at the first repeat. */
function repeats(grid: Grid, column: number): boolean {
  const seen = new Set<string>();
  for (let row = 1; row < grid.length; row++) {
    const cell = grid[row][column];
    if (isBlankCell(cell)) continue;
    const key = typeof cell === "string" ? cell.trim() : cellText(cell);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
