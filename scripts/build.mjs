// `npm run build`: every bundle with esbuild. Each surface has its own build module; this runs them in turn.
// Options: --base-url https://host/path/ (the Excel add-in's production address; default https://localhost:3000/).
// The base URL is checked before anything is built: Office loads add-ins only over https (localhost included),
// so anything else stops the build with one line in the user's language and exit code 1. A step that fails
// stops it the same way (esbuild prints its own diagnostics above).
import { existsSync } from "node:fs";
import { buildCli } from "./build-cli.mjs";
import { buildErrorText, DEV_BASE_URL, normalizeBaseUrl } from "./build-addin.mjs";

const args = process.argv.slice(2);
const baseUrlIndex = args.indexOf("--base-url");

try {
  const options = { baseUrl: normalizeBaseUrl(baseUrlIndex >= 0 ? args[baseUrlIndex + 1] : DEV_BASE_URL) };
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
} catch (error) {
  console.error(`build: ${buildErrorText(error)}`);
  process.exitCode = 1;
}
