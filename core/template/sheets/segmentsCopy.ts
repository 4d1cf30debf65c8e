import { LABELS } from "../../functions/labels";
import type { Localized } from "../../model/locale";
import { TEMPLATE_LABELS } from "../labels";

/**
 * Words of the Segments sheet (分组对比): the note, one heading per field, the tables' headers.
 * @example
 * SEGMENTS_COPY.byField.source.en //=> "By lead source"
 */
export const SEGMENTS_COPY = {
  title: { "zh-CN": "分组对比", en: "Segments" },
  note: {
    "zh-CN":
      "按线索来源、负责人和团队对比漏斗：每组的交易数、到达各阶段的交易数、阶段转化率、赢单率和成交周期中位数，全部按“交易”表计算。黄色的组名可以修改（已按交易数从多到少填入现有的组，空行可填新的组）；组名与“交易”表的单元格一致才计入（不分大小写）。“（空白）”一行统计该列为空的交易。每个阶段转化率和赢单率最低的组标红——这只是最低，不等于差异真实存在：差异是否显著请用 WIN_RATE_BY 函数或命令行 analyze --by。“—”表示没有可统计的交易。",
    en: "The funnel by lead source, owner and team: each group's deals, deals reaching each stage, step conversion, win rate and median cycle, all computed from the Deals sheet. The yellow group names are yours to edit (filled in with the groups found, most deals first; type new ones in the empty rows); a deal counts in a group when its cell equals the name (case aside). The \"(blank)\" row counts deals with that cell empty. The lowest step conversion and win rate of each table are red: the lowest, not proof of a real difference — WIN_RATE_BY or analyze --by says whether it is more than chance. \"—\" means nothing to count.",
  },
  byField: {
    source: { "zh-CN": "按线索来源", en: "By lead source" },
    owner: { "zh-CN": "按负责人", en: "By owner" },
    team: { "zh-CN": "按团队", en: "By team" },
  },
  group: { "zh-CN": "组", en: "Group" },
  deals: { "zh-CN": "交易数", en: "Deals" },
  /** A stage's reached count; {stage} is its name. */
  reached: { "zh-CN": "到达·{stage}", en: "Reached: {stage}" },
  /** The step into a stage; {from} and {to} are the two stages' names. */
  step: { "zh-CN": "{from}→{to}", en: "{from} → {to}" },
  winRate: TEMPLATE_LABELS.winRate,
  cycleCount: TEMPLATE_LABELS.cycleCount,
  cycleMedian: TEMPLATE_LABELS.cycleMedian,
  blank: LABELS.blankGroup,
} as const satisfies Record<string, Localized | Record<string, Localized>>;
