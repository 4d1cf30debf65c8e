import { cellText } from "./cells";
import { nameKey } from "./normalize";

/**
 * One column of a deal log kept to split the deals into groups (`analyze --by`, DEFINITIONS §4 "Segments"): for each
 * counted deal, in the deal table's order, the code of its group. Values are interned: a million deals of thirty
 * owners are a million small integers and thirty strings.
 */
export interface GroupColumn {
  /** The column's header, as written. */
  readonly header: string;
  /** Each group's name, spelled as first met (trimmed); `""` for the group of blank cells. */
  readonly labels: readonly string[];
  /** Each deal's group, an index into `labels`. */
  readonly codes: Int32Array;
}

/**
 * Builds a {@link GroupColumn} one deal at a time. Group names are compared as stage names are (DEFINITIONS §1
 * "Matching names": width, case and spaces folded), so `Web`, ` web ` and `ＷＥＢ` are one group, named as first met;
 * a blank cell (empty or spaces) is the blank group. Each distinct cell is folded once.
 * @example
 * const codes = new GroupCodes("Source");
 * ["Web", "", " web", "Fair"].forEach((cell) => codes.push(cell));
 * codes.finish() //=> { header: "Source", labels: ["Web", "", "Fair"], codes: Int32Array [0, 1, 0, 2] }
 */
export class GroupCodes {
  private readonly byCell = new Map<unknown, number>();
  private readonly byKey = new Map<string, number>();
  private readonly labels: string[] = [];
  private codes = new Int32Array(1024);
  private count = 0;

  constructor(private readonly header: string) {}

  /** Adds the next deal's cell. */
  push(cell: unknown): void {
    let code = this.byCell.get(cell);
    if (code === undefined) {
      const label = typeof cell === "string" ? cell.trim() : cellText(cell);
      const key = nameKey(label);
      code = this.byKey.get(key);
      if (code === undefined) {
        code = this.labels.length;
        this.labels.push(label);
        this.byKey.set(key, code);
      }
      // Strings and numbers are cached by value; other cells (a Date object) are folded each time.
      if (typeof cell === "string" || typeof cell === "number" || cell === null || cell === undefined) this.byCell.set(cell, code);
    }
    if (this.count === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.count++] = code;
  }

  /** The column: every deal pushed, in order. */
  finish(): GroupColumn {
    return { header: this.header, labels: this.labels, codes: this.codes.slice(0, this.count) };
  }
}
