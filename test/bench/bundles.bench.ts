/** Sizes of the shipped bundles (after `npm run build`), against their goals. Part of `npm run bench`. */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

function size(path: string): { minified: number; gzip: number } {
  const bytes = readFileSync(path);
  return { minified: bytes.length, gzip: gzipSync(bytes).length };
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pane = size("dist/taskpane.js");
const css = size("dist/taskpane.css");
const appsScript = size("dist/appsscript/Code.js");
const sidebar = size("dist/appsscript/Sidebar.html");
const excel = pane.minified + css.minified;
console.log("Bundles (minified / gzip)");
console.log(`  Excel functions + pane  dist/taskpane.{js,css}  ${kb(excel)} / ${kb(pane.gzip + css.gzip)}   ${(excel / (300 * 1024)).toFixed(2)} of the 300 KB goal`);
console.log(`  Apps Script             dist/appsscript/Code.js  ${kb(appsScript.minified)} / ${kb(appsScript.gzip)}   ${(appsScript.minified / (120 * 1024)).toFixed(2)} of the 120 KB goal`);
console.log(`  Sheets sidebar          dist/appsscript/Sidebar.html  ${kb(sidebar.minified)} / ${kb(sidebar.gzip)}   (no goal: loaded when the sidebar opens; it builds the template)`);
