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
 * Reads a deal outcome (DEFINITIONS §3): 赢单 成交 已成交 Won "Closed Won" → won; 丢单 输单 流失 Lost
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

// ◐ (half-marked, DEFINITIONS §3 "In progress ◐") marks a box too: "□未启动◐进行中□已完成" reads in progress.
const MARKS = "■☑✓✔√◐";
const BOXES = `□☐${MARKS}`;
const BOX_SPLIT = new RegExp(`([${BOXES}])`);
const STARTS_WITH_BOX = new RegExp(`^[${BOXES}]`);

/**
 * Reads an action-plan status (DEFINITIONS §3): 未启动 "Not started" ☐ □ → notStarted; 进行中 "In progress" ◐ →
 * inProgress; 已完成 Done Complete ☑ ■ ✓ √ → done. A word with a mark (■ ☑ ✓ ✔ √ ◐) before or after it reads
 * as the word (`✓ 已完成`, `已完成✓`, `Done ✓`, `进行中 ◐`). In a row of boxes and words the marked box's word
 * counts: each box goes with the word after it when the text starts with a box (the seed's
 * `□未启动□进行中■已完成`), else with the word before it (`未启动□ 进行中■ 已完成□`); when that word is not a
 * status, the word on its other side is tried (`完成情况：■已完成`). A row of unmarked boxes
 * reads as not started. Blank or unknown → `undefined`.
 * @example
 * readActionStatus("□未启动■进行中□已完成") //=> "inProgress"
 * readActionStatus("已完成✓")              //=> "done"
 * readActionStatus("Done")                //=> "done"
 */
export function readActionStatus(value: unknown): ActionStatus | undefined {
  if (typeof value !== "string") return undefined;
  // U+FE0F asks for the emoji form of a mark ("✔️" as phones type it); the mark is the same.
  const text = value.normalize("NFKC").replace(/\uFE0F/g, "").trim();
  if (text === "") return undefined;
  const direct = ACTION_STATUS_BY_KEY.get(nameKey(text));
  if (direct !== undefined) return direct;
  // Split keeps the boxes: ["", "□", "未启动", "■", "进行中"] — boxes at odd positions, words between them.
  const parts = text.split(BOX_SPLIT);
  if (parts.length === 1) return undefined;
  const wordAfter = STARTS_WITH_BOX.test(text);
  for (let index = 1; index < parts.length; index += 2) {
    if (!MARKS.includes(parts[index])) continue;
    const [near, far] = wordAfter ? [parts[index + 1], parts[index - 1]] : [parts[index - 1], parts[index + 1]];
    return ACTION_STATUS_BY_KEY.get(nameKey(near)) ?? ACTION_STATUS_BY_KEY.get(nameKey(far ?? ""));
  }
  return "notStarted";
}
