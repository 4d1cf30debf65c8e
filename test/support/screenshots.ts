import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of the README's pictures. */
const README_IMAGES = fileURLToPath(new URL("../../docs/images", import.meta.url));

/**
 * Whether this run refreshes the README's pictures: `npm run screenshots` sets `SCREENSHOTS=1` (exactly "1";
 * anything else, or nothing, is a plain test run).
 */
export function refreshingScreenshots(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SCREENSHOTS === "1";
}

/**
 * Where a test saves a picture of the page it checked: docs/images/`name` when refreshing the README's pictures,
 * else `scratchDir`/`name`, so that `npm test` takes and checks the picture but leaves the working tree clean.
 * @example
 * screenshotPath("excel-taskpane.png", "/tmp/pane-test-x", {})                   //=> "/tmp/pane-test-x/excel-taskpane.png"
 * screenshotPath("excel-taskpane.png", "/tmp/pane-test-x", { SCREENSHOTS: "1" }) //=> "<repo>/docs/images/excel-taskpane.png"
 */
export function screenshotPath(name: string, scratchDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(refreshingScreenshots(env) ? README_IMAGES : scratchDir, name);
}
