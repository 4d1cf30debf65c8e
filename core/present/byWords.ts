import type { Catalog } from "../i18n/catalog";

/**
 * The "By" choice both panes show beside Analyze (the task pane and the Sheets sidebar): the field the deals are
 * split by (`analyze --by`), its usual fields, and the heading of the groups' heat table. One copy, spread into
 * each pane's catalog.
 * @example
 * BY_WORDS.byOwner["zh-CN"] //=> "负责人"
 */
export const BY_WORDS = {
  by: { "zh-CN": "分组", en: "By" },
  byNone: { "zh-CN": "不分组", en: "None" },
  bySource: { "zh-CN": "线索来源", en: "Lead source" },
  byOwner: { "zh-CN": "负责人", en: "Owner" },
  byTeam: { "zh-CN": "团队", en: "Team" },
  byRegion: { "zh-CN": "区域", en: "Region" },
  byIndustry: { "zh-CN": "行业", en: "Industry" },
  segmentsHeading: { "zh-CN": "按“{column}”分组", en: "By {column}" },
} as const satisfies Catalog;
