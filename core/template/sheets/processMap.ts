import { columnLetter } from "../../model/cells";
import type { Localized } from "../../model/locale";
import { isDefaultStageName, stageList } from "../../model/stages";
import { a1, absolute, range, sheetRef } from "../a1";
import type { TemplateContext } from "../context";
import { TEMPLATE_LABELS } from "../labels";
import { columnWidths, drawColumns, placeColumns, type ColumnSpec } from "../columns";
import { RowCursor } from "../rowCursor";
import { textHeight } from "../rowHeights";
import { wrapAcross } from "../wrapAcross";
import { templateStory } from "../sampleStory";
import type { StoryClaim } from "../../sample/story";
import { formula, num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";
import { DEFAULT_STAGE_DETAILS } from "./stagesCopy";

/** Words of the Process map sheet. */
const COPY = {
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

/** The flag dropdown's words and what each means (the method's step 2.2). */
const FLAGS: readonly { word: Localized; meaning: Localized }[] = [
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
 * where none is measured), flag (index into FLAGS or null), ideal step, change, and what the row says of the figures.
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

/**
 * One row per stage: the Stages sheet's facts and the Dashboard's median computed, the rest typed in. Every column
 * wraps, so a row's cells all sit at its top (the ideal step and change make rows tall; the stage beside them sat at the bottom).
 */
const MAP_TABLE = [
  { key: "position", header: TEMPLATE_LABELS.position, width: 5, wrap: true },
  { key: "stage", header: TEMPLATE_LABELS.stage, width: 12, role: "computed", wrap: true },
  { key: "department", header: TEMPLATE_LABELS.department, width: 16, role: "computed", wrap: true },
  { key: "input", header: TEMPLATE_LABELS.input, width: 24, role: "computed", wrap: true },
  { key: "output", header: TEMPLATE_LABELS.output, width: 28, role: "computed", wrap: true },
  { key: "now", header: COPY.durationNow, width: 12, role: "input", format: "0.0", wrap: true },
  { key: "target", header: COPY.target, width: 10, role: "computed", format: "0.0", wrap: true },
  { key: "actual", header: COPY.actual, width: 12, role: "computed", format: "0.0", wrap: true },
  { key: "flag", header: COPY.flag, width: 18, role: "input", list: { values: FLAGS.map((flag) => flag.word), error: COPY.flagError }, wrap: true },
  { key: "ideal", header: COPY.ideal, width: 32, role: "input", wrap: true },
  { key: "change", header: COPY.change, width: 30, role: "input", wrap: true },
] as const satisfies readonly ColumnSpec[];

/**
 * The Process map (the method's step 2): one row per stage in time order — stage, owner department, input,
 * output (linked to the Stages sheet), duration now (typed in), target days (Stages), the actual median days
 * in the stage (the Dashboard's time-in-stage median, blank when no deal was timed; the last stage has none),
 * a flag dropdown (duplicate / non-value / information break), the ideal step and the change. The bottleneck —
 * the row with the largest actual median — is highlighted by a formula rule; actual above target is orange (the palette's "warn").
 * With sample data the typed-in columns hold the method's examples, the duration now the sample's measured median.
 */
export function processMapSheet({ layout, stageNames, sample }: TemplateContext): SheetSpec {
  const story = templateStory({ sample, stageNames, layout });
  const { locale, stages, dashboard, stageCount } = layout;
  const sheet = new SheetBuilder("processMap", layout.sheetName("processMap"), "#4472C4");
  const rows = new RowCursor(4);
  const headerRow = rows.next();
  const { first, last } = rows.take(stageCount);
  const legendRow = rows.skip().next();
  const table = placeColumns(1, MAP_TABLE, 0);
  const defaults = stageList(undefined, locale).names;
  const stagesSheet = layout.sheetName("stages");
  const dashboardSheet = layout.sheetName("dashboard");
  const linked = (column: number, index: number) => {
    const ref = sheetRef(stagesSheet, absolute(column, stages.firstRow + index));
    return formula(`IF(${ref}="","",${ref})`);
  };
  const col = table.at;
  // Department, input and output as the Stages sheet declares its columns (stagesLayout.ts).
  const stagesColumn = stages.table.at;

  const stageRows: TemplateCell[][] = stageNames.map((name, index) => {
    const example = sample.length > 0 && isDefaultStageName(name) ? SAMPLE_MAP[defaults.indexOf(name)] : undefined;
    const stayMedian = sheetRef(dashboardSheet, absolute(dashboard.funnel.stayMedian, dashboard.funnelHeaderRow + 1 + index));
    return [
      num(index + 1),
      formula(sheetRef(stagesSheet, absolute(stages.nameColumn, stages.firstRow + index))),
      linked(stagesColumn.department, index),
      linked(stagesColumn.input, index),
      linked(stagesColumn.output, index),
      example ? num(Math.round(story?.stageDays[index] ?? example.days)) : null,
      linked(stages.targetDaysColumn, index),
      index < stageCount - 1 ? formula(`IFERROR(${stayMedian},"")`) : null,
      example?.flag != null ? text(FLAGS[example.flag].word[locale]) : null,
      example ? text(example.ideal[locale]) : null,
      example ? text(example.change[locale]) : null,
    ];
  });
  const actual = columnLetter(col.actual);
  const actualRange = `$${actual}$${first}:$${actual}$${last}`;

  drawColumns(sheet, table, { header: headerRow, first, last }, { locale, stageNames, stageRange: stages.names })
    .widths(...columnWidths([table], 0))
    .lines("A1", ["title", COPY.title[locale]], ["note", COPY.note[locale]])
    .put(a1(1, first), stageRows)
    .put(a1(2, legendRow), [[text(COPY.legend[locale])], ...FLAGS.map((flag) => [text(flag.word[locale]), text(flag.meaning[locale])])])
    .style(a1(2, legendRow), "subtitle")
    .style(range(3, legendRow + 1, 3, legendRow + FLAGS.length), "note")
    // The legend's flag words are sentences beside their meanings.
    .wrap(range(2, legendRow + 1, 2, legendRow + FLAGS.length))
    .rule({
      kind: "formula",
      ref: range(1, first, col.change, last),
      formula: `AND(ISNUMBER($${actual}${first}),$${actual}${first}=MAX(${actualRange}))`,
      look: "bad",
    })
    .rule({
      kind: "formula",
      ref: range(col.actual, first, col.actual, last),
      formula: `AND(ISNUMBER(${actual}${first}),ISNUMBER(${columnLetter(col.target)}${first}),${actual}${first}>${columnLetter(col.target)}${first})`,
      look: "warn",
    })
    .freeze(headerRow, 2);
  const spec = sheet.build();
  // The linked facts (formulas, not measured by rowHeights.ts) wrap too: their rows as tall as the default stages' facts need.
  const facts = stageNames.map((name) => (isDefaultStageName(name) ? DEFAULT_STAGE_DETAILS[defaults.indexOf(name)] : undefined));
  const heights = facts.flatMap((fact, index) => {
    if (fact === undefined) return [];
    const points = Math.max(...(["department", "input", "output"] as const).map((key) => textHeight(fact[key][locale], spec.columnWidths[col[key] - 1])));
    return points > 0 ? [{ row: first + index, points }] : [];
  });
  const sized = heights.length === 0 ? spec : { ...spec, rowHeights: [...(spec.rowHeights ?? []), ...heights] };
  // Each flag's meaning spans the rest of the row, wrapped, so it sits at the top beside its (wrapped) flag word.
  return FLAGS.reduce((done, flag, index) => wrapAcross(done, range(3, legendRow + 1 + index, col.change, legendRow + 1 + index), [flag.meaning[locale]]), sized);
}
