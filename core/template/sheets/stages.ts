import type { Localized } from "../../model/locale";
import { isDefaultStageName, stageList } from "../../model/stages";
import { a1, range } from "../a1";
import { TEMPLATE_LABELS as L } from "../labels";
import type { TemplateContext } from "../context";
import { num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";

/** What the method's step 2 asks for each default stage: owner department, input, output, target days, benchmark. */
const DEFAULT_STAGE_DETAILS: readonly { department: Localized; input: Localized; output: Localized; days: number; benchmark: number | null }[] = [
  {
    department: { "zh-CN": "市场部", en: "Marketing" },
    input: { "zh-CN": "市场部提供的线索名单", en: "Marketing's lead list" },
    output: { "zh-CN": "销售确认接收并分配", en: "Sales confirms receipt and assigns" },
    days: 1,
    benchmark: null,
  },
  {
    department: { "zh-CN": "销售部", en: "Sales" },
    input: { "zh-CN": "已分配线索", en: "Assigned lead" },
    output: { "zh-CN": "需求确认表", en: "Needs confirmation form" },
    days: 7,
    benchmark: 0.6,
  },
  {
    department: { "zh-CN": "销售部、售前", en: "Sales, presales" },
    input: { "zh-CN": "需求确认表", en: "Needs confirmation form" },
    output: { "zh-CN": "解决方案", en: "Solution proposal" },
    days: 10,
    benchmark: 0.7,
  },
  {
    department: { "zh-CN": "销售部、财务部", en: "Sales, finance" },
    input: { "zh-CN": "解决方案", en: "Solution proposal" },
    output: { "zh-CN": "阶梯报价单", en: "Tiered quote" },
    days: 5,
    benchmark: 0.8,
  },
  {
    department: { "zh-CN": "销售部", en: "Sales" },
    input: { "zh-CN": "报价单", en: "Quote" },
    output: { "zh-CN": "合同草案", en: "Draft contract" },
    days: 10,
    benchmark: 0.75,
  },
  {
    department: { "zh-CN": "销售部、法务", en: "Sales, legal" },
    input: { "zh-CN": "合同草案", en: "Draft contract" },
    output: { "zh-CN": "签约合同、客户需求确认表移交售后", en: "Signed contract; needs form handed to after-sales" },
    days: 3,
    benchmark: 0.6,
  },
];

/** Under the Stages sheet's table: its names label every sheet, but the Deals sheet counts by its own headers. */
const NAMES_NOTE: Localized = {
  "zh-CN": "“阶段”列的名称须与“交易”表的阶段列标题一致（各表的阶段名称取自这里，公式则按“交易”表的列计数）。要改阶段，请两处同时改名，或用新的阶段重新生成模板。",
  en: "The names in the Stage column must match the Deals sheet's stage headers (every sheet shows these names; the formulas count by the Deals sheet's columns). To change the stages, rename both, or generate a new template with your stages.",
};

/**
 * The Stages sheet: the ordered stage list, with the method's process-map facts (owner department, input,
 * output, target days) and the industry benchmark conversion into each stage — inputs the manager replaces with
 * their own numbers. The names label the Dashboard, Process map and Diagnosis; the figures count by the Deals
 * sheet's stage columns, in their order, so a note under the table (one blank row below it, in column A, where
 * reading the stage list stops: stagesSheet.ts) says that the names must match the Deals sheet's headers.
 */
export function stagesSheet({ layout, stageNames }: TemplateContext): SheetSpec {
  const { locale } = layout;
  const sheet = new SheetBuilder("stages", layout.sheetName("stages"), "#5B9BD5");
  const defaults = stageList(undefined, locale);
  const header = [L.position, L.stage, L.department, L.input, L.output, L.targetDays, L.benchmarkInput].map((label) => text(label[locale]));
  const rows: TemplateCell[][] = stageNames.map((name, index) => {
    const known = isDefaultStageName(name) ? DEFAULT_STAGE_DETAILS[defaults.indexOf(name)] : undefined;
    return [
      num(index + 1),
      text(name),
      known ? text(known.department[locale]) : null,
      known ? text(known.input[locale]) : null,
      known ? text(known.output[locale]) : null,
      known ? num(known.days) : null,
      known?.benchmark != null ? num(known.benchmark) : null,
    ];
  });
  const last = 1 + stageNames.length;
  const noteRow = last + 2;
  return sheet
    .widths(6, 14, 18, 24, 50, 14, 38)
    .put("A1", [header, ...rows])
    .put(a1(1, noteRow), [[text(NAMES_NOTE[locale])]])
    .style(a1(1, noteRow), "note")
    .style("A1:G1", "header")
    .style(range(3, 2, 7, last), "input")
    .format(range(7, 2, 7, last), "0.0%")
    .freeze(1, 2)
    .build();
}

/**
 * The reference values the Stages sheet writes for each stage: target days and benchmark conversion into it (null
 * for a stage of the manager's own, which the sheet leaves blank) — what the sample's words compare with.
 * @example
 * stageReferenceValues(["Lead", "Opportunity", "Proposal"], "en")[1] //=> { days: 7, benchmark: 0.6 }
 */
export function stageReferenceValues(stageNames: readonly string[], locale: "zh-CN" | "en"): { days: number | null; benchmark: number | null }[] {
  const defaults = stageList(undefined, locale);
  return stageNames.map((name) => {
    const known = isDefaultStageName(name) ? DEFAULT_STAGE_DETAILS[defaults.indexOf(name)] : undefined;
    return { days: known?.days ?? null, benchmark: known?.benchmark ?? null };
  });
}
