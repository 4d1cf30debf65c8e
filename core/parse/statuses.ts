import { nameKey } from "../model/normalize";
import {
  ACTION_STATUS_ALIASES,
  ACTION_STATUS_WORDS,
  DEAL_STATUS_ALIASES,
  DEAL_STATUS_WORDS,
  type ActionStatus,
  type DealStatus,
} from "../model/words";

function wordTable<K extends string>(
  words: Readonly<Record<K, { "zh-CN": string; en: string }>>,
  aliases: Readonly<Record<K, readonly string[]>>,
): ReadonlyMap<string, K> {
  const table = new Map<string, K>();
  for (const key of Object.keys(words) as K[]) {
    for (const word of [words[key]["zh-CN"], words[key].en, ...aliases[key]]) table.set(nameKey(word), key);
  }
  return table;
}

const DEAL_STATUS_BY_KEY = wordTable(DEAL_STATUS_WORDS, DEAL_STATUS_ALIASES);
const ACTION_STATUS_BY_KEY = wordTable(ACTION_STATUS_WORDS, ACTION_STATUS_ALIASES);

/**
 * Reads a deal outcome (CONTRACT §3): 赢单 成交 已成交 Won "Closed Won" → won; 丢单 输单 流失 Lost
 * "Closed Lost" → lost; 进行中 跟进中 Open and blank → open. Unknown words → `undefined`.
 * @example
 * readDealStatus(" closed won ") //=> "won"
 * readDealStatus(null)           //=> "open"
 * readDealStatus("maybe")        //=> undefined
 */
export function readDealStatus(value: unknown): DealStatus | undefined {
  if (value === null || value === undefined) return "open";
  if (typeof value !== "string") return undefined;
  return DEAL_STATUS_BY_KEY.get(nameKey(value));
}

// ◐ (half-marked, CONTRACT §3 "In progress ◐") marks a box too: "□未启动◐进行中□已完成" reads in progress.
const MARKED_BOX = /[■☑✓✔√◐]\s*([^□☐■☑✓✔√◐]+)/;
const ANY_BOX = /[□☐■☑✓✔√◐]/;

/**
 * Reads an action-plan status (CONTRACT §3): 未启动 "Not started" ☐ □ → notStarted; 进行中 "In progress" ◐ →
 * inProgress; 已完成 Done Complete ☑ ■ ✓ → done. The seed's check-box form `□未启动□进行中■已完成` reads the
 * marked box; a row of unmarked boxes reads as not started. Blank or unknown → `undefined`.
 * @example
 * readActionStatus("□未启动■进行中□已完成") //=> "inProgress"
 * readActionStatus("Done")                //=> "done"
 */
export function readActionStatus(value: unknown): ActionStatus | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFKC").trim();
  if (text === "") return undefined;
  const direct = ACTION_STATUS_BY_KEY.get(nameKey(text));
  if (direct !== undefined) return direct;
  const marked = MARKED_BOX.exec(text);
  if (marked !== null) return ACTION_STATUS_BY_KEY.get(nameKey(marked[1]));
  return ANY_BOX.test(text) ? "notStarted" : undefined;
}
