import type { Localized } from "../../model/locale";
import type { StoryClaim } from "../../sample/story";

/** Words of the Process map sheet: title, note, the typed-in and computed columns' headers, the flag legend. */
export const PROCESS_MAP_COPY = {
  title: { "zh-CN": "流程地图：现状与理想路径", en: "Process map: current and ideal" },
  note: {
    "zh-CN": "按时间顺序，每个阶段一行。部门、输入、输出和目标时长来自“阶段”表；实际中位数来自仪表盘（交易数据）。标记重复环节、非增值环节和信息断点，再写出理想做法和改动。实际停留最长的阶段（瓶颈）整行高亮，实际超过目标的单元格标橙。",
    en: "One row per stage, in time order. Department, input, output and target come from the Stages sheet; the actual median from the Dashboard (your deals). Flag duplicate steps, non-value steps and information breaks, then write the ideal step and the change. The stage with the longest actual median (the bottleneck) is highlighted; actuals over target are orange.",
  },
  durationNow: { "zh-CN": "现状耗时（天）", en: "Duration now (days)" },
  target: { "zh-CN": "目标（天）", en: "Target (days)" },
  actual: { "zh-CN": "实际中位数（天）", en: "Actual median (days)" },
  flag: { "zh-CN": "问题标记", en: "Flag" },
  ideal: { "zh-CN": "理想做法", en: "Ideal step" },
  change: { "zh-CN": "改动", en: "Change" },
  legend: { "zh-CN": "问题标记说明", en: "Flags" },
  flagError: { "zh-CN": "请选择：重复环节、非增值环节或信息断点", en: "Choose Duplicate step, Non-value step or Information break" },
} as const satisfies Record<string, Localized>;

/**
 * The flag dropdown's words and what each means (the method's step 2.2), in the dropdown's and the legend's order.
 * @example
 * PROCESS_FLAGS[2].word.en //=> "Information break"
 */
export const PROCESS_FLAGS: readonly { word: Localized; meaning: Localized }[] = [
  {
    word: { "zh-CN": "重复环节", en: "Duplicate step" },
    meaning: { "zh-CN": "同一件事做了两次，如同一客户信息被多人重复录入", en: "The same work done twice, e.g. one customer entered by several people" },
  },
  {
    word: { "zh-CN": "非增值环节", en: "Non-value step" },
    meaning: { "zh-CN": "客户不会为之付费的环节，如无实际意义的审批节点", en: "A step the customer would not pay for, e.g. an approval with no purpose" },
  },
  {
    word: { "zh-CN": "信息断点", en: "Information break" },
    meaning: { "zh-CN": "交接时信息丢失，如销售转售后时未同步客户偏好", en: "Information lost at a hand-over, e.g. preferences not passed to after-sales" },
  },
];

/**
 * Sample entries for the default stages: duration now (the sample's measured median, core/sample/story.ts; `days`
 * where none is measured), flag (index into PROCESS_FLAGS or null), ideal step, change, and what the row says of the figures.
 */
export const SAMPLE_MAP: readonly { days: number; flag: number | null; ideal: Localized; change: Localized; claims?: readonly StoryClaim[] }[] = [
  {
    days: 3,
    flag: 0,
    ideal: { "zh-CN": "CRM 按区域 + 行业自动分配，1 小时内确认接收", en: "The CRM assigns by region + industry; receipt confirmed within 1 hour" },
    change: { "zh-CN": "取消人工转录线索名单", en: "No more retyping the lead list" },
  },
  {
    days: 7,
    flag: null,
    ideal: { "zh-CN": "按《客户需求调研清单》确认需求", en: "Needs confirmed with the needs checklist" },
    change: { "zh-CN": "新增控制点：商机评审会", en: "New control point: opportunity review meeting" },
  },
  {
    days: 6,
    flag: null,
    ideal: { "zh-CN": "售前提前介入，方案模板化", en: "Presales joins early; proposal templates" },
    change: { "zh-CN": "无需改动：方案阶段已快于目标时长", en: "No change: proposals already take less than the target" },
    claims: [{ kind: "withinTarget", stage: 2 }],
  },
  {
    days: 8,
    flag: 0,
    ideal: { "zh-CN": "一次给出阶梯报价", en: "One tiered quote" },
    change: { "zh-CN": "合并“初步报价”与“详细报价”，审批节点减 2 个（保留 1 个风控审批）", en: "Merge the initial and detailed quotes; two fewer approvals (one kept for risk control)" },
    claims: [{ kind: "overTarget", stage: 3 }],
  },
  {
    days: 11,
    flag: 1,
    ideal: { "zh-CN": "统一合同模板，法务提前审核", en: "Standard contract, reviewed by legal up front" },
    change: { "zh-CN": "法务只审与模板不同的条款", en: "Legal reviews only the terms that differ from the template" },
    claims: [{ kind: "overTarget", stage: 4 }],
  },
  {
    days: 4,
    flag: 2,
    ideal: { "zh-CN": "移交售后时提交《客户需求确认表》", en: "A needs confirmation form at hand-over" },
    change: { "zh-CN": "明确断点责任：销售负责移交", en: "Sales owns the hand-over" },
  },
];
