import { STATUS_CODE } from "../model/dealTable";
import type { DealStatus } from "../model/words";

/**
 * Win rate: won / (won + lost) (DEFINITIONS §4). Open deals are left out, as they have not been decided.
 * `null` when no deal is won or lost.
 *
 * @example
 * winRate(["won", "lost", "open", "won"]) //=> 0.6666666666666666
 * winRate(["open"])                       //=> null
 */
export function winRate(statuses: Iterable<DealStatus>): number | null {
  let won = 0;
  let lost = 0;
  for (const status of statuses) {
    if (status === "won") won++;
    else if (status === "lost") lost++;
  }
  return won + lost === 0 ? null : won / (won + lost);
}

/** Win rate of a table's status codes (see {@link winRate}). */
export function winRateOfCodes(status: ArrayLike<number>): number | null {
  let won = 0;
  let lost = 0;
  for (let i = 0; i < status.length; i++) {
    if (status[i] === STATUS_CODE.won) won++;
    else if (status[i] === STATUS_CODE.lost) lost++;
  }
  return won + lost === 0 ? null : won / (won + lost);
}
