import type { Localized } from "../../model/locale";
import { TEMPLATE_LABELS } from "../labels";

/** Words of the Dashboard's printed page: the monthly trend and lost-reasons tables and the charts' titles. */
export const DASHBOARD_PRINT_COPY = {
  month: { "zh-CN": "成交月份", en: "Close month" },
  won: { "zh-CN": "赢单", en: "Won" },
  lost: { "zh-CN": "丢单", en: "Lost" },
  winRate: TEMPLATE_LABELS.winRate,
  cycleMedian: TEMPLATE_LABELS.cycleMedian,
  reason: { "zh-CN": "丢单原因（可改）", en: "Lost reason (edit)" },
  otherReason: { "zh-CN": "其他 / 未填", en: "Other / blank" },
  trendChart: { "zh-CN": "按成交月份：赢单率与成交周期中位数", en: "By close month: win rate and median cycle" },
  lostByStageChart: { "zh-CN": "丢单阶段", en: "Lost deals by stage" },
  lostByReasonChart: { "zh-CN": "丢单原因", en: "Lost deals by reason" },
  /** The hidden close-day column's header. */
  closeHelper: { "zh-CN": "辅助：最远阶段日期（结单日期）", en: "Helper: furthest stage's date (close day)" },
  /** The hidden key column's header. */
  helper: { "zh-CN": "辅助：赢单月份×100000＋周期天数", en: "Helper: won month × 100000 + cycle days" },
  /** The hidden outcome copy's header (Excel and Sheets: the Deals outcome beside the close day). */
  outcomeHelper: { "zh-CN": "辅助：标准化状态（同交易行）", en: "Helper: normalized status (per deal row)" },
} as const satisfies Record<string, Localized>;
