import type { WorkbookSpec } from "../../core/template/types";
import { finishSpec } from "../../core/template/finishSpec";
import { excelApiSupported } from "./hostSupport";
import { chartOperation, FEATURE_API, nameOperation, sheetOperations, type Feature, type RenderHost, type RenderOperation } from "./operations";
import { packOperations, queueBatch } from "./packOperations";
import { SYNC_BUDGET_BYTES } from "./payload";
import { planRender, type PlanOptions } from "./renderPlan";

/** How to render. */
export interface RenderOptions extends PlanOptions {
  /** Called after every sync with the syncs done and the syncs the render will take in all. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Whether the host has an ExcelApi requirement set (default: `Office.context.requirements`). */
  readonly supports?: (version: string) => boolean;
  /** Bytes per sync (default {@link SYNC_BUDGET_BYTES}); tests lower it to exercise splitting. */
  readonly syncBudgetBytes?: number;
}

/** What the renderer did. Nothing in the workbook changed unless `status` is "created". */
export type RenderResult =
  | {
      readonly status: "created";
      /** Sheets added, by their final names, in order. */
      readonly sheets: readonly string[];
      /** Sheets of the template that were there already and were left alone (`onlyMissing`). */
      readonly skippedSheets: readonly string[];
      /** Defined names that were there already and were left alone. */
      readonly skippedNames: readonly string[];
      /** Tables that got another name than the template's (taken, or suffixed). */
      readonly renamedTables: Readonly<Record<string, string>>;
      /** Parts of the template the host's API level cannot make (e.g. "funnelChart" → a bar chart instead). */
      readonly unsupported: readonly Feature[];
      /**
       * Why Excel refused the template's chart, when it did (its API level promised the chart; the request
       * failed anyway): the chart is left out and everything else is in place. Undefined when the chart was made.
       */
      readonly chartError?: Error;
      readonly syncs: number;
      /** Estimated size of each write request, in bytes. */
      readonly requestBytes: readonly number[];
    }
  /**
   * Some sheets of the template exist (names as they would have been created), or some of its workbook names
   * do (`names`: another template's, whose figures its formulas would read). `copy`: the first copy number
   * whose sheet and workbook names are all free, for the suffix " (n)" (null when none to 999 is).
   */
  | { readonly status: "clash"; readonly sheets: readonly string[]; readonly names: readonly string[]; readonly copy: number | null; readonly syncs: number }
  /** The names the sheets would get are not valid sheet names (e.g. too long with the suffix). */
  | { readonly status: "invalidName"; readonly sheets: readonly string[]; readonly syncs: number };

/**
 * Builds the template in the workbook through the Excel JS API, in a constant number of syncs. The spec is
 * finished first (core finishSpec: checked — a SpecError before anything is loaded — and every date formatted).
 *
 * 1. One sync loads the names of the existing sheets (and, in the same request, of the workbook's defined
 *    names and tables). If a sheet of the template exists and neither `onlyMissing` nor `suffix` is given,
 *    nothing is queued and the clashing sheets are returned: the workbook is unchanged.
 * 2. Everything else but the charts is queued — sheets, each block as one whole-range `values` or `formulas`
 *    write (text kept literal with a leading apostrophe, see literalText.ts), number formats as 2-D arrays
 *    (dates are serial numbers with a date format), styles, widths, hidden columns, merges, dropdowns,
 *    conditional formats and data bars, tables, frozen panes, workbook names — and sent in as few syncs as
 *    Excel on the web's 5 MB request limit allows: each sync carries at most {@link SYNC_BUDGET_BYTES} by
 *    estimate, so ⌈estimated bytes ÷ 4 MB⌉ syncs (packOperations.ts). A failure here takes the run back
 *    ({@link removeCreated}) and rethrows.
 * 3. The charts (the funnel chart, a bar chart below ExcelApi 1.9) get a sync of their own, last: an Excel whose
 *    API level promises a chart it then refuses (InvalidArgument, ApiNotFound…) fails that request alone. The
 *    template stays, whatever the refused chart left is deleted (one more sync, only then), and the result's
 *    `chartError` says why.
 *
 * Syncs: 1 + ⌈bytes ÷ 4 MB⌉ + 1. The default (2.8 MB) and 12-stage (3.6 MB) templates take 3, 20 stages
 * (5.0 MB) 4; large sample data takes more (5,000 deals: 7); a refused chart adds one.
 *
 * @example
 * await Excel.run((context) => renderWorkbook(context, buildTemplate({ locale: "en" }), {}));
 * //=> { status: "created", sheets: ["Guide", "Stages", …], syncs: 3, … }
 */
export async function renderWorkbook(context: Excel.RequestContext, template: WorkbookSpec, options: RenderOptions = {}): Promise<RenderResult> {
  const spec = finishSpec(template);
  const supportsVersion = options.supports ?? excelApiSupported;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  let syncs = 1;

  const plan = planRender(
    spec,
    { sheets: worksheets.items.map((sheet) => sheet.name), names: names.items.map((item) => item.name), tables: tables.items.map((table) => table.name) },
    options,
  );
  if (plan.status !== "ready") {
    options.onProgress?.(1, 1);
    return plan.status === "clash" ? { ...plan, syncs } : { status: plan.status, sheets: plan.sheets, syncs };
  }

  const unsupported = new Set<Feature>();
  const supports = (feature: Feature) => {
    const supported = supportsVersion(FEATURE_API[feature]);
    if (!supported) unsupported.add(feature);
    return supported;
  };
  const operations: RenderOperation[] = plan.create.flatMap((sheet) => sheetOperations(sheet, supports));
  // Charts in a request of their own, after everything else: should Excel refuse one, the rest is written.
  const charts = plan.create.flatMap(({ name, charts }) => charts.map((chart) => ({ sheet: name, operation: chartOperation(name, chart, supports) })));
  if (plan.names.length > 0 && supports("namedItems")) operations.push(...plan.names.map((name) => nameOperation(name)));
  const firstCreated = plan.create[0]?.name;
  if (firstCreated !== undefined) {
    operations.push({ kind: "call", label: `activate ${firstCreated}`, bytes: 0, apply: (host) => host.sheet(firstCreated).activate() });
  }

  const batches = packOperations(operations, options.syncBudgetBytes ?? SYNC_BUDGET_BYTES);
  const host = renderHost(context);
  const total = 1 + batches.length + (charts.length > 0 ? 1 : 0);
  options.onProgress?.(syncs, total);
  try {
    for (const batch of batches) {
      queueBatch(batch, host);
      await context.sync();
      syncs++;
      options.onProgress?.(syncs, total);
    }
  } catch (error) {
    // Excel keeps what ran before a failing command: take the half-built template out again, so the workbook is
    // as it was and the next attempt does not clash with sheets this one made. Two more syncs, only on failure.
    await removeCreated(context, host.createdIds()).catch(() => undefined);
    throw error;
  }
  let chartError: Error | undefined;
  if (charts.length > 0) {
    for (const chart of charts) chart.operation.apply(host);
    try {
      await context.sync();
    } catch (error) {
      chartError = error instanceof Error ? error : new Error(String(error));
      syncs += await removeCharts(context, host, charts.map((chart) => chart.sheet));
    }
    syncs++;
    options.onProgress?.(total, total);
  }
  return {
    status: "created",
    sheets: plan.create.map((sheet) => sheet.name),
    skippedSheets: plan.skippedSheets,
    skippedNames: plan.skippedNames,
    renamedTables: plan.renamedTables,
    unsupported: [...unsupported],
    ...(chartError === undefined ? {} : { chartError }),
    syncs,
    requestBytes: batches.map((batch) => batch.bytes),
  };
}

/**
 * Deletes the sheets of a failed run that made it into the workbook, found by the ids Excel gave them — never by
 * name: a co-author may have added a sheet of a template name meanwhile (which is what made this run fail), and
 * that sheet is theirs. Names pointing into a deleted sheet go with it (Excel removes a sheet's scoped names and
 * leaves workbook names as #REF!). Two syncs, what exists and then the deletions, only ever after a failure, and
 * none when no id is known.
 */
async function removeCreated(context: Excel.RequestContext, created: ReadonlySet<string>): Promise<void> {
  if (created.size === 0) return;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const deleted = new Set<string>();
  for (const sheet of worksheets.items) {
    if (!created.has(sheet.id)) continue;
    deleted.add(sheet.name.toUpperCase());
    sheet.delete();
  }
  for (const item of names.items) {
    const target = /^=?'?(.*?)'?!/.exec(String(item.formula))?.[1]?.replace(/''/g, "'");
    if (target !== undefined && deleted.has(target.toUpperCase())) item.delete();
  }
  await context.sync();
}

/**
 * Deletes what a refused chart request left (the charts of one request stand or fall together): Excel keeps the
 * calls that ran before the failing one, so a chart may have been added and then refused its position or title.
 * The charts' sheets are this run's own, so their charts are this run's too. For each chart queued, in order,
 * the first chart of its sheet is deleted; the charts still there are a prefix of that order, so the request
 * deletes them all and stops at the first call that finds none (that error is of no interest). One sync;
 * returns 1.
 */
async function removeCharts(context: Excel.RequestContext, host: RenderHost, sheets: readonly string[]): Promise<number> {
  for (const sheet of sheets) host.sheet(sheet).charts.getItemAt(0).delete();
  await context.sync().catch(() => undefined);
  return 1;
}

/** The render host, and the ids of the sheets it added as far as Excel has told them. */
interface TrackingRenderHost extends RenderHost {
  /**
   * Ids of the sheets this run added, read from the loads queued with each add. A sheet added by a request that
   * failed has an id only if Office.js handed back that request's results (its current runtime does; older ones
   * returned the error alone): a sheet whose id is unknown cannot be told from a co-author's, and is left.
   */
  createdIds(): Set<string>;
}

/** Sheet proxies by name: the ones this run adds (each with its id loaded), and existing ones fetched once each. */
function renderHost(context: Excel.RequestContext): TrackingRenderHost {
  const sheets = new Map<string, Excel.Worksheet>();
  const added: Excel.Worksheet[] = [];
  return {
    context,
    addSheet(name) {
      const sheet = context.workbook.worksheets.add(name);
      sheet.load("id");
      sheets.set(name, sheet);
      added.push(sheet);
      return sheet;
    },
    createdIds() {
      const ids = new Set<string>();
      for (const sheet of added) {
        try {
          ids.add(sheet.id);
        } catch {
          // Not loaded: the request that added it failed without handing back its results.
        }
      }
      return ids;
    },
    sheet(name) {
      let sheet = sheets.get(name);
      if (sheet === undefined) {
        sheet = context.workbook.worksheets.getItem(name);
        sheets.set(name, sheet);
      }
      return sheet;
    },
  };
}
