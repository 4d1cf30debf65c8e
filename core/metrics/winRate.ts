import { STATUS_CODE } from "../model/dealTable";

/**
 * Win rate: won / (won + lost) (DEFINITIONS §4), over a deal table's outcome codes ({@link STATUS_CODE}). Open
 * deals are left out, as they have not been decided. `null` when no deal is won or lost. The report, WIN_RATE and
 * PIPELINE_VELOCITY all take it from here (a status column's words become codes first).
 *
 * @example
 * const { won, lost, open } = STATUS_CODE;
 * winRate([won, lost, open, won]) //=> 0.6666666666666666
 * winRate([open])                 //=> null
 */
export function winRate(status: ArrayLike<number>): number | null {
  let won = 0;
  let lost = 0;
  for (let i = 0; i < status.length; i++) {
    if (status[i] === STATUS_CODE.won) won++;
    else if (status[i] === STATUS_CODE.lost) lost++;
  }
  return won + lost === 0 ? null : won / (won + lost);
}
