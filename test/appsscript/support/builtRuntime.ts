/**
 * The built Apps Script project (dist/appsscript/) run as Apps Script runs it, minus Google: Code.js evaluated
 * as one script in a fresh node:vm context whose globals are the fake's services. Top-level functions of
 * Code.js become the context's properties, so a test calls them by name, as Sheets and google.script.run do.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import vm from "node:vm";
import type { CallServer } from "../../../appsscript/sidebar/generation";
import { MAX_ANSWER_CHARS, MAX_REQUEST_CHARS } from "../../../appsscript/shared/protocol";
import { SheetsFake, type SheetsFakeOptions } from "../fakes/sheetsFake";

const run = promisify(execFile);

export const DIST = join(process.cwd(), "dist", "appsscript");

/** `npm run build`, as a user runs it (every bundle; each output file is written whole, then renamed). */
export async function buildProject(): Promise<void> {
  await run("npm", ["run", "build"], { cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 });
}

export function readBuilt(file: string): string {
  return readFileSync(join(DIST, file), "utf8");
}

export interface BuiltRuntime {
  readonly fake: SheetsFake;
  readonly context: vm.Context;
  /** The context's own `Date`: what Sheets' date cells are inside the script. */
  readonly ScriptDate: DateConstructor;
  /** Attempts to make code from strings (eval, new Function), each refused. */
  readonly codeFromStrings: readonly string[];
  /** Calls a top-level function of Code.js; a thrown error is returned as `{ thrown: message }`. */
  call(name: string, ...args: unknown[]): unknown;
}

/**
 * Loads Code.js into a new context with a new fake (options as SheetsFake's; the project's HTML files — the
 * sidebar, the help pages — are provided from dist/appsscript/*.html, by name without ".html"). One context is one "execution": module state such as the
 * cached spreadsheet locale lives as long as it does.
 */
export function loadBuilt(code: string, options: Omit<SheetsFakeOptions, "createDate" | "htmlFiles"> = {}): BuiltRuntime {
  // No code from strings: eval and new Function throw (as under a strict Content-Security-Policy), and every
  // attempt — even one a library catches — is recorded in `codeFromStrings`.
  const codeFromStrings: string[] = [];
  const context = vm.createContext({ console }, { codeGeneration: { strings: false, wasm: false } });
  const intrinsicFunction = vm.runInContext("Function", context) as FunctionConstructor;
  const refuse = (how: string) => {
    codeFromStrings.push(how);
    throw new EvalError("Code generation from strings disallowed for this context");
  };
  context.Function = new Proxy(intrinsicFunction, { construct: () => refuse("new Function"), apply: () => refuse("Function()") });
  const ScriptDate = vm.runInContext("Date", context) as DateConstructor;
  const fake = new SheetsFake({ ...options, createDate: (time) => new ScriptDate(time), htmlFiles: builtHtmlFiles() });
  Object.assign(context, fake.globals());
  vm.runInContext(code, context, { filename: "Code.js" });
  return {
    fake,
    context,
    ScriptDate,
    codeFromStrings,
    call(name, ...args) {
      const target: unknown = context[name];
      if (typeof target !== "function") throw new Error(`Code.js has no top-level function ${name}`);
      try {
        return (target as (...values: unknown[]) => unknown)(...args);
      } catch (error) {
        // An error thrown inside the context is not `instanceof Error` here: read its message.
        return { thrown: String((error as { message?: unknown }).message ?? error) };
      }
    },
  };
}

/** The project's HTML files as createHtmlOutputFromFile finds them: by name without ".html". */
function builtHtmlFiles(): Record<string, string> {
  const files = readdirSync(DIST).filter((file) => file.endsWith(".html"));
  return Object.fromEntries(files.map((file) => [file.slice(0, -".html".length), readBuilt(file)]));
}

/** Plain JSON of a value from the context (arrays and objects of its realm become this realm's). */
export function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** True when a value holds nothing google.script.run could not carry: only JSON types, no `Date`, no NaN. */
export function isWireSafe(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isWireSafe);
  if (typeof value === "object" && Object.prototype.toString.call(value) === "[object Object]") return Object.values(value as object).every(isWireSafe);
  return false;
}

/**
 * google.script.run onto the built Code.js, for the sidebar's generation flow (appsscript/sidebar/generation.ts)
 * and analysis (analyzeSheets.ts) run in Node: arguments cross as JSON (as google.script.run copies them; a
 * `Date` is refused), within the sidebar's own ceiling (MAX_REQUEST_CHARS), and answers must be wire-safe and
 * within it too (MAX_ANSWER_CHARS). A thrown server error rejects.
 */
export function callThrough(runtime: BuiltRuntime, log: { name: string; chars: number }[] = []): CallServer {
  return ((name: string, ...args: unknown[]) => {
    if (!isWireSafe(args)) return Promise.reject(new Error(`google.script.run cannot send the arguments of ${name}`));
    const json = JSON.stringify(args);
    log.push({ name, chars: json.length });
    if (json.length > MAX_REQUEST_CHARS) return Promise.reject(new Error(`${name}: ${json.length} characters is over the ceiling`));
    const answer = runtime.call(name, ...(JSON.parse(json) as unknown[]));
    if (typeof answer === "object" && answer !== null && "thrown" in answer) return Promise.reject(new Error((answer as { thrown: string }).thrown));
    if (answer !== undefined && !isWireSafe(answer)) return Promise.reject(new Error(`${name} answered with something google.script.run cannot carry`));
    const answered = answer === undefined ? 0 : JSON.stringify(answer).length;
    if (answered > MAX_ANSWER_CHARS) return Promise.reject(new Error(`${name}: an answer of ${answered} characters is over the ceiling`));
    return Promise.resolve(plain(answer));
  }) as CallServer;
}
