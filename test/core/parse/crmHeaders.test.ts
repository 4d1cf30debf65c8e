import { describe, expect, it } from "vitest";
import { enteredStage, isStageTimeHeader, withoutDealPrefix } from "../../../core/model/crmHeaders";
import { stageList } from "../../../core/model/stages";
import { fieldOfHeader } from "../../../core/model/words";
import { detectShape, stagesFromColumns } from "../../../core/parse/shape";

// Header labels: HubSpot (research notes §1.1, HubSpot properties dump and stage-calculated properties KB),
// Salesforce (§2.1), Pipedrive (§3.1, export header list), Zoho (§4), Chinese trackers and 销售易 (§5).
describe("HubSpot stage-calculated headers", () => {
  it("names the stage inside Date entered, without its pipeline", () => {
    expect(enteredStage('Date entered "Qualified To Buy (Sales Pipeline)"')).toEqual({ stage: "Qualified To Buy", pipeline: "Sales Pipeline" });
    expect(enteredStage("Date entered “Closed Won”")).toEqual({ stage: "Closed Won", pipeline: "" });
    expect(enteredStage("date entered 'Contract Sent (Renewals)'")?.stage).toBe("Contract Sent");
  });

  it("takes no stage from the other stage-time headers, nor from Date entered current stage", () => {
    for (const header of ['Date exited "Qualified To Buy (Sales Pipeline)"', 'Latest time in "Qualified To Buy (Sales Pipeline)"', 'Cumulative time in "Qualified To Buy (Sales Pipeline)"', "Date entered current stage", 'Date entered ""']) {
      expect(enteredStage(header), header).toBeUndefined();
    }
    expect(isStageTimeHeader('Cumulative time in "Closed Won (Sales Pipeline)"')).toBe(true);
    expect(isStageTimeHeader("Close Date")).toBe(false);
  });

  it("orders a wide log's stages by its Date entered columns when no stage list fits; Closed Lost marks lost, Closed Won goes last", () => {
    const header = [
      "Record ID",
      'Date entered "Closed Won (Sales Pipeline)"',
      'Date entered "Appointment Scheduled (Sales Pipeline)"',
      'Date exited "Appointment Scheduled (Sales Pipeline)"',
      'Date entered "Closed Lost (Sales Pipeline)"',
      'Date entered "Qualified To Buy (Sales Pipeline)"',
      'Date entered "Qualified To Buy (Renewals)"',
    ];
    const shape = detectShape([header]);
    expect(shape.kind).toBe("wide");
    if (shape.kind !== "wide") return;
    expect(shape.stages.names).toEqual(["Appointment Scheduled", "Qualified To Buy", "Closed Won"]);
    expect(shape.stageColumns).toEqual([
      { column: 2, stage: 0 },
      { column: 5, stage: 1 },
      { column: 1, stage: 2 },
    ]);
    expect(shape.lostColumn).toBe(4);
    expect(shape.stageOrder).toBe("columns");
  });

  it("needs two Date entered columns", () => {
    expect(stagesFromColumns(['Date entered "A (P)"', 'Date exited "A (P)"', 'Date entered "Closed Lost (P)"'])).toBeUndefined();
    expect(detectShape([["ID", 'Date entered "A (P)"'], ["1", "2026-01-05"]]).kind).toBe("unknown");
  });

  it("matches a given stage list by the stage inside Date entered, and never by Date exited or Cumulative time in", () => {
    const order = stageList(["Appointment Scheduled", "Qualified To Buy", "Closed Won"]);
    const header = ['Date exited "Appointment Scheduled (Sales Pipeline)"', 'Cumulative time in "Qualified To Buy (Sales Pipeline)"', 'Date entered "Qualified To Buy (Sales Pipeline)"', 'Date entered "Closed Won (Sales Pipeline)"'];
    const shape = detectShape([header], order);
    expect(shape.kind).toBe("wide");
    if (shape.kind !== "wide") return;
    // Appointment Scheduled heads no column: only its Date exited and Cumulative time columns exist.
    expect(shape.stages.names).toEqual(["Qualified To Buy", "Closed Won"]);
    expect(shape.stageColumns.map((entry) => entry.column)).toEqual([2, 3]);
    // Only exited and cumulative columns: no stage at all.
    expect(detectShape([header.slice(0, 2)], order).kind).toBe("unknown");
  });
});

describe("CRM field headers", () => {
  it("reads Pipedrive's Deal - prefix on any header", () => {
    expect(withoutDealPrefix("Deal - Lost reason")).toBe("Lost reason");
    expect(withoutDealPrefix("Deal Name")).toBeUndefined();
    const cases: [string, string | undefined][] = [
      ["Deal - ID", "id"],
      ["Deal - Title", "name"],
      ["Deal - Owner", "owner"],
      ["Deal - Value", "amount"],
      ["Deal - Currency of Value", "currency"],
      ["Deal - Currency of value", "currency"],
      ["Deal - Organization", "customer"],
      ["Deal - Status", "status"],
      ["Deal - Lost reason", "lostReason"],
      ["Deal - Stage", undefined],
      ["Deal - Weighted value", undefined],
    ];
    for (const [header, field] of cases) expect(fieldOfHeader(header), header).toBe(field);
  });

  it("reads the owner, name, value, lost-reason, id, source, team, customer and currency aliases of the CRMs", () => {
    const cases: [string, string][] = [
      ["Deal owner", "owner"],
      ["Opportunity Owner", "owner"],
      ["跟进人", "owner"],
      ["销售代表", "owner"],
      ["负责人", "owner"],
      ["Deal Name", "name"],
      ["Opportunity Name", "name"],
      ["Value", "amount"],
      ["Closed Lost Reason", "lostReason"],
      ["Reason For Loss", "lostReason"],
      ["Lost Reason", "lostReason"],
      ["输单原因", "lostReason"],
      ["输单描述", "lostReason"],
      ["Record ID", "id"],
      ["Record Id", "id"],
      ["Opportunity ID", "id"],
      ["Lead Source", "source"],
      ["机会来源", "source"],
      ["所属部门", "team"],
      ["Account Name", "customer"],
      ["客户名称", "customer"],
      ["Currency", "currency"],
      ["币种", "currency"],
      ["货币", "currency"],
      ["Total Amount Currency", "currency"],
    ];
    for (const [header, field] of cases) expect(fieldOfHeader(header), header).toBe(field);
  });

  it("takes no field from HubSpot's stage-time columns", () => {
    expect(fieldOfHeader('Cumulative time in "Amount (Sales Pipeline)"')).toBeUndefined();
    expect(fieldOfHeader('Date entered "Closed Lost Reason (Sales Pipeline)"')).toBeUndefined();
  });
});
