/**
 * The built add-in bundle (dist/taskpane.js) run as Excel's shared runtime runs it, in node:vm with fakes of the
 * globals it touches: `CustomFunctions` (associate, Error, ErrorCode), `Office` (onReady, actions,
 * context.displayLanguage, context.ui.displayDialogAsync) and a page without the pane's markup. Nothing here
 * imports addin/: the bundle is tested as shipped.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import vm from "node:vm";

const run = promisify(execFile);

/** Builds the add-in into a fresh temporary folder (not dist/, which other test files rebuild) and returns it. */
export async function buildAddinInto(baseUrl?: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "addin-build-"));
  await run(process.execPath, ["scripts/build-addin.mjs", "--out", outDir, ...(baseUrl ? ["--base-url", baseUrl] : [])], { cwd: process.cwd() });
  return outDir;
}

/** Runs a script as a user would; never throws on a non-zero exit. */
export async function runNode(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: process.cwd(), maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** What `new CustomFunctions.Error(code, message)` makes in the fake runtime. */
export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Excel's error codes (the values of CustomFunctions.ErrorCode). */
export const FAKE_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
} as const;

type AnyFunction = (...args: unknown[]) => unknown;

/** A ribbon command's event: records `completed()`. */
export interface FakeCommandEvent {
  completed(): void;
  readonly completions: number;
}

export function commandEvent(): FakeCommandEvent {
  let completions = 0;
  return {
    completed: () => void completions++,
    get completions() {
      return completions;
    },
  };
}

/** The bundle loaded in one fake runtime. */
export interface LoadedRuntime {
  /** CustomFunctions.associate calls: id → function, in call order. */
  readonly functions: Map<string, AnyFunction>;
  /** Office.actions.associate calls: id → function. */
  readonly actions: Map<string, AnyFunction>;
  /** Office.context.ui.displayDialogAsync calls. */
  readonly dialogs: { url: string; options: unknown }[];
  /** Times the Office.onReady callback ran. */
  readonly readyCalls: number;
}

/** A stand-in that accepts any property access, call or assignment (the pane's DOM, Excel, unknown Office parts). */
function permissive(members: Record<PropertyKey, unknown> = {}): unknown {
  const own: Record<PropertyKey, unknown> = { ...members };
  return new Proxy(function () {}, {
    get(_target, key) {
      if (key in own) return own[key];
      if (key === "then") return undefined;
      if (key === Symbol.toPrimitive) return () => "";
      if (key === Symbol.iterator) return function* () {};
      own[key] = permissive();
      return own[key];
    },
    set(_target, key, value) {
      own[key] = value;
      return true;
    },
    apply: () => permissive(),
    construct: () => permissive() as object,
  });
}

/** A detached element: accepts anything, but has no relatives, so DOM walks end at once. */
function fakeElement(): unknown {
  return permissive({
    parentNode: null,
    parentElement: null,
    firstChild: null,
    lastChild: null,
    firstElementChild: null,
    lastElementChild: null,
    nextSibling: null,
    previousSibling: null,
    nextElementSibling: null,
    previousElementSibling: null,
    childNodes: [],
    children: [],
    isConnected: false,
  });
}

/** A page without the pane's markup (no #app): the functions and commands are tested, not the pane. */
function fakeDocument(): unknown {
  return permissive({
    readyState: "complete",
    getElementById: () => null,
    querySelector: () => null,
    querySelectorAll: () => [],
    createElement: fakeElement,
    createElementNS: fakeElement,
    createTextNode: fakeElement,
    createDocumentFragment: fakeElement,
    body: fakeElement(),
    head: fakeElement(),
    documentElement: fakeElement(),
  });
}

/**
 * Loads a built taskpane.js as Excel would, with Office's display language `displayLanguage`. Office.onReady
 * calls back during the load, so the whole load runs under a time limit.
 */
export async function loadRuntime(bundlePath: string, displayLanguage: string): Promise<LoadedRuntime> {
  const functions = new Map<string, AnyFunction>();
  const actions = new Map<string, AnyFunction>();
  const dialogs: { url: string; options: unknown }[] = [];
  let readyCalls = 0;
  const office = permissive({
    onReady: (callback?: (info: unknown) => void) => {
      const info = { host: "Excel", platform: "PC" };
      readyCalls++;
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (id: string, action: AnyFunction) => actions.set(id, action) },
    context: permissive({
      displayLanguage,
      ui: permissive({
        displayDialogAsync: (url: string, options: unknown, callback?: (result: unknown) => void) => {
          dialogs.push({ url, options });
          callback?.({ status: "succeeded", value: permissive() });
        },
      }),
    }),
  });
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: AnyFunction) => functions.set(id, fn),
      Error: FakeCustomFunctionsError,
      ErrorCode: FAKE_ERROR_CODES,
    },
    Office: office,
    Excel: permissive(),
    document: fakeDocument(),
    location: { href: "https://localhost:3000/taskpane.html", origin: "https://localhost:3000" },
    navigator: { language: displayLanguage, userAgent: "node:vm" },
    console: { log() {}, info() {}, warn() {}, error() {}, debug() {} },
    URL,
    TextEncoder,
    TextDecoder,
    setTimeout,
    clearTimeout,
    queueMicrotask,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(readFileSync(bundlePath, "utf8"), sandbox, { filename: bundlePath, timeout: 10_000 });
  await new Promise((done) => setTimeout(done, 10));
  return {
    functions,
    actions,
    dialogs,
    get readyCalls() {
      return readyCalls;
    },
  };
}
