import { statusRollup, type StatusCounts } from "../../metrics/statusRollup";
import type { ActionStatus } from "../../model/words";
import { readActionStatus } from "../../parse/statuses";
import { cellsOf, groupLabel } from "../coerce";
import { defineFunction } from "../defineFunction";
import { ArgumentProblem, numberOrDiv0 } from "../errors";
import { headerRow, LABELS } from "../labels";
import { readStatusCells } from "../statusArgument";
import type { OutputCell } from "../types";

export const STATUS_ROLLUP = defineFunction({
  name: "STATUS_ROLLUP",
  result: "table",
  help: {
    "zh-CN": "行动计划进度汇总：按分组统计未启动、进行中、已完成的数量和完成率，末行为合计（溢出为表格）",
    en: "Action-plan rollup: not started, in progress and done per group, with the done %, and a total row (spills a table)",
  },
  params: [
    {
      name: "statuses",
      kind: "range",
      help: {
        "zh-CN": "行动项状态：未启动 / 进行中 / 已完成（也可读 □未启动□进行中■已完成 的勾选形式）",
        en: "Action statuses: Not started / In progress / Done (the check-box form □Not started■In progress□Done is read too)",
      },
    },
    {
      name: "groups",
      kind: "range",
      optional: true,
      help: { "zh-CN": "分组（如阶段或负责人），与状态同样行数", en: "The groups (e.g. stage or owner), as many rows as statuses" },
    },
  ] as const,
  body([statuses, groups], { locale, timeZone }) {
    const read = readStatusCells(statuses, "statuses", readActionStatus);
    const groupCells = groups === undefined ? undefined : cellsOf(groups).map((cell) => groupLabel(cell.value, timeZone));
    if (groupCells !== undefined && groupCells.length !== read.length) {
      throw new ArgumentProblem("#VALUE!", "arg.sameSize", { name: "groups", other: "statuses" });
    }
    // Rows without a status (an unfilled line of the plan, or the header) are not action items.
    const kept: ActionStatus[] = [];
    const keptGroups: string[] = [];
    read.forEach((status, index) => {
      if (status === undefined) return;
      kept.push(status);
      if (groupCells !== undefined) keptGroups.push(groupCells[index] || LABELS.blankGroup[locale]);
    });
    const rollup = statusRollup(kept, groupCells === undefined ? undefined : keptGroups);
    const line = (group: string, counts: StatusCounts): OutputCell[] => [
      group,
      counts.notStarted,
      counts.inProgress,
      counts.done,
      numberOrDiv0(counts.donePercent, locale, "div0.noItems"),
    ];
    return [
      headerRow(locale, ["group", "notStarted", "inProgress", "done", "donePercent"]),
      ...rollup.rows.map((row) => line(row.group, row)),
      line(LABELS.total[locale], rollup.total),
    ];
  },
});
