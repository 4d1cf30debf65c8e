// Builds every bundle with esbuild. For now: the command line (dist/cli.js, the package's `bin`).
import { build } from "esbuild";

await build({
  entryPoints: ["cli/index.ts"],
  outfile: "dist/cli.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  banner: { js: "#!/usr/bin/env node" },
  minify: false,
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});
console.log("built dist/cli.js");
