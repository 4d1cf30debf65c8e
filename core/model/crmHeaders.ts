/**
 * Header forms CRMs write that the wide reader must see through (DEFINITIONS §2): HubSpot's stage-calculated
 * columns (`Date entered "Qualified To Buy (Sales Pipeline)"`, `Date exited "…"`, `Latest time in "…"`,
 * `Cumulative time in "…"`) and Pipedrive's `Deal - ` prefix on every deal column (`Deal - Value`).
 * Sources: /work/notes/exports-research.md §1.1 (HubSpot labels, knowledge.hubspot.com stage-calculated
 * properties) and §3.1 (Pipedrive's export header list).
 */

/** Quotes a label may be wrapped in: straight, or curly as a spreadsheet's autocorrect writes them. */
const QUOTED = String.raw`["“”'‘’]\s*(.*?)\s*["“”'‘’]`;
/** `Date entered "X (Pipeline)"`: X is the stage, the trailing bracket its pipeline. */
const ENTERED = new RegExp(String.raw`^\s*date\s+entered\s+${QUOTED}\s*$`, "i");
/** The other stage-calculated columns: a date a deal left a stage, or seconds spent in it. None is a stage. */
const STAGE_TIME = new RegExp(String.raw`^\s*(?:date\s+entered|date\s+exited|latest\s+time\s+in|cumulative\s+time\s+in)\s+${QUOTED}\s*$`, "i");
/** A trailing bracketed pipeline name, `(Sales Pipeline)` or full-width `（…）`. */
const PIPELINE = /\s*[(（]([^()（）]*)[)）]\s*$/;

/** The stage and pipeline a HubSpot `Date entered "…"` header names. */
export interface EnteredStage {
  /** The stage as written, without its pipeline: "Qualified To Buy". */
  readonly stage: string;
  /** The pipeline in brackets, or "" when the label has none. */
  readonly pipeline: string;
}

/**
 * The stage a HubSpot `Date entered "Stage (Pipeline)"` header names, or `undefined` for any other header
 * (`Date exited "…"`, `Cumulative time in "…"`, `Date entered current stage` included).
 * @example
 * enteredStage('Date entered "Qualified To Buy (Sales Pipeline)"') //=> { stage: "Qualified To Buy", pipeline: "Sales Pipeline" }
 * enteredStage('Date exited "Qualified To Buy (Sales Pipeline)"')  //=> undefined
 */
export function enteredStage(header: string): EnteredStage | undefined {
  const match = ENTERED.exec(header.normalize("NFKC"));
  if (match === null || match[1] === "") return undefined;
  const pipeline = PIPELINE.exec(match[1]);
  const stage = pipeline === null ? match[1] : match[1].slice(0, pipeline.index).trim();
  return stage === "" ? undefined : { stage, pipeline: pipeline?.[1].trim() ?? "" };
}

/**
 * True for a HubSpot stage-calculated header (`Date entered/exited "…"`, `Latest/Cumulative time in "…"`): the
 * first kind is matched by its stage only through {@link enteredStage}, the others never name a stage or a field.
 * @example
 * isStageTimeHeader('Cumulative time in "Closed Won (Sales Pipeline)"') //=> true
 * isStageTimeHeader("Close Date")                                        //=> false
 */
export function isStageTimeHeader(header: string): boolean {
  return STAGE_TIME.test(header.normalize("NFKC"));
}

const DEAL_PREFIX = /^\s*deal\s*[-–—:：]\s*/i;

/**
 * A Pipedrive-style `Deal - ` prefix taken off a header (`Deal - Value` → `Value`), or `undefined` when the
 * header has none. HubSpot custom reports use the same prefix (research §0, trap 5).
 * @example
 * withoutDealPrefix("Deal - Lost reason") //=> "Lost reason"
 * withoutDealPrefix("Deal Name")          //=> undefined
 */
export function withoutDealPrefix(header: string): string | undefined {
  const match = DEAL_PREFIX.exec(header);
  if (match === null) return undefined;
  const rest = header.slice(match[0].length).trim();
  return rest === "" ? undefined : rest;
}
