import { cellText, isBlankCell } from "../core/model/cells";
import { headerKey } from "../core/model/normalize";
import type { StageList } from "../core/model/stages";
import { stageHeaders } from "../core/parse/shape";

/** A `--stages` entry that heads no column of the file, and the header the user most likely meant. */
export interface UnmatchedStage {
  readonly stage: string;
  /** The closest header no stage took ({@link closestHeader}), or `undefined` when none is close. */
  readonly closest?: string;
  /** The header cells no stage took, as written, for the user to choose from when none is close. */
  readonly others: readonly string[];
}

/**
 * The entries of `stages` that head no column of `header`, matched as the core reads a wide log's header
 * (exact name, else the same {@link headerKey}: spaces, case, full-width forms, a colon and a date word
 * folded), each with the closest header that no stage took.
 * @example
 * unmatchedStages(["Discovery", "Demo", "Closed"], stageList(["Discovery", "Demo", "Closd"]))
 * //=> [{ stage: "Closd", closest: "Closed", others: ["Closed"] }]
 */
export function unmatchedStages(header: readonly unknown[], stages: StageList): UnmatchedStage[] {
  const found = stageHeaders(header, stages);
  const matchedStages = new Set(found.map((entry) => entry.stage));
  const takenColumns = new Set(found.map((entry) => entry.column));
  const others = header.flatMap((cell, column) => (takenColumns.has(column) || isBlankCell(cell) ? [] : [cellText(cell)]));
  return stages.names.flatMap((stage, index) => (matchedStages.has(index) ? [] : [{ stage, closest: closestHeader(stage, others), others }]));
}

/**
 * The header the user most likely meant by `name`, compared by {@link headerKey} (so case, spaces, full-width
 * forms, a trailing colon or date word do not count): the one at the smallest edit distance (Levenshtein, by
 * code point) when that distance is at most a third of the longer key (at least 1), or one that begins with the
 * name or that the name begins with (two characters or more); the leftmost on a tie. `undefined` when none is close.
 * @example
 * closestHeader("Closd", ["Deal ID", "Closed"]) //=> "Closed"
 * closestHeader("opp", ["Lead", "Opportunity"]) //=> "Opportunity"
 * closestHeader("Contract", ["Deal ID", "Status"]) //=> undefined
 */
export function closestHeader(name: string, headers: readonly string[]): string | undefined {
  const key = [...headerKey(name, "stage")];
  let best: { header: string; distance: number } | undefined;
  for (const header of headers) {
    const other = [...headerKey(header, "stage")];
    if (key.length === 0 || other.length === 0) continue;
    const distance = editDistance(key, other);
    const shorter = key.length < other.length ? key : other;
    const longer = shorter === key ? other : key;
    const prefix = shorter.length >= 2 && shorter.every((char, index) => longer[index] === char);
    const close = distance <= Math.max(1, Math.floor(longer.length / 3)) || prefix;
    if (close && (best === undefined || distance < best.distance)) best = { header, distance };
  }
  return best?.header;
}

/** Levenshtein distance between two sequences of characters (insert, delete or replace one: 1). */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
