import { nameKey } from "../model/normalize";
import { readDealStatus } from "./statuses";

/** A pipeline named after a stage in brackets: `Closed Won (Sales Pipeline)`. */
const PIPELINE_SUFFIX = /\s*\([^()]*\)$/;
/** CRM closed stages beyond the status words: `Closed-Lost to Competition` (Zoho), `Closed Won - Renewal`. */
const CLOSED = /^closed[\s_-]*(won|lost)\b/;

/**
 * The outcome a stage value itself says, or undefined for an ordinary stage: `Closed Won`, `赢单`, `成交`, `Won`
 * → won; `Closed Lost`, `Closed-Lost to Competition`, `输单`, `丢单`, `流失` → lost. Case, width, spaces and a
 * bracketed pipeline suffix do not count.
 * @example
 * stageOutcome("closed-lost to competition") //=> "lost"
 * stageOutcome("Closed Won (Sales Pipeline)") //=> "won"
 * stageOutcome("Needs Analysis")              //=> undefined
 */
export function stageOutcome(value: string): "won" | "lost" | undefined {
  const key = nameKey(value).replace(PIPELINE_SUFFIX, "");
  if (key === "") return undefined;
  const status = readDealStatus(key);
  if (status === "won" || status === "lost") return status;
  const closed = CLOSED.exec(key);
  return closed === null ? undefined : (closed[1] as "won" | "lost");
}
