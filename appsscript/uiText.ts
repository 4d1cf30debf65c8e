import { textIn, type Catalog } from "../core/i18n/catalog";

/**
 * Words of the menu, dialogs and messages the server side shows, zh-CN and en: the `menu` namespace of the message
 * catalog (core/i18n/catalog.ts).
 */
export const UI_TEXT = {
  generate: { "zh-CN": "生成跟踪模板…", en: "Generate template…" },
  analyze: { "zh-CN": "分析交易（侧边栏）", en: "Analyze deals (sidebar)" },
  help: { "zh-CN": "函数帮助", en: "Function help" },
  sidebarTitle: { "zh-CN": "销售流程优化", en: "Sales process tracker" },
  helpTitle: { "zh-CN": "自定义函数", en: "Custom functions" },
  helpIntro: {
    "zh-CN": "在单元格中输入 =函数名(…)。区域按二维数组传入；出错时单元格显示 #ERROR!，悬停可见原因。",
    en: "Type =NAME(…) in a cell. Ranges are passed as 2-D arrays; on an error the cell shows #ERROR! with the reason on hover.",
  },
  optional: { "zh-CN": "（可选）", en: " (optional)" },
  /** Nothing could be read (core/parse/verdict.ts's line, as the CLI says it after the file's name). */
  unread: { "zh-CN": "“{sheet}”：{message}", en: '"{sheet}": {message}' },
  datesAmbiguous: {
    "zh-CN": "“{sheet}”：{found}。请在“文件 › 设置”中把表格的区域设置改为录入这些日期时的区域，或把日期写成年在前（2026-03-04）。",
    en: '"{sheet}": {found}. Set the spreadsheet\'s locale (File › Settings) to the one these dates were typed in, or write them year first (2026-03-04).',
  },
  /** The sheet being analyzed was renamed or deleted while its pages were read (sidebar/analyzeSheets.ts). */
  sheetChanged: {
    "zh-CN": "“{sheet}”在读取时被重命名或删除，未显示结果。请再点一次“分析”。",
    en: '"{sheet}" was renamed or deleted while it was being read; nothing is shown. Analyze again.',
  },
  badRequest: {
    "zh-CN": "无法读取侧边栏的请求（{where}），未做任何更改。请关闭并重新打开侧边栏。",
    en: "The sidebar's request could not be read ({where}); nothing was changed. Close the sidebar and open it again.",
  },
  drawFailed: {
    "zh-CN": "Google 表格拒绝写入“{sheet}”：{reason}。该工作表未保留。",
    en: 'Google Sheets refused to write "{sheet}": {reason}. That sheet was not kept.',
  },
} as const satisfies Catalog;

export type UiTextKey = keyof typeof UI_TEXT;

/**
 * A UI text in `locale` with `{name}` placeholders filled.
 * @example
 * uiText("en", "unread", { sheet: "Log", message: "…" }) //=> '"Log": …'
 */
export const uiText = /* @__PURE__ */ textIn(UI_TEXT);

declare module "../core/i18n/catalog" {
  interface MessageNamespaces {
    menu: typeof UI_TEXT;
  }
}

/** Both languages at once, for where the user's language cannot be known yet (the menu in AuthMode.NONE). */
export function bilingual(key: UiTextKey): string {
  return `${UI_TEXT[key]["zh-CN"]} · ${UI_TEXT[key].en}`;
}
