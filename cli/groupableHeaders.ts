import type { StageList } from "../core/model/stages";
import { isStageTimeHeader } from "../core/model/crmHeaders";
import { headerKey } from "../core/model/normalize";
import { fieldOfHeader, type DealField } from "../core/model/words";

/** Fields a deal is never usefully grouped by: its own ID, its figures and its outcome. */
const NOT_GROUPS: ReadonlySet<DealField> = new Set(["id", "amount", "currency", "status"]);

/**
 * The headers `--by` offers when the column it names is missing: every non-empty header but a stage's date
 * column (as `stages` reads it: `商机日期` is the stage 商机), a CRM's stage-time column, and the deal ID, amount,
 * currency and status — grouping by those gives one group per date, figure or outcome, not a segment.
 * @example
 * groupableHeaders(["编号", "客户", "线索", "商机日期", "金额", "状态"], stageList(["线索", "商机"])) //=> ["客户"]
 */
export function groupableHeaders(headers: readonly string[], stages: StageList): string[] {
  return headers.filter((text) => {
    if (text === "" || isStageTimeHeader(text)) return false;
    if (stages.indexOf(text) >= 0 || stages.indexOf(headerKey(text, "stage")) >= 0) return false;
    const field = fieldOfHeader(text);
    return field === undefined || !NOT_GROUPS.has(field);
  });
}
