import { formatA1Rect } from "../../core/template/a1Rect";
import type { MatrixCell } from "./cellMatrix";
import type { RenderHost, RenderOperation } from "./operations";
import { OPERATION_OVERHEAD_BYTES } from "./payload";

/** One queued item of a batch: a call, or rows [from, to) of a 2-D array write. */
export type BatchItem =
  | { readonly kind: "call"; readonly operation: Extract<RenderOperation, { kind: "call" }>; readonly bytes: number }
  | { readonly kind: "rows"; readonly operation: Extract<RenderOperation, { kind: "matrix" }>; readonly from: number; readonly to: number; readonly bytes: number };

/** What one `context.sync()` carries. */
export interface Batch {
  readonly items: readonly BatchItem[];
  /** The estimated request size. */
  readonly bytes: number;
}

/**
 * Packs operations, in order, into as few batches as fit the budget: calls whole, 2-D array writes cut into row
 * slices where a batch fills up (each slice is its own whole-range write of those rows). The number of batches
 * is therefore about ⌈total estimated bytes ÷ budget⌉. Measured with the 11-sheet template and the 4 MB budget:
 * 1 batch for the default template (2.8 MB) and for 12 stages (3.6 MB), 2 for 20 stages (5.0 MB, the most the
 * pane offers), 5 for 5,000 sample deals (16 MB).
 * @throws {RangeError} when a single row of an array alone exceeds the budget (it could never be sent).
 */
export function packOperations(operations: readonly RenderOperation[], budget: number): Batch[] {
  const batches: Batch[] = [];
  let items: BatchItem[] = [];
  let used = 0;
  const close = () => {
    if (items.length === 0) return;
    batches.push({ items, bytes: used });
    items = [];
    used = 0;
  };
  for (const operation of operations) {
    if (operation.kind === "call") {
      if (used + operation.bytes > budget) close();
      items.push({ kind: "call", operation, bytes: operation.bytes });
      used += operation.bytes;
      continue;
    }
    let from = 0;
    while (from < operation.matrix.length) {
      let bytes = OPERATION_OVERHEAD_BYTES;
      let to = from;
      while (to < operation.matrix.length && used + bytes + operation.rowBytes[to] <= budget) bytes += operation.rowBytes[to++];
      if (to === from) {
        if (items.length === 0) throw new RangeError(`Row ${operation.rect.top + from} of ${operation.label} alone exceeds the request budget.`);
        close();
        continue;
      }
      items.push({ kind: "rows", operation, from, to, bytes });
      used += bytes;
      from = to;
      if (from < operation.matrix.length) close();
    }
  }
  close();
  return batches;
}

/** Queues one batch's items on the host (no sync). */
export function queueBatch(batch: Batch, host: RenderHost): void {
  for (const item of batch.items) {
    if (item.kind === "call") {
      item.operation.apply(host);
      continue;
    }
    const { operation, from, to } = item;
    const rect = { ...operation.rect, top: operation.rect.top + from, bottom: operation.rect.top + to - 1 };
    const range = host.sheet(operation.sheet).getRange(formatA1Rect(rect));
    const rows: MatrixCell[][] = from === 0 && to === operation.matrix.length ? operation.matrix : operation.matrix.slice(from, to);
    if (operation.property === "values") range.values = rows;
    else if (operation.property === "formulas") range.formulas = rows;
    else range.numberFormat = rows;
  }
}
