// The command line: dist/cli.js (the package's `bin`), one Node ESM bundle.
import { build } from "esbuild";
import { simpleStatisticsByFunction } from "./simpleStatisticsByFunction.mjs";

export async function buildCli() {
  await build({
    entryPoints: ["cli/index.ts"],
    outfile: "dist/cli.js",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // Bundled CommonJS (exceljs and its zip/stream deps) calls require() for Node's built-ins; an ES module has
    // no require, so the banner gives the bundle one.
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
    legalComments: "none",
    logLevel: "warning",
    plugins: [simpleStatisticsByFunction],
  });
  return ["dist/cli.js"];
}
