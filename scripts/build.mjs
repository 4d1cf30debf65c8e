// `npm run build`: every bundle with esbuild. Each surface has its own build module; this runs them in turn.
// Options: --base-url https://host/path/ (the Excel add-in's production address; default https://localhost:3000/).
import { existsSync } from "node:fs";
import { buildCli } from "./build-cli.mjs";

const args = process.argv.slice(2);
const baseUrlIndex = args.indexOf("--base-url");
const options = { baseUrl: baseUrlIndex >= 0 ? args[baseUrlIndex + 1] : "https://localhost:3000/" };

const steps = [["cli", () => buildCli(options)]];
for (const [name, module, exported] of [
  ["addin", "./build-addin.mjs", "buildAddin"],
  ["appsscript", "./build-appsscript.mjs", "buildAppsScript"],
]) {
  if (existsSync(new URL(module, import.meta.url))) steps.push([name, async () => (await import(module))[exported](options)]);
}
for (const [name, run] of steps) {
  const outputs = await run();
  console.log(`built ${name}: ${outputs.join(", ")}`);
}
