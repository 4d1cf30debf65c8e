/**
 * The Apps Script bundle's entry: everything here becomes a property of the `SalesCore` global (esbuild IIFE,
 * scripts/build-appsscript.mjs). The generated top-level stubs of Code.js — one per custom function, menu
 * handler and sidebar server function — each forward to one of these in one line.
 *
 * Nothing runs at load time: the bundle's top level is evaluated in every execution (each custom-function
 * recalculation, and `onOpen` in AuthMode.NONE) and touches no service.
 */
import { callCustomFunction, type SheetsResult } from "./functions";
import { liveHost } from "./host";
import type { TriggerEvent } from "./hostTypes";
import * as menu from "./menu";
import * as pages from "./sheetPages";
import * as server from "./sidebarServer";
import type { DrawSheetResponse, PlanResponse, SelectRowResponse, SheetHeadsResponse, SheetValuesResponse } from "./shared/protocol";

const host = liveHost();

/** A custom function of the registry, as the stub `function FUNNEL(stages, stage_order)` calls it. */
export function call(name: string, args: unknown[]): SheetsResult {
  return callCustomFunction(host.SpreadsheetApp, name, args);
}

export function onOpen(event?: TriggerEvent): void {
  menu.onOpen(host, event);
}

export function onInstall(event?: TriggerEvent): void {
  menu.onInstall(host, event);
}

export function showSidebar(): void {
  menu.showSidebar(host);
}

export function generateTemplate(): void {
  menu.generateTemplate(host);
}

export function showHelp(): void {
  menu.showHelp(host);
}

export function sidebarPlan(request: unknown): PlanResponse {
  return server.sidebarPlan(host, request);
}

export function sidebarDrawSheet(request: unknown): DrawSheetResponse {
  return server.sidebarDrawSheet(host, request);
}

export function sidebarSheetHeads(): SheetHeadsResponse {
  return pages.sidebarSheetHeads(host);
}

export function sidebarSheetValues(sheet: unknown, fromRow: unknown, rows: unknown, columns: unknown): SheetValuesResponse {
  return pages.sidebarSheetValues(host, sheet, fromRow, rows, columns);
}

export function sidebarSelectRow(row: unknown, sheet: unknown): SelectRowResponse {
  return server.sidebarSelectRow(host, row, sheet);
}
