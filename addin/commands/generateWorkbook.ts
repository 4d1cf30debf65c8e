import { renderWorkbook, type RenderResult } from "../render/renderWorkbook";
import { templateBuilder } from "../template/templateScript";
import type { GenerateRequest } from "./generateOutcome";

/** What to do about sheets of the template the workbook already has. */
export interface GenerateMode {
  readonly onlyMissing?: boolean;
  readonly suffix?: string;
}

/**
 * Builds the template spec for a request and renders it into the open workbook in one `Excel.run`. The builder
 * is fetched (dist/template.js) the first time a template is generated; see templateScript.ts.
 * @example
 * await generateWorkbook({ locale: "en", sampleDeals: 0, today: localToday(new Date()) }) //=> { status: "created", sheets: ["Guide", …], … }
 */
export async function generateWorkbook(
  request: GenerateRequest,
  mode: GenerateMode = {},
  onProgress?: (done: number, total: number) => void,
): Promise<RenderResult> {
  // The ribbon and the pane share one runtime: a second run started before the first ends would pass the same
  // clash check and then fail part-way. It waits for the first instead.
  const previous = running;
  let finish!: () => void;
  running = new Promise<void>((resolve) => (finish = resolve));
  try {
    await previous;
    const own = request.ownDeals;
    const buildTemplate = await templateBuilder();
    const spec = buildTemplate(
      own === undefined
        ? { locale: request.locale, stages: request.stages, sampleDeals: request.sampleDeals, today: request.today, host: "excel" }
        : { locale: request.locale, stages: own.stages, sampleDeals: 0, ownDeals: own.rows, today: request.today, host: "excel" },
    );
    return await Excel.run((context) => renderWorkbook(context, spec, { ...mode, onProgress }));
  } finally {
    finish();
  }
}

/** The generation under way, if any (see {@link generateWorkbook}). */
let running: Promise<void> = Promise.resolve();
