/**
 * The built command line (dist/cli.js) takes from simple-statistics only the functions the core calls
 * (scripts/simpleStatisticsByFunction.mjs), so starting it sets up no classifier, no perceptron and no normal
 * table. analyze.test.ts and the others check its figures.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ONE_FILE_STATISTICS } from "../support/oneFileStatistics";
import { buildCli, cli } from "./helpers";

let script = "";

beforeAll(async () => {
  script = await buildCli();
}, 120_000);

describe("simple-statistics in the built command line", () => {
  it("holds none of the one-file build's load-time code, and starts", async () => {
    expect(ONE_FILE_STATISTICS.exec(readFileSync(script, "utf8"))?.[0] ?? "none").toBe("none");
    expect((await cli(["--help"])).code).toBe(0);
  });
});
