import { headerKey, nameKey } from "./normalize";
import type { StageList } from "./stages";

/** The CRMs whose default pipeline the reader knows. */
export type CrmName = "Salesforce" | "HubSpot" | "Pipedrive" | "Zoho" | "Dynamics";

/**
 * A CRM's documented default pipeline (DEFINITIONS §1): its open stages in order, the name of the won stage that
 * ends the funnel, and headers only that CRM's exports carry (they settle a tie when two pipelines fit the same
 * stage values: Salesforce's and Zoho's share Qualification, Needs Analysis, …).
 *
 * The closed stages (Closed Won, Closed Lost) are outcomes, not funnel stages: Closed Lost is left out and the
 * won stage is the funnel's last stage, named as the CRM names its won outcome ("Closed Won"; "Won" for Pipedrive
 * and Dynamics, where winning is a status, not a stage).
 */
export interface CrmPipeline {
  readonly name: CrmName;
  /** The open stages in order; each stage's first name is shown, the others are how exports also write it. */
  readonly stages: readonly (readonly string[])[];
  /** The last stage of the funnel: reaching it is winning. */
  readonly won: string;
  /** Headers (compared as header keys) that only this CRM's exports carry. */
  readonly headers: readonly string[];
}

/**
 * The default pipelines, as researched (issue 10 research notes, §1.3, §2.1, §3.2, §4.1, §6): HubSpot's "Sales
 * Pipeline" (knowledge.hubspot.com; sentence case in newer portals is matched, case being ignored), Salesforce's
 * default Stage picklist, Pipedrive's current default pipeline, Zoho CRM's default Stage picklist, and Dynamics
 * 365's sales stages (`1-Qualify` … as the Pipeline Phase column may write them is assumed).
 */
export const CRM_PIPELINES: readonly CrmPipeline[] = Object.freeze([
  {
    name: "Salesforce",
    stages: [["Prospecting"], ["Qualification"], ["Needs Analysis"], ["Value Proposition"], ["Id. Decision Makers"], ["Perception Analysis"], ["Proposal/Price Quote"], ["Negotiation/Review"]],
    won: "Closed Won",
    headers: ["Opportunity Name", "Opportunity Owner", "Opportunity ID", "Fiscal Period"],
  },
  {
    name: "HubSpot",
    stages: [["Appointment Scheduled"], ["Qualified To Buy"], ["Presentation Scheduled"], ["Decision Maker Bought-In"], ["Contract Sent"]],
    won: "Closed Won",
    headers: ["Deal Stage", "Create Date", "Is Closed Won", "Closed Lost Reason"],
  },
  {
    name: "Pipedrive",
    stages: [["Qualified"], ["Contact Made"], ["Demo Scheduled"], ["Proposal Made"], ["Negotiations Started"]],
    won: "Won",
    headers: ["Deal - Stage", "Deal - Status", "Deal - Won time", "Won time", "Deal - Deal created", "Deal - Expected close date"],
  },
  {
    name: "Zoho",
    stages: [["Qualification"], ["Needs Analysis"], ["Value Proposition"], ["Identify Decision Makers"], ["Proposal/Price Quote"], ["Negotiation/Review"]],
    won: "Closed Won",
    headers: ["Closing Date", "Created Time", "Deal Owner.id", "Reason For Loss"],
  },
  {
    name: "Dynamics",
    stages: [["Qualify", "1-Qualify"], ["Develop", "2-Develop"], ["Propose", "3-Propose"], ["Close", "4-Close"]],
    won: "Won",
    headers: ["Pipeline Phase", "(Do Not Modify) Opportunity", "Est. Close Date", "Status Reason"],
  },
]);

const listOf = new WeakMap<CrmPipeline, StageList>();

/**
 * A pipeline as a stage list: its open stages, then its won stage. Each stage answers to all its names.
 * @example
 * crmStageList(CRM_PIPELINES[4]).indexOf("3-Propose") //=> 2
 * crmStageList(CRM_PIPELINES[4]).names.at(-1)          //=> "Won"
 */
export function crmStageList(pipeline: CrmPipeline): StageList {
  let list = listOf.get(pipeline);
  if (list !== undefined) return list;
  const lookup = new Map<string, number>();
  pipeline.stages.forEach((names, index) => names.forEach((name) => lookup.set(nameKey(name), index)));
  lookup.set(nameKey(pipeline.won), pipeline.stages.length);
  const names = Object.freeze([...pipeline.stages.map((stage) => stage[0]), pipeline.won]);
  list = Object.freeze({ names, indexOf: (name: string) => lookup.get(nameKey(name)) ?? -1 });
  listOf.set(pipeline, list);
  return list;
}

/**
 * The CRM a header row comes from, judged by headers only one CRM writes, or `undefined`.
 * @example
 * crmOfHeader(["Record Id", "Deal Name", "Stage", "Closing Date"]) //=> "Zoho"
 */
export function crmOfHeader(header: readonly unknown[]): CrmName | undefined {
  const keys = new Set(header.filter((cell): cell is string => typeof cell === "string").map((cell) => headerKey(cell, "field")));
  return CRM_PIPELINES.find((pipeline) => pipeline.headers.some((name) => keys.has(headerKey(name, "field"))))?.name;
}

/**
 * The CRM whose default pipeline holds every one of `values` (the open stage names of a current-stage export,
 * closed outcomes left out), or `undefined` when none does or `values` is empty. When several fit, the one
 * `hint` names (see {@link crmOfHeader}), else the first in {@link CRM_PIPELINES}.
 * @example
 * crmPipelineOf(["Qualification", "Prospecting"])?.name          //=> "Salesforce"
 * crmPipelineOf(["Qualification", "Needs Analysis"], "Zoho")?.name //=> "Zoho"
 * crmPipelineOf(["Discovery"])                                   //=> undefined
 */
export function crmPipelineOf(values: readonly string[], hint?: CrmName): CrmPipeline | undefined {
  if (values.length === 0) return undefined;
  const fitting = CRM_PIPELINES.filter((pipeline) => {
    const list = crmStageList(pipeline);
    return values.every((value) => list.indexOf(value) >= 0);
  });
  return fitting.find((pipeline) => pipeline.name === hint) ?? fitting[0];
}
