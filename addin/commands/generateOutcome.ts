import type { Locale } from "../../core/model/locale";
import type { TrackerDeals } from "../../core/template/trackerDeals";
import type { RenderResult } from "../render/renderWorkbook";

/**
 * What a generation was asked for: the template's language, its stages (default ones when absent), sample size,
 * and the day it was asked on (a day number, the browser's local calendar day: see core/model/today.ts), from which
 * the Reviews months are fixed. A clash choice repeats the request, day included.
 */
export interface GenerateRequest {
  readonly locale: Locale;
  readonly stages?: readonly string[];
  readonly sampleDeals: number;
  readonly today: number;
  /** The manager's own deals to fill the Deals sheet with (the pane's "build from this sheet"), instead of sample ones. */
  readonly ownDeals?: OwnDeals;
}

/** A sheet's deals as the tracker's Deals rows, with where they came from and how many (core/template/trackerDeals.ts). */
export type OwnDeals = TrackerDeals;

/** How a generation ended, for whoever shows it (the ribbon command has no UI of its own; the pane does). */
export type GenerateOutcome =
  | { readonly source: "ribbon" | "pane"; readonly request: GenerateRequest; readonly result: RenderResult }
  | { readonly source: "ribbon" | "pane"; readonly request: GenerateRequest; readonly error: string };

type Listener = (outcome: GenerateOutcome) => void;

let latest: GenerateOutcome | undefined;
const listeners = new Set<Listener>();

/**
 * Hands an outcome to the pane. In the shared runtime the ribbon command and the pane are one JavaScript
 * context, so a module variable is the channel: a pane already open is told at once; a pane opened later
 * (`Office.addin.showAsTaskpane()`) reads {@link latestOutcome} when it starts.
 */
export function publishOutcome(outcome: GenerateOutcome): void {
  latest = outcome;
  for (const listener of listeners) listener(outcome);
}

/** The last outcome published, if any. */
export function latestOutcome(): GenerateOutcome | undefined {
  return latest;
}

/** Calls `listener` with every outcome published from now on; returns the unsubscribe. */
export function onOutcome(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the last outcome once it has been shown (tests, and the pane after the user acted on it). */
export function clearOutcome(): void {
  latest = undefined;
}
