import { FUNCTIONS, LOCALES, type FunctionSpec, type Locale } from "../../core/index";
import type { Catalog } from "../../core/i18n/catalog";
import { HELP_PAGE_FILE } from "./files";

/**
 * The help page's own words: the `help` namespace of the message catalog (core/i18n/catalog.ts); the functions'
 * words come from the registry.
 */
const TEXT = {
  title: { en: "Sales Process Tracker — help", "zh-CN": "销售流程优化工具 — 帮助" },
  intro: {
    en: "The Sales Process tab builds a tracking workbook and analyzes your deal log. Every figure is defined once and computed the same way by the functions below, the template's formulas, the pane and the command line.",
    "zh-CN": "“销售流程”选项卡可生成跟踪工作簿并分析交易记录。每个指标只定义一次，下列函数、模板公式、任务窗格和命令行的计算结果完全一致。",
  },
  ribbon: { en: "The ribbon", "zh-CN": "功能区" },
  generate: {
    en: "Generate template — builds the tracking workbook (deal log, stages, dashboard, goals, action plan) in your Office language. Sheets that already exist are never overwritten.",
    "zh-CN": "生成模板 — 按 Office 显示语言生成跟踪工作簿（交易记录、阶段、仪表盘、目标、行动计划），不会覆盖已有的工作表。",
  },
  analyze: {
    en: "Analyze — opens the pane: choose the language, the stages and sample data before generating, or analyze the deal log (funnel, win rate, cycle time, loss points and the rows that could not be read).",
    "zh-CN": "分析 — 打开任务窗格：生成前可选择语言、阶段和示例数据，或分析交易记录（漏斗、赢单率、成交周期、丢单阶段及无法读取的行）。",
  },
  functions: { en: "Functions", "zh-CN": "函数" },
  functionsIntro: {
    en: "Type =SALES. in a cell. Ranges may be a column of stage names or a deal table whose first row names the stages. Arguments in [brackets] are optional. Bad input gives #VALUE! with a message; an empty denominator gives #DIV/0!.",
    "zh-CN": "在单元格中输入 =SALES.。区域可以是一列阶段名称，或首行为阶段名称的交易表。[方括号] 中的参数可省略。输入有误时返回 #VALUE! 并附说明；分母为空时返回 #DIV/0!。",
  },
  parameter: { en: "Argument", "zh-CN": "参数" },
  meaning: { en: "Meaning", "zh-CN": "说明" },
  optional: { en: " (optional)", "zh-CN": "（可选）" },
  returnsNumber: { en: "Returns a number.", "zh-CN": "返回一个数值。" },
  returnsTable: { en: "Returns a table that spills, with a header row.", "zh-CN": "返回带标题行的溢出表格。" },
  otherLanguage: { en: "中文", "zh-CN": "English" },
} as const satisfies Catalog;

declare module "../../core/i18n/catalog" {
  interface MessageNamespaces {
    help: typeof TEXT;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/**
 * How a user types the function: `=SALES.FUNNEL(stages, [stage_order])`.
 * @example
 * signature(FUNNEL) //=> "=SALES.FUNNEL(stages, [stage_order])"
 */
export function signature(spec: FunctionSpec, namespace = "SALES"): string {
  const params = spec.params.map((param) => (param.optional ? `[${param.name}]` : param.name));
  return `=${namespace}.${spec.name}(${params.join(", ")})`;
}

function functionSection(spec: FunctionSpec, locale: Locale): string {
  const rows = spec.params
    .map((param) => {
      const optional = param.optional ? `<span class="optional">${TEXT.optional[locale]}</span>` : "";
      return `<tr><td><code>${param.name}</code>${optional}</td><td>${escapeHtml(param.help[locale])}</td></tr>`;
    })
    .join("\n");
  const returns = spec.result === "table" ? TEXT.returnsTable[locale] : TEXT.returnsNumber[locale];
  return `<section id="${spec.name}">
<h3><code>${escapeHtml(signature(spec))}</code></h3>
<p>${escapeHtml(spec.help[locale])}</p>
<p class="returns">${returns}</p>
<table><thead><tr><th>${TEXT.parameter[locale]}</th><th>${TEXT.meaning[locale]}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}

/**
 * The help page in one language, generated from the registry so it lists exactly the functions Excel shows.
 * Static HTML with no script; its Content-Security-Policy allows only its own style sheet.
 *
 * @example
 * helpPage("zh-CN") // "<!doctype html><html lang=\"zh-CN\">…<section id=\"FUNNEL\">…"
 */
export function helpPage(locale: Locale): string {
  const other = LOCALES.find((candidate) => candidate !== locale)!;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(TEXT.title[locale])}</title>
<link rel="icon" type="image/png" href="assets/icon-32.png">
<link rel="stylesheet" href="assets/help.css">
</head>
<body>
<header><img src="assets/icon-32.png" alt="" width="32" height="32"><h1>${escapeHtml(TEXT.title[locale])}</h1>
<a class="language" href="${HELP_PAGE_FILE[other]}" hreflang="${other}">${TEXT.otherLanguage[locale]}</a></header>
<main>
<p>${escapeHtml(TEXT.intro[locale])}</p>
<h2>${TEXT.ribbon[locale]}</h2>
<ul><li>${escapeHtml(TEXT.generate[locale])}</li><li>${escapeHtml(TEXT.analyze[locale])}</li></ul>
<h2>${TEXT.functions[locale]}</h2>
<p>${escapeHtml(TEXT.functionsIntro[locale])}</p>
${FUNCTIONS.map((spec) => functionSection(spec, locale)).join("\n")}
</main>
</body>
</html>
`;
}
