/**
 * The sidebar's analysis (appsscript/sidebar/analyzeSheets.ts, which runs in the browser) against the Sheets fake,
 * its calls to the server (appsscript/sheetPages.ts, from the TypeScript source) crossing as google.script.run
 * carries them: JSON copies each way, no `Date`, each request and answer within the sidebar's ceiling.
 */
import { sidebarSheetHeads, sidebarSheetValues } from "../../../appsscript/sheetPages";
import { analyzeSheets } from "../../../appsscript/sidebar/analyzeSheets";
import type { CallServer } from "../../../appsscript/sidebar/generation";
import { MAX_ANSWER_CHARS, MAX_REQUEST_CHARS, type AnalyzeResponse } from "../../../appsscript/shared/protocol";
import type { SheetsFake } from "../fakes/sheetsFake";
import { isWireSafe } from "./builtRuntime";

/** One call the sidebar made: its name and the characters of JSON each way. */
export interface WireCall {
  readonly name: string;
  readonly sent: number;
  readonly answered: number;
}

/** google.script.run onto the server functions of sheetPages.ts, on `fake`; each call is logged in `log`. */
export function pagesThrough(fake: SheetsFake, log: WireCall[] = []): CallServer {
  const host = fake.globals();
  const servers: Record<string, (...args: unknown[]) => unknown> = {
    sidebarSheetHeads: () => sidebarSheetHeads(host),
    sidebarSheetValues: (...args) => sidebarSheetValues(host, ...(args as [unknown, unknown, unknown, unknown])),
  };
  return ((name: string, ...args: unknown[]) => {
    if (!isWireSafe(args)) return Promise.reject(new Error(`google.script.run cannot send the arguments of ${name}`));
    const sent = JSON.stringify(args);
    if (sent.length > MAX_REQUEST_CHARS) return Promise.reject(new Error(`${name}: ${sent.length} characters is over the ceiling`));
    const server = servers[name];
    if (server === undefined) return Promise.reject(new Error(`no server function ${name}`));
    const answer = server(...(JSON.parse(sent) as unknown[]));
    if (!isWireSafe(answer)) return Promise.reject(new Error(`${name} answered with something google.script.run cannot carry`));
    const answered = JSON.stringify(answer);
    log.push({ name, sent: sent.length, answered: answered.length });
    if (answered.length > MAX_ANSWER_CHARS) return Promise.reject(new Error(`${name}: an answer of ${answered.length} characters is over the ceiling`));
    return Promise.resolve(JSON.parse(answered));
  }) as CallServer;
}

/** The sidebar's analysis of the spreadsheet `fake` holds, as the sidebar gets it. */
export function analyzeOnFake(fake: SheetsFake, log?: WireCall[]): Promise<AnalyzeResponse> {
  return analyzeSheets(pagesThrough(fake, log));
}
