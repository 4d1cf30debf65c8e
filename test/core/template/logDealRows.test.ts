import { describe, expect, it } from "vitest";
import { stageList } from "../../../core/model/stages";
import { parseDealLog } from "../../../core/parse/dealLog";
import { buildTemplate, OWN_DEALS_SPARE_ROWS } from "../../../core/template/buildTemplate";
import { logDealRows } from "../../../core/template/logDealRows";
import { readLogFile } from "../../../cli/readLogFile";
import type { TemplateCell } from "../../../core/template/types";

const stages = stageList(["Lead", "Demo", "Won"]);
// Template columns: id, customer, source, owner, team, region, industry | Lead, Demo, Won | amount, status, lost reason.
const LOG = [
  ["Deal ID", "Deal name", "Owner", "Lead", "Demo", "Won", "Amount", "Lost reason"],
  ["D1", "Acme", "Ann", "2026-01-05", "2026-01-09", "2026-02-01", "1200", ""],
  ["D2", "Birch", "Bo", "2026-01-06", "", "", "n/a", "Budget"],
  ["D3", "Cedar", "Cy", "=soon", "", "", "300", ""],
];

describe("logDealRows: the manager's deals as Deals-sheet rows", () => {
  const log = parseDealLog(LOG, { stages })!;

  it("writes each counted deal's fields, a date per stage, the amount as a number and the status as the template's word", () => {
    // 2026-01-05 is day 46027 (Excel serial); D1 has a Won date and no status column: won. D2 has no Won date: open.
    const rows = logDealRows(log.deals, log.problems, [], "en");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual<TemplateCell[]>([
      { text: "D1" }, { text: "Acme" }, null, { text: "Ann" }, null, null, null,
      { day: 46027 }, { day: 46031 }, { day: 46054 },
      { number: 1200 }, { text: "Won" }, null,
    ]);
    // D2's amount "n/a" cannot be read: kept as the text it was (left out of every figure, as the core leaves it).
    expect(rows[1].slice(7)).toEqual([{ day: 46028 }, null, null, { text: "n/a" }, { text: "Open" }, { text: "Budget" }]);
    expect(logDealRows(log.deals, log.problems, [], "zh-CN")[0][11]).toEqual({ text: "赢单" });
  });

  it("appends the rows that could not be read: which row, its cells as text in the first stage cell, why, status blank", () => {
    const rows = logDealRows(log.deals, log.problems, [{ row: 4, cells: "D3,Cedar,Cy,=soon,,,300,", note: 'D: Unreadable date "=soon"' }], "en");
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual<TemplateCell[]>([
      { text: "Row 4 (not read)" }, null, null, null, null, null, null,
      { text: "D3,Cedar,Cy,=soon,,,300," }, null, null,
      null, null, { text: 'D: Unreadable date "=soon"' },
    ]);
  });

  it("refuses a log without stage dates", () => {
    const current = parseDealLog([["Stage"], ["Lead"], ["Won"]], { stages })!;
    expect(current.deals.hasDates).toBe(false);
    expect(() => logDealRows(current.deals, [], [], "en")).toThrow(RangeError);
  });
});

describe("logDealRows on a HubSpot export and a Salesforce Opportunity History", () => {
  it("dates a deal lost with no stage dated in its first stage, on the day it was lost (the core counts it there)", async () => {
    // HubSpot row 4, deal 18003: only `Date entered "Closed Lost"` = 2026-01-08 08:30 (day 46030).
    const hubspot = (await readLogFile("test/fixtures/exports/hubspot-crm-exports-all-deals-2026-03-02.csv", { locale: "en", keepText: ["id"] })).log!;
    const index = hubspot.deals.rows.indexOf(4);
    const row = logDealRows(hubspot.deals, hubspot.problems, [], "en")[index];
    expect(row[0]).toEqual({ text: "18003" });
    expect(row.slice(7, 13)).toEqual([{ day: 46030 }, null, null, null, null, null]);
    expect(row[14]).toEqual({ text: "Lost" });
    // The history's Cobalt Foods: one row, "" → Closed Lost, last modified 1/8/2026 8:30 AM.
    const history = (await readLogFile("test/fixtures/exports/history/opportunity-history-en_US.csv", { locale: "en" })).log!;
    const lostRow = logDealRows(history.deals, history.problems, [], "en")[history.deals.rows.indexOf(13)];
    expect(lostRow.slice(7, 15)).toEqual([{ day: 46030 }, null, null, null, null, null, null, null]);
  });

  it("dates a deal that went back a stage only in its furthest stage (no time in stage, as the core)", async () => {
    // HubSpot row 10, deal 18009: Appointment 2026-01-20 (46042), Qualified 2026-02-18 (46071), Presentation
    // 2026-02-02 (46055; 2026-01-05 is 46027): back in Qualified after Presentation; furthest = Presentation.
    const hubspot = (await readLogFile("test/fixtures/exports/hubspot-crm-exports-all-deals-2026-03-02.csv", { locale: "en" })).log!;
    const index = hubspot.deals.rows.indexOf(10);
    expect(hubspot.deals.reentered?.[index]).toBe(1);
    expect(logDealRows(hubspot.deals, hubspot.problems, [], "en")[index].slice(7, 13)).toEqual([null, null, { day: 46055 }, null, null, null]);
  });
});

describe("buildTemplate with the manager's own deals", () => {
  const log = parseDealLog(LOG, { stages })!;
  const own = logDealRows(log.deals, log.problems, [{ row: 4, cells: "x", note: "y" }], "en");

  it("puts them at A2 of the Deals sheet and prepares them plus 1,000 spare rows", () => {
    const spec = buildTemplate({ locale: "en", stages: stages.names, ownDeals: own });
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    expect(deals.blocks.find((block) => block.at === "A2")?.rows).toEqual(own);
    expect(OWN_DEALS_SPARE_ROWS).toBe(1000);
    // 3 rows + 1,000 spare = rows 2 … 1004: the table and every helper row end there.
    expect(deals.tables[0].ref).toBe("A1:M1004");
  });

  it("sizes by deals + 1,000 spare beyond the default 1,000 rows, and warns of rows typed below them", () => {
    const many = Array.from({ length: 1500 }, () => own[0]);
    const spec = buildTemplate({ locale: "en", stages: stages.names, ownDeals: many });
    const deals = spec.sheets.find((sheet) => sheet.key === "deals")!;
    expect(deals.tables[0].ref).toBe("A1:M2501");
    // The Dashboard's warning counts what lies below row 2,501 of the first stage column (H).
    const dashboard = JSON.stringify(spec.sheets.find((sheet) => sheet.key === "dashboard")!.blocks);
    expect(dashboard).toContain("COUNTA('Deals'!$H:$H)-COUNTA('Deals'!$H$1:$H$2501)");
  });

  it("refuses sample deals and own deals together", () => {
    expect(() => buildTemplate({ locale: "en", ownDeals: own, sampleDeals: 10 })).toThrow(RangeError);
  });
});
