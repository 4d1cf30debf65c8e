// The custom functions' help texts, dropped from the bundles that never read them: Apps Script's Code.js
// (scripts/build-appsscript.mjs; the stubs' JSDoc carries them) and the Excel add-in's taskpane.js
// (scripts/build-addin.mjs; Excel reads them from functions.json, the ribbon's Help opens help.*.html). The
// bundles that print them keep them: template.js and the Sheets sidebar (the Guide sheet), the help pages.
import { readFileSync } from "node:fs";
import ts from "typescript";

/**
 * An esbuild plugin: in core/functions/, each `help: { "zh-CN": …, en: … }` property (a literal in both
 * languages, read with TypeScript's parser) becomes `help: void 0`. Anything in the bundle that read one would
 * throw; the builds check with {@link leftoverHelp} that none is left.
 * @example
 * await build({ entryPoints: ["appsscript/main.ts"], bundle: true, plugins: [stripLocalizedHelp] });
 */
export const stripLocalizedHelp = {
  name: "strip-localized-help",
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]core[\\/]functions[\\/].*\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8");
      const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const cuts = [];
      const visit = (node) => {
        if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === "help" && isLocalizedLiteral(node.initializer)) {
          cuts.push([node.initializer.getStart(file), node.initializer.end]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let contents = source;
      for (const [start, end] of cuts.reverse()) contents = `${contents.slice(0, start)}void 0${contents.slice(end)}`;
      return { contents, loader: "ts" };
    });
  },
};

/** `{ "zh-CN": "…", en: "…" }` with string literals only: a Localized text as the registry writes one. */
function isLocalizedLiteral(node) {
  if (!ts.isObjectLiteralExpression(node) || node.properties.length !== 2) return false;
  const keys = node.properties.map((property) =>
    ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && ts.isStringLiteralLike(property.initializer) ? property.name.text : "",
  );
  return keys.includes("zh-CN") && keys.includes("en");
}

/**
 * The functions' help texts still found in `bundle` as a string literal (whole, or its first 40 characters).
 * @param {string} bundle
 * @param {readonly { help: { en: string, "zh-CN": string }, params: readonly { help: { en: string, "zh-CN": string } }[] }[]} functions
 *   the registry's entries (FUNCTIONS, or Apps Script's catalog)
 * @example
 * leftoverHelp('var a="Win rate…"', FUNCTIONS) //=> ["Win rate…"]
 */
export function leftoverHelp(bundle, functions) {
  const texts = functions.flatMap((entry) => [entry.help, ...entry.params.map((param) => param.help)]).flatMap((help) => [help.en, help["zh-CN"]]);
  return texts.filter((text) => ['"', "'", "`"].some((quote) => bundle.includes(`${quote}${text}${quote}`) || (text.length > 40 && bundle.includes(`${quote}${text.slice(0, 40)}`))));
}
