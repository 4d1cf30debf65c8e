import type { SidebarServer } from "../shared/protocol";

/** What HtmlService gives the page: `google.script.run`, a builder whose handlers are set by chaining. */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

declare const google: { readonly script: { readonly run: ScriptRun } };

/**
 * Calls a server function of the add-on and waits for its answer. Arguments and answers are plain JSON
 * (shared/protocol.ts); a thrown server error rejects with it.
 * @example
 * const heads = await callServer("sidebarSheetHeads");
 */
export function callServer<K extends keyof SidebarServer>(name: K, ...args: Parameters<SidebarServer[K]>): Promise<ReturnType<SidebarServer[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarServer[K]>))
      .withFailureHandler(reject) as unknown as Record<K, (...values: unknown[]) => void>;
    runner[name](...args);
  });
}

/** The message of a failure google.script.run reports (an Error-like object, or text). */
export function failureMessage(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}
