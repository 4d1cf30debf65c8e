import { describe, expect, it } from "vitest";
import { CRM_PIPELINES, crmOfHeader, crmPipelineOf, crmStageList } from "../../../core/model/crmPipelines";

describe("CRM default pipelines", () => {
  it("end each funnel with the won stage, closed-lost left out", () => {
    const names = Object.fromEntries(CRM_PIPELINES.map((pipeline) => [pipeline.name, crmStageList(pipeline).names]));
    // Research notes §2.1 (Salesforce picklist), §1.3 (HubSpot Sales Pipeline), §3.2 (Pipedrive), §4.1 (Zoho), §6.
    expect(names.Salesforce).toEqual([
      "Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Id. Decision Makers", "Perception Analysis",
      "Proposal/Price Quote", "Negotiation/Review", "Closed Won",
    ]);
    expect(names.HubSpot).toEqual(["Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled", "Decision Maker Bought-In", "Contract Sent", "Closed Won"]);
    expect(names.Pipedrive).toEqual(["Qualified", "Contact Made", "Demo Scheduled", "Proposal Made", "Negotiations Started", "Won"]);
    expect(names.Zoho).toEqual(["Qualification", "Needs Analysis", "Value Proposition", "Identify Decision Makers", "Proposal/Price Quote", "Negotiation/Review", "Closed Won"]);
    expect(names.Dynamics).toEqual(["Qualify", "Develop", "Propose", "Close", "Won"]);
    for (const pipeline of CRM_PIPELINES) expect(crmStageList(pipeline).indexOf("Closed Lost")).toBe(-1);
  });

  it("picks the pipeline that holds every stage value, case ignored", () => {
    expect(crmPipelineOf(["Prospecting", "Negotiation/Review"])?.name).toBe("Salesforce");
    // Newer HubSpot portals write the stages in sentence case (research §1.3).
    expect(crmPipelineOf(["Qualified to buy", "contract sent"])?.name).toBe("HubSpot");
    expect(crmPipelineOf(["Demo Scheduled", "Qualified"])?.name).toBe("Pipedrive");
    expect(crmPipelineOf(["Identify Decision Makers"])?.name).toBe("Zoho");
    expect(crmPipelineOf(["1-Qualify", "3-Propose", "Close"])?.name).toBe("Dynamics");
    expect(crmPipelineOf(["Prospecting", "Discovery"])).toBeUndefined();
    expect(crmPipelineOf([])).toBeUndefined();
  });

  it("settles a tie between Salesforce and Zoho by the header", () => {
    const shared = ["Qualification", "Needs Analysis", "Negotiation/Review"];
    expect(crmPipelineOf(shared)?.name).toBe("Salesforce");
    expect(crmPipelineOf(shared, crmOfHeader(["Record Id", "Deal Owner.id", "Stage", "Closing Date", "Created Time"]))?.name).toBe("Zoho");
    expect(crmOfHeader(["Opportunity Owner", "Opportunity Name", "Stage"])).toBe("Salesforce");
    expect(crmOfHeader(["Deal - Title", "Deal - Stage", "Deal - Status"])).toBe("Pipedrive");
    expect(crmOfHeader(["客户名称", "当前阶段"])).toBeUndefined();
    // A hint never makes a pipeline fit that does not: Zoho has no Prospecting.
    expect(crmPipelineOf(["Prospecting"], "Zoho")?.name).toBe("Salesforce");
  });
});
