import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { resolveLocale, type Locale } from "../core/model/locale";
import { stageList } from "../core/model/stages";
import { analyzeDeals } from "../core/report/analyzeDeals";
import { sampleDeals } from "../core/sample/sampleDeals";
import { sampleGrid } from "../core/sample/sampleGrid";
import { cliText } from "./cliText";
import { formatReport } from "./printReport";
import { readTable } from "./readTable";
import { toCsv } from "./writeCsv";

/** A failure the user caused (bad file, bad option): printed as one line, exit code 1. */
class UsageFailure extends Error {}

function localeFrom(option: string | undefined, env: NodeJS.ProcessEnv): Locale {
  // POSIX order: LC_ALL, then LC_MESSAGES, then LANG; an empty variable counts as unset.
  return resolveLocale(option || env.LC_ALL || env.LC_MESSAGES || env.LANG || "en");
}

async function analyze(file: string, options: { stages?: string; json?: boolean }, locale: Locale): Promise<string> {
  let table;
  try {
    table = await readTable(file);
  } catch (error) {
    throw new UsageFailure(`${file}: ${(error as Error).message}`);
  }
  let stages;
  if (options.stages !== undefined) {
    try {
      stages = stageList(options.stages.split(/[,，]/));
    } catch (error) {
      throw new UsageFailure(`--stages: ${(error as Error).message}`);
    }
  }
  const report = analyzeDeals(table.grid, { locale, stages });
  if (report === undefined) throw new UsageFailure(`${file}: ${cliText(locale, "notADealLog")}`);
  return options.json ? JSON.stringify(report, null, 2) : `${cliText(locale, "title")} — ${file}\n\n${formatReport(report, locale)}`;
}

async function demo(locale: Locale, outDir: string): Promise<string> {
  const stages = stageList(undefined, locale).names;
  const deals = sampleDeals({ count: 2_000, seed: 2026, locale, stages });
  const { grid } = sampleGrid(deals, { locale, stages, dates: "text", badRows: 3, seed: 7 });
  const file = `${outDir}/sample-deals.${locale}.csv`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, "\uFEFF" + toCsv(grid));
  return `${cliText(locale, "wroteSample")}: ${file}\n\n${await analyze(file, {}, locale)}`;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        lang: { type: "string" },
        stages: { type: "string" },
        json: { type: "boolean" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    process.stderr.write(`sales-tracker: ${(error as Error).message}\n${cliText(localeFrom(undefined, env), "usage")}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const locale = localeFrom(values.lang, env);
  const [command, file] = positionals;
  try {
    if (command === "analyze" && file !== undefined && !values.help) {
      process.stdout.write((await analyze(file, values, locale)) + "\n");
      return 0;
    }
    if (command === "demo" && !values.help) {
      process.stdout.write((await demo(locale, values.out ?? "dist")) + "\n");
      return 0;
    }
    process.stdout.write(cliText(locale, "usage") + "\n");
    return values.help ? 0 : 2;
  } catch (error) {
    if (error instanceof UsageFailure) {
      process.stderr.write(`sales-tracker: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
