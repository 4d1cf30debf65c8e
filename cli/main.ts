import { access, mkdir } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Grid } from "../core/model/cells";
import { resolveLocale, type Locale } from "../core/model/locale";
import type { DateOrder } from "../core/model/reading";
import { stageList, type StageList } from "../core/model/stages";
import { stageListMessage, stageListProblem } from "../core/model/stageListProblem";
import { localToday } from "../core/model/today";
import { detectShape } from "../core/parse/shape";
import { StageOrderNeeded, stageOrderNeededText } from "../core/parse/currentStage";
import { readVerdict, verdictMessage } from "../core/parse/verdict";
import { reportOfLog, type DealReport } from "../core/report/analyzeDeals";
import type { DealLog } from "../core/parse/dealLog";
import type { TextField } from "../core/parse/wideRows";
import { logDealRows } from "../core/template/logDealRows";
import { trackerRefusal } from "../core/template/trackerDeals";
import type { TemplateCell } from "../core/template/types";
import { ambiguousDatesText } from "../core/report/readingText";
import { sampleDeals } from "../core/sample/sampleDeals";
import { sampleGrid } from "../core/sample/sampleGrid";
import { buildTemplate } from "../core/template/buildTemplate";
import { cliText } from "./cliText";
import { fileErrorText } from "./fileErrors";
import { formatReport } from "./printReport";
import { formatSegments } from "./printSegments";
import type { Segments } from "../core/report/segments";
import { cellText } from "../core/model/cells";
import { groupNoun, segmentSentences, segmentsJson, segmentsOfDeals } from "../core/report/segmentReport";
import { byNoColumnLine } from "./byNoColumnLine";
import { holdsExactly } from "./holdsExactly";
import { writeOwnFile } from "./regularFile";
import { readLogFile, type LogFile } from "./readLogFile";
import { unreadRows } from "./unreadRows";
import { ReadTableError } from "./readTable";
import { unmatchedStages } from "./unmatchedStages";
import { escapeJsonControls, visible } from "./visibleText";
import { analyzeWithDuckdb, DuckdbEngineFailure } from "./duckdbAnalyze";
import { sqlCommand, SqlCommandFailure } from "./sqlCommand";
import { toCsv } from "./writeCsv";
import { workbookToXlsx } from "./xlsx/writeWorkbook";

/** Logs longer than this get a progress line on stderr while they are analysed. */
const PROGRESS_ROWS = 50_000;
/** Sample deals in `template --sample`. */
const TEMPLATE_SAMPLE_DEALS = 2_000;

/** A failure the user caused (bad file, bad option): printed as one line, exit code 1. */
class UsageFailure extends Error {}

/**
 * A file read to the end in which no row could be counted: its report (with every problem row) goes to stdout,
 * then the one line saying why, on stderr, and the exit code is 1.
 */
class NothingRead extends UsageFailure {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
  }
}

function localeFrom(option: string | undefined, env: NodeJS.ProcessEnv): Locale {
  // POSIX order: LC_ALL, then LC_MESSAGES, then LANG; an empty variable counts as unset.
  return resolveLocale(option || env.LC_ALL || env.LC_MESSAGES || env.LANG || "en");
}

/** What `--lang` takes: the two languages, in any spelling of their tags (zh, zh_CN, zh-Hans-CN, en-GB…). */
const LANG_OPTION = /^(?:zh|en)(?:[-_][a-z0-9]+)*$/i;

/** What `--date-order` takes, in any case. */
const DATE_ORDER_OPTION = /^(?:mdy|dmy|ymd)$/i;

/** The commands, in the order the usage lists them. */
const COMMANDS = ["analyze", "template", "demo", "sql"] as const;

/** A colon after a label: full-width in Chinese, as the report prints it. */
const colon = (locale: Locale) => (locale === "zh-CN" ? "：" : ": ");

/** What separates the names of `--stages`: commas (half- or full-width), 、, semicolons, or line breaks. */
const STAGE_SEPARATORS = /[,，、;；\n]/;

/**
 * The `--stages` list, checked as the panes check a typed list (core stageListProblem: at least two, no name
 * twice; a template also at most twenty); the complaint in the user's language. Empty names between separators
 * (a trailing comma) are dropped.
 * @example
 * stagesOption("线索、商机、成交", "zh-CN", "analyze")?.names //=> ["线索", "商机", "成交"]
 */
function stagesOption(option: string | undefined, locale: Locale, use: "analyze" | "template"): StageList | undefined {
  if (option === undefined) return undefined;
  const names = option
    .split(STAGE_SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const problem = stageListProblem(names);
  if (problem !== undefined && !(problem.kind === "tooMany" && use === "analyze")) {
    throw new UsageFailure(`--stages${colon(locale)}${stageListMessage(problem, locale)}`);
  }
  return stageList(names);
}

/**
 * The language asked for with `--lang` in raw arguments, for messages about arguments that could not be parsed
 * (parseArgs failed, so its answer is not there to ask).
 */
function langArgument(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === "--lang") return argv[index + 1];
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length);
  }
  return undefined;
}

/** Node's parseArgs complaint in the user's language: an unknown option, or an option without its value. */
function parseErrorText(error: unknown, locale: Locale): string {
  const { code, message: text } = error as { code?: string; message: string };
  const option = /'(-[^'\s]*)/.exec(text)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return cliText(locale, "unknownOption", { option });
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return cliText(locale, "optionNeedsValue", { option });
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return cliText(locale, "unexpectedArgument", { argument: /'([^']*)'/.exec(text)?.[1] ?? "" });
  return text;
}

/**
 * `analyze`: the diagnosis of a deal log. Numbers-only dates (`03/04/2026`) are read in the order their column's
 * values settle, else `dateOrder` (`--date-order`); a file has no locale, so a column nothing settles fails the
 * run with one line saying what was found and what to add, never a guess (core/parse/dateOrder.ts).
 */
async function analyze(file: string, options: { stages?: string; json?: boolean; dateOrder?: DateOrder; by?: string; engine?: string }, locale: Locale): Promise<string> {
  if (options.engine === "duckdb") return analyzeDuckdb(file, options, locale);
  const { read, log, report: whole, verdict } = await readLogForCli(file, { ...options, groupBy: options.by }, locale);
  const source = read.sheet === undefined ? file : `${file} › ${read.sheet}`;
  const segments = options.by === undefined ? undefined : bySegments(read, log, options.by, locale);
  const report = segments === undefined ? whole : { ...whole, segments: segments.json };
  const lead = segments === undefined ? "" : `${formatSegments(segments.json, segments.sentences, locale)}\n\n`;
  const output = options.json ? escapeJsonControls(JSON.stringify(report, null, 2)) : `${cliText(locale, "title")} — ${visible(source)}\n\n${lead}${formatReport(whole, locale)}`;
  if (!verdict.readable) throw new NothingRead(`${file}: ${verdictMessage(verdict, locale, "cli")}`, output);
  return output;
}

/**
 * `--by FIELD`: the log's deals split by the column FIELD names (core/report/segmentReport.ts), as JSON and in words;
 * a FIELD the header has no column for stops the run with one line naming the headers it could group by
 * ({@link byNoColumnLine}, as `sql --by` and `analyze --engine duckdb --by` say it).
 */
function bySegments(read: LogFile, log: DealLog, by: string, locale: Locale) {
  if (read.group === undefined) {
    const headers = (read.head[0] ?? []).map((cell) => cellText(cell));
    throw new UsageFailure(`--by${colon(locale)}${byNoColumnLine(by, headers, log.deals.stages, locale)}`);
  }
  const segments = segmentsOfDeals(log.deals, read.group, log.reading);
  return { json: segmentsJson(segments, by, locale), sentences: segmentSentences(segments, groupNoun(by, segments.header), locale) };
}

/**
 * `analyze --engine duckdb`: the same figures computed by DuckDB over a CSV or Parquet file (cli/duckdbAnalyze.ts);
 * rows it left out are counted on stderr, since it lists no problem rows.
 */
async function analyzeDuckdb(file: string, options: { stages?: string; json?: boolean; by?: string }, locale: Locale): Promise<string> {
  const stages = stagesOption(options.stages, locale, "analyze");
  let report;
  const found: { segments?: Segments } = {};
  try {
    report = await analyzeWithDuckdb(file, {
      locale,
      ...(stages === undefined ? {} : { stages }),
      onLeftOut: (n) => process.stderr.write(`${cliText(locale, "duckdbLeftOut", { n: n.toLocaleString("en-US") })}\n`),
      ...(options.by === undefined ? {} : { by: options.by, onSegments: (segments: Segments) => (found.segments = segments) }),
    });
  } catch (error) {
    if (error instanceof DuckdbEngineFailure) throw new UsageFailure(`${file}: ${error.message}`);
    throw error;
  }
  const { segments } = found;
  const by = options.by;
  const json = segments === undefined || by === undefined ? undefined : segmentsJson(segments, by, locale);
  const lead = json === undefined ? "" : `${formatSegments(json, segmentSentences(segments!, groupNoun(by!, segments!.header), locale), locale)}\n\n`;
  const shown = json === undefined ? report : { ...report, segments: json };
  return options.json ? escapeJsonControls(JSON.stringify(shown, null, 2)) : `${cliText(locale, "title")} — ${visible(file)}\n\n${lead}${formatReport(report, locale)}`;
}

/**
 * Reads a deal log file as `analyze` does and refuses what it refuses (each with its one line): a file that cannot
 * be read, a `--stages` entry no column has, no deal log, numbers-only dates nothing settles. Returns the file
 * read, its log and its report, and the verdict (whether any row was counted: the caller decides what that means).
 */
async function readLogForCli(
  file: string,
  options: { stages?: string; dateOrder?: DateOrder; keepText?: readonly TextField[]; groupBy?: string },
  locale: Locale,
): Promise<{ read: LogFile; log: DealLog; report: DealReport; verdict: ReturnType<typeof readVerdict> }> {
  const stages = stagesOption(options.stages, locale, "analyze");
  const started = Date.now();
  let read;
  try {
    read = await readLogFile(file, { stages, dateOrder: options.dateOrder, locale, keepText: options.keepText, groupBy: options.groupBy });
  } catch (error) {
    if (error instanceof StageOrderNeeded) {
      // A current-stage export whose stages fit no known order: say them, and how to give the order.
      throw new UsageFailure(`${file}: ${stageOrderNeededText(error, locale)}${cliText(locale, "stagesOptionHint")}`);
    }
    const reason = error instanceof ReadTableError ? cliText(locale, error.reason, { detail: error.detail }) : fileErrorText(error, locale);
    throw new UsageFailure(`${file}: ${reason}`);
  }
  if (stages !== undefined) checkStagesInHeader(read.head, stages, locale);
  if (read.rows > PROGRESS_ROWS) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`${cliText(locale, "progress", { rows: read.rows.toLocaleString("en-US"), seconds })}\n`);
  }
  const log = read.log;
  // Not a deal log, or not one row read: one line saying what was expected, what was found and what to do.
  const verdict = readVerdict(read.head, log);
  if (log === undefined || (!verdict.readable && verdict.reason === "empty")) throw new UsageFailure(`${file}: ${verdictMessage(verdict, locale, "cli")}`);
  const report = reportOfLog(log, locale);
  // Numbers-only dates that nothing settles (03/04/2026 in every row): nothing is guessed.
  const ambiguous = ambiguousDatesText(report.reading?.ambiguousDates, locale);
  if (ambiguous !== undefined) throw new UsageFailure(`${file}: ${ambiguous}${colon(locale)}${cliText(locale, "addDateOrder")}`);
  return { read, log, report, verdict };
}

/** Headers listed when no header is close to a `--stages` entry; more are left out ("…"). */
const LISTED_HEADERS = 10;

/**
 * Refuses a `--stages` entry that heads no column of the log's header row (a typo would otherwise drop the stage
 * silently), naming each with the closest header ({@link unmatchedStages}). A one-column log, a stage history and a
 * current-stage export are left alone: their stages are cells, and a cell that is no stage is a problem row.
 */
function checkStagesInHeader(grid: Grid, stages: StageList, locale: Locale): void {
  if (grid.length === 0) return;
  const kind = detectShape(grid, stages).kind;
  if (kind === "stageColumn" || kind === "history" || kind === "currentStage") return;
  const unmatched = unmatchedStages(grid[0], stages);
  if (unmatched.length === 0) return;
  const list = locale === "zh-CN" ? "、" : ", ";
  const sentences = unmatched.map(({ stage, closest, others }) => {
    const shown = others.length > LISTED_HEADERS ? [...others.slice(0, LISTED_HEADERS), "…"] : others;
    const hint = closest !== undefined ? cliText(locale, "stageClosest", { header: closest }) : shown.length > 0 ? cliText(locale, "stageOtherHeaders", { headers: shown.join(list) }) : "";
    return cliText(locale, "stageNoColumn", { stage }) + hint;
  });
  throw new UsageFailure(`--stages${colon(locale)}${sentences.join(locale === "zh-CN" ? "；" : "; ")}`);
}

/**
 * `template`: writes the tracking workbook; never overwrites a file unless `force`, and never writes through a
 * symbolic link ({@link writeOwnFile}). With `deals`, the manager's own deals fill the Deals sheet
 * ({@link ownDealRows}). Returns the line to print.
 */
async function template(
  options: { out?: string; sample?: boolean; stages?: string; force?: boolean; deals?: string; dateOrder?: DateOrder; rows?: string },
  locale: Locale,
): Promise<string> {
  const out = options.out;
  const dealRows = rowsOption(options.rows, locale);
  if (out === undefined || out === "") throw new UsageFailure(cliText(locale, "outRequired"));
  if (extname(out).toLowerCase() !== ".xlsx") throw new UsageFailure(`${out}: ${cliText(locale, "outNotXlsx")}`);
  if (!options.force && (await exists(out))) throw new UsageFailure(`${out}: ${cliText(locale, "outExists")}`);
  // Today in the process's local calendar (TZ): the Reviews months are fixed from it (core reads no clock).
  const today = localToday(new Date());
  let spec;
  if (options.deals !== undefined) {
    const own = await ownDealRows(options.deals, options, locale);
    if (dealRows !== undefined && dealRows < own.rows.length) throw new UsageFailure(`--rows${colon(locale)}${cliText(locale, "rowsFewerThanDeals", { rows: String(dealRows), deals: String(own.rows.length) })}`);
    spec = buildTemplate({ locale, stages: own.stages, ownDeals: own.rows, today, dealRows });
  } else {
    const stages = stagesOption(options.stages, locale, "template")?.names;
    const sampleCount = options.sample ? TEMPLATE_SAMPLE_DEALS : 0;
    if (dealRows !== undefined && dealRows < sampleCount) throw new UsageFailure(`--rows${colon(locale)}${cliText(locale, "rowsFewerThanDeals", { rows: String(dealRows), deals: String(sampleCount) })}`);
    spec = buildTemplate({ locale, stages, sampleDeals: sampleCount, today, dealRows });
  }
  const bytes = await workbookToXlsx(spec);
  try {
    await mkdir(dirname(out), { recursive: true });
    // Created new (O_EXCL) unless --force, never through a symbolic link: the refusal holds even against a race.
    await writeOwnFile(out, bytes, options.force === true);
  } catch (error) {
    throw new UsageFailure(`${out}: ${fileErrorText(error, locale)}`);
  }
  return `${cliText(locale, "wroteTemplate")}${colon(locale)}${visible(out)}`;
}

/** The most rows `--rows` prepares: an .xlsx sheet holds 1,048,576 rows, the header among them. */
const MAX_DEAL_ROWS = 1_048_575;

/**
 * `--rows N`: how many Deals rows the file prepares (formulas and dropdowns), a whole number 1 … 1,048,575;
 * undefined without the option (the default: 1,000, or the deals + their spare rows).
 */
function rowsOption(value: string | undefined, locale: Locale): number | undefined {
  if (value === undefined) return undefined;
  const rows = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(rows) || rows < 1 || rows > MAX_DEAL_ROWS) throw new UsageFailure(`--rows${colon(locale)}${cliText(locale, "rowsInvalid", { value: visible(value) })}`);
  return rows;
}

/** Every text field a deal may carry: a streamed wide log keeps only those asked for. */
const ALL_TEXT_FIELDS: readonly TextField[] = ["id", "name", "customer", "source", "owner", "team", "region", "industry", "currency", "lostReason"];

/**
 * `template --deals FILE`: the file read as `analyze` reads it (and refused as it refuses), its stage list (given,
 * the workbook's, or the order the reader decided) and its deals as Deals-sheet rows, the rows it could not read
 * after them (core/template/logDealRows.ts).
 */
async function ownDealRows(
  file: string,
  options: { stages?: string; dateOrder?: DateOrder },
  locale: Locale,
): Promise<{ stages: readonly string[]; rows: TemplateCell[][] }> {
  const { read, log, report, verdict } = await readLogForCli(file, { ...options, keepText: ALL_TEXT_FIELDS }, locale);
  const refused = trackerRefusal(log, verdict, locale, "cli");
  if (refused !== undefined) throw new UsageFailure(`${file}: ${refused}`);
  const unread = await unreadRows(file, read.sheet, log, report, locale);
  return { stages: log.deals.stages.names, rows: logDealRows(log.deals, log.problems, unread, locale) };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder of the running script: dist/ for the built CLI (dist/cli.js), wherever it is run from. `demo`
 * writes its sample there, beside the package, not in the current folder.
 */
function scriptFolder(): string {
  return dirname(fileURLToPath(import.meta.url));
}

/**
 * `demo`: sample deals to a CSV and their diagnosis. The CSV goes to `outDir` (default: beside the CLI,
 * {@link scriptFolder}); an existing file is overwritten only with `force` (npm start passes it), and a
 * symbolic link never; without `force`, a file that already holds the seeded sample is analyzed as it is.
 */
async function demo(locale: Locale, outDir: string | undefined, force: boolean): Promise<string> {
  const stages = stageList(undefined, locale).names;
  const deals = sampleDeals({ count: 2_000, seed: 2026, locale, stages });
  const { grid } = sampleGrid(deals, { locale, stages, dates: "text", badRows: 3, seed: 7 });
  const file = join(outDir ?? scriptFolder(), `sample-deals.${locale}.csv`);
  const csv = "\uFEFF" + toCsv(grid);
  // The sample is seeded: a file that holds exactly it (a run before, npm start's) is analyzed again, unchanged.
  const kept = !force && (await holdsExactly(file, csv));
  try {
    await mkdir(dirname(file), { recursive: true });
    if (!kept) await writeOwnFile(file, csv, force);
  } catch (error) {
    throw new UsageFailure(`${file}: ${fileErrorText(error, locale)}`);
  }
  const said = cliText(locale, kept ? "keptSample" : "wroteSample");
  return `${said}${colon(locale)}${visible(file)}\n\n${await analyze(file, {}, locale)}`;
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
        "date-order": { type: "string" },
        by: { type: "string" },
        deals: { type: "string" },
        json: { type: "boolean" },
        out: { type: "string" },
        sample: { type: "boolean" },
        force: { type: "boolean" },
        rows: { type: "string" },
        help: { type: "boolean", short: "h" },
        // sql (cli/sqlCommand.ts)
        dialect: { type: "string" },
        shape: { type: "string" },
        table: { type: "string" },
        columns: { type: "string" },
        column: { type: "string", multiple: true },
        // analyze --engine duckdb (cli/duckdbAnalyze.ts)
        engine: { type: "string" },
      },
    });
  } catch (error) {
    const locale = localeFrom(langArgument(argv), env);
    process.stderr.write(`sales-tracker: ${visible(parseErrorText(error, locale))}\n${cliText(locale, "usage")}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !LANG_OPTION.test(values.lang.trim())) {
    // Said in the environment's language: the one asked for is not spoken.
    const fallback = localeFrom(undefined, env);
    process.stderr.write(`sales-tracker: --lang${colon(fallback)}${cliText(fallback, "unknownLanguage", { lang: visible(values.lang) })}\n${cliText(fallback, "usage")}\n`);
    return 2;
  }
  const locale = localeFrom(values.lang, env);
  const dateOrderValue = values["date-order"];
  if (dateOrderValue !== undefined && !DATE_ORDER_OPTION.test(dateOrderValue.trim())) {
    process.stderr.write(`sales-tracker: --date-order${colon(locale)}${cliText(locale, "unknownDateOrder", { value: visible(dateOrderValue) })}\n${cliText(locale, "usage")}\n`);
    return 2;
  }
  const dateOrder = dateOrderValue?.trim().toLowerCase() as DateOrder | undefined;
  const engine = values.engine?.trim().toLowerCase();
  if (engine !== undefined && engine !== "duckdb" && engine !== "core") {
    process.stderr.write(`sales-tracker: --engine${colon(locale)}${cliText(locale, "unknownEngine", { value: visible(values.engine ?? "") })}\n${cliText(locale, "usage")}\n`);
    return 2;
  }
  const [command, file] = positionals;
  if (command !== undefined && !(COMMANDS as readonly string[]).includes(command)) {
    process.stderr.write(`sales-tracker: ${cliText(locale, "unknownCommand", { command: visible(command) })}\n${cliText(locale, "usage")}\n`);
    return 2;
  }
  try {
    if (command === "analyze" && file !== undefined && !values.help) {
      process.stdout.write((await analyze(file, { ...values, dateOrder, engine }, locale)) + "\n");
      return 0;
    }
    if (command === "template" && file === undefined && !values.help) {
      if (values.sample && values.deals !== undefined) {
        process.stderr.write(`sales-tracker: ${cliText(locale, "sampleOrDeals")}\n${cliText(locale, "usage")}\n`);
        return 2;
      }
      process.stdout.write((await template({ ...values, dateOrder }, locale)) + "\n");
      return 0;
    }
    if (command === "sql" && file === undefined && !values.help) {
      try {
        process.stdout.write(sqlCommand({ ...values, stages: stagesOption(values.stages, locale, "analyze") }, locale));
      } catch (error) {
        if (!(error instanceof SqlCommandFailure) || !error.usage) throw error instanceof SqlCommandFailure ? new UsageFailure(error.message) : error;
        process.stderr.write(`sales-tracker: ${visible(error.message)}\n${cliText(locale, "usage")}\n`);
        return 2;
      }
      return 0;
    }
    if (command === "demo" && !values.help) {
      process.stdout.write((await demo(locale, values.out, values.force === true)) + "\n");
      return 0;
    }
    process.stdout.write(cliText(locale, "usage") + "\n");
    return values.help ? 0 : 2;
  } catch (error) {
    if (error instanceof NothingRead) process.stdout.write(error.output + "\n");
    if (error instanceof UsageFailure) {
      // One line, whatever a file name or a header quoted in it holds.
      process.stderr.write(`sales-tracker: ${visible(error.message)}\n`);
      return 1;
    }
    throw error;
  }
}
