/**
 * dist/template.js's entry (scripts/build-addin.mjs): the template builder, set on the global object as
 * `SalesTemplate = { buildTemplate }` for taskpane.js, which loads this script when a template is generated
 * (addin/template/templateScript.ts).
 * @example
 * // after <script src="template.js">:
 * SalesTemplate.buildTemplate({ locale: "zh-CN" }).sheets.length //=> the template's sheets
 */
import { buildTemplate } from "../../core/template/buildTemplate";
import { TEMPLATE_GLOBAL, type TemplateScriptGlobal } from "./templateScript";

const template: TemplateScriptGlobal = { buildTemplate };
(globalThis as Record<string, unknown>)[TEMPLATE_GLOBAL] = template;
