import type { Locale } from "../../core/index";

/**
 * Names of the files the build writes next to taskpane.html, shared by the build (which writes them) and the
 * runtime (which links to them). The manifest refers to the same names.
 */
export const FUNCTIONS_METADATA_FILE: Readonly<Record<Locale, string>> = {
  en: "functions.json",
  "zh-CN": "functions-zh-cn.json",
};

/** The help page for each language, generated from the registry (see helpPage.ts). */
export const HELP_PAGE_FILE: Readonly<Record<Locale, string>> = {
  en: "help.en.html",
  "zh-CN": "help.zh-CN.html",
};
