import { describe, expect, it } from "vitest";
import { paneReport } from "../../addin/pane/paneReport";

// A current-stage export whose stages are neither the default stages nor a CRM's default pipeline: the pane names
// the stages found in one line, as the CLI does, instead of "analysis failed" with an English exception.
const rows = [
  ["Deal", "Stage", "Created Date", "Close Date", "Amount"],
  ["D1", "Discovery", "2026-01-05", "", "100"],
  ["D2", "Pilot", "2026-01-06", "", "200"],
  ["D3", "Closed Won", "2026-01-07", "2026-02-06", "300"],
];

describe("paneReport: a current-stage export of unknown stage order", () => {
  it.each(["en", "zh-CN"] as const)("%s: unread, naming the stages found", (locale) => {
    const source = { sheet: "Deals", address: "Deals!A1:E4", firstRow: 1, firstColumn: 1, lastColumn: 5, grid: rows };
    const shown = paneReport(source, [], locale, undefined);
    expect(shown.kind).toBe("unread");
    const text = shown.kind === "unread" ? shown.message : "";
    expect(text).toContain("“Discovery”");
    expect(text).toContain("“Pilot”");
    expect(text).not.toContain("--stages");
  });
});
