/**
 * The sidebar's "Generate", without the page: the template (built by the caller with the core, in the browser)
 * goes to the spreadsheet through the server functions of shared/protocol.ts —
 * 1. `sidebarPlan` says which sheets and workbook names exist; when some do, the user chooses: add only the
 *    missing sheets, add a numbered copy (renamed here, asCopy), or cancel — nothing is ever overwritten;
 * 2. every sheet to send is encoded (wireSheet.ts) once and measured: a template too large to send writes nothing;
 * 3. `sidebarDrawSheet`, once per sheet, so progress can be shown and no call carries the whole workbook; the
 *    last one also activates the first sheet added (the Guide), as Excel's generation does.
 * sidebar.ts wires it to the page; the tests drive it against the built Code.js.
 */
import type { WorkbookSpec } from "../../core/template/types";
import { MAX_REQUEST_CHARS, type ClashChoice, type DrawSheetRequest, type SidebarServer } from "../shared/protocol";
import { encodeSheet } from "../shared/wireSheet";
import { asCopy, outlineOf } from "../../core/template/numberedCopy";

/** A server function called through google.script.run (server.ts callServer, or a test's stand-in). */
export type CallServer = <K extends keyof SidebarServer>(name: K, ...args: Parameters<SidebarServer[K]>) => Promise<ReturnType<SidebarServer[K]>>;

export interface GenerationHooks {
  readonly callServer: CallServer;
  /**
   * Asked when sheets or workbook names of the template exist. "addMissing" makes sense only when `sheets` is
   * not empty (else the new sheets would read another template's names), "copy" only when `copy` is not null.
   */
  askClash(clash: Clash): Promise<ClashChoice | "cancel">;
  /** Before each sheet is sent: `step` of `steps` (0-based), and the sheet's name. */
  progress(step: number, steps: number, sheet: string): void;
  /** After each sheet: the sheets the server added. */
  added?(sheets: readonly string[]): void;
}

/** What exists of the template: its sheets, its workbook names, and the number free for a copy (or none). */
export interface Clash {
  readonly sheets: readonly string[];
  readonly names: readonly string[];
  readonly copy: number | null;
}

export type GenerationOutcome =
  /** `created`: the sheets added; `kept`: existing sheets left as they were ("add only the missing"). */
  | { readonly status: "done"; readonly created: readonly string[]; readonly kept: readonly string[] }
  | { readonly status: "cancelled" }
  /** The server refused the plan (its message is in the user's language). */
  | { readonly status: "invalid"; readonly message: string }
  /** A sheet's request would be over {@link MAX_REQUEST_CHARS}; nothing was written. */
  | { readonly status: "tooLarge"; readonly sheet: string };

/**
 * Puts `spec` into the spreadsheet through the server. A clash or a refusal on a sheet after the plan throws
 * {@link GenerationStopped}, the sheets already added kept and named in it; a failed call throws as it failed.
 * @example
 * const outcome = await generateThroughServer(buildTemplate({ locale: "en" }), { callServer, askClash, progress });
 * outcome.status //=> "done"
 */
export async function generateThroughServer(template: WorkbookSpec, hooks: GenerationHooks): Promise<GenerationOutcome> {
  const plan = await hooks.callServer("sidebarPlan", outlineOf(template));
  if (plan.status === "invalid") return plan;
  let choice: ClashChoice = "stop";
  if (plan.existing.length > 0 || plan.names.length > 0) {
    const answer = await hooks.askClash({ sheets: plan.existing, names: plan.names, copy: plan.copy });
    if (answer === "cancel") return { status: "cancelled" };
    if ((answer === "copy" && plan.copy === null) || (answer === "addMissing" && plan.existing.length === 0)) return { status: "cancelled" };
    choice = answer;
  }
  const spec = choice === "copy" && plan.copy !== null ? asCopy(template, plan.copy) : template;
  const existing = new Set(choice === "addMissing" ? plan.existing : []);
  const onClash = choice === "addMissing" ? "addMissing" : "stop";
  // Every request is encoded and measured before the first is sent (planning wrote nothing either).
  const requests = spec.sheets
    .filter((sheet) => !existing.has(sheet.name))
    .map((sheet): DrawSheetRequest => ({ locale: spec.locale, sheet: encodeSheet(sheet), names: spec.names, onClash }));
  // Room for the `"activate":"<a sheet name>",` the last request carries.
  const activateRoom = Math.max(...spec.sheets.map((sheet) => JSON.stringify(sheet.name).length)) + 12;
  const tooLarge = requests.find((request) => JSON.stringify(request).length + activateRoom > MAX_REQUEST_CHARS);
  if (tooLarge !== undefined) return { status: "tooLarge", sheet: tooLarge.sheet.name };
  const created: string[] = [];
  for (const [step, request] of requests.entries()) {
    hooks.progress(step, requests.length, request.sheet.name);
    // The last call also activates the first sheet added (the Guide), where Excel's generation ends too.
    const last = step === requests.length - 1 && created.length > 0;
    const answer = await hooks.callServer("sidebarDrawSheet", last ? { ...request, activate: created[0] } : request);
    if (answer.status === "clash") throw new GenerationStopped({ clashes: answer.clashes }, created);
    if (answer.status !== "done") throw new GenerationStopped({ message: answer.message }, created);
    created.push(...answer.created);
    hooks.added?.(answer.created);
  }
  return { status: "done", created, kept: [...existing] };
}

/**
 * The server stopped a generation after the plan: a sheet appeared meanwhile (`clashes`), or Sheets refused a
 * write (`message`, in the user's language; that sheet was taken back). `created`: the sheets added before,
 * which stay.
 */
export class GenerationStopped extends Error {
  constructor(
    readonly why: { readonly clashes: readonly string[] } | { readonly message: string },
    readonly created: readonly string[],
  ) {
    super("clashes" in why ? `Sheets appeared meanwhile: ${why.clashes.join(", ")}` : why.message);
    this.name = "GenerationStopped";
  }
}
