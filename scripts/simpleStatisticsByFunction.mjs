// simple-statistics by function, for every bundle the project builds (scripts/build-addin.mjs: dist/taskpane.js;
// scripts/build-appsscript.mjs: Code.js and Sidebar.html; scripts/build-cli.mjs: dist/cli.js).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The functions of simple-statistics the core imports (core/metrics/statistics.ts, segments.ts): the name
 * imported → the package's source file (src/<file>.js) that holds it as its default export.
 * @example
 * SIMPLE_STATISTICS_FUNCTIONS.quantile //=> "quantile"
 */
export const SIMPLE_STATISTICS_FUNCTIONS = { max: "max", mean: "mean", min: "min", quantile: "quantile" };

/**
 * An esbuild plugin: `simple-statistics` bundled as the package's own source file of each function the core
 * imports, not its one-file build (dist/simple-statistics.{mjs,cjs,min.js}, which a bundle would otherwise take
 * by its `module`, `main` or `browser` field). That file also holds code esbuild cannot drop because it runs at
 * load (a Bayesian classifier's and a perceptron's prototypes, and a standard normal table of 310 values computed
 * in a loop): Apps Script would run it on every recalculation, Excel and the sidebar when they open, the CLI at
 * every start, and it weighs more. The package's `exports` map allows no deep import, hence the absolute paths.
 * A name the core imports but SIMPLE_STATISTICS_FUNCTIONS lacks fails the build ("No matching export").
 * @example
 * await build({ entryPoints: ["addin/taskpane.ts"], bundle: true, plugins: [simpleStatisticsByFunction] });
 */
export const simpleStatisticsByFunction = {
  name: "simple-statistics-by-function",
  setup(plugin) {
    const source = join(dirname(createRequire(import.meta.url).resolve("simple-statistics/package.json")), "src");
    plugin.onResolve({ filter: /^simple-statistics$/ }, () => ({ path: "simple-statistics", namespace: "simple-statistics-by-function" }));
    plugin.onLoad({ filter: /.*/, namespace: "simple-statistics-by-function" }, () => ({
      contents: Object.entries(SIMPLE_STATISTICS_FUNCTIONS)
        .map(([name, file]) => `export { default as ${name} } from ${JSON.stringify(join(source, `${file}.js`))};`)
        .join("\n"),
      resolveDir: source,
      loader: "js",
    }));
  },
};
