import { columnLetter } from "../../model/cells";
import { isDefaultStageName, stageList } from "../../model/stages";
import { a1, absolute, range, sheetRef } from "../a1";
import type { TemplateContext } from "../context";
import { TEMPLATE_LABELS } from "../labels";
import { columnWidths, drawColumns, placeColumns, type ColumnSpec } from "../columns";
import { RowCursor } from "../rowCursor";
import { textHeight } from "../rowHeights";
import { wrapAcross } from "../wrapAcross";
import { templateStory } from "../sampleStory";
import { formula, num, SheetBuilder, text } from "../sheetBuilder";
import type { SheetSpec, TemplateCell } from "../types";
import { DEFAULT_STAGE_DETAILS } from "./stagesCopy";
import { PROCESS_FLAGS as FLAGS, PROCESS_MAP_COPY as COPY, SAMPLE_MAP } from "./processMapCopy";

/**
 * One row per stage: the Stages sheet's facts and the Dashboard's median computed, the rest typed in. Every column
 * wraps, so a row's cells all sit at its top (the ideal step and change make rows tall; the stage beside them sat at the bottom).
 */
const MAP_TABLE = [
  { key: "position", header: TEMPLATE_LABELS.position, width: 5, wrap: true },
  { key: "stage", header: TEMPLATE_LABELS.stage, width: 12, role: "computed", wrap: true },
  { key: "department", header: TEMPLATE_LABELS.department, width: 16, role: "computed", wrap: true },
  { key: "input", header: TEMPLATE_LABELS.input, width: 24, role: "computed", wrap: true },
  { key: "output", header: TEMPLATE_LABELS.output, width: 28, role: "computed", wrap: true },
  { key: "now", header: COPY.durationNow, width: 12, role: "input", format: "0.0", wrap: true },
  { key: "target", header: COPY.target, width: 10, role: "computed", format: "0.0", wrap: true },
  { key: "actual", header: COPY.actual, width: 12, role: "computed", format: "0.0", wrap: true },
  // Short words right of the actual days: in the middle, clear of the figure.
  { key: "flag", header: COPY.flag, width: 18, role: "input", align: "center", list: { values: FLAGS.map((flag) => flag.word), error: COPY.flagError }, wrap: true },
  { key: "ideal", header: COPY.ideal, width: 32, role: "input", wrap: true },
  { key: "change", header: COPY.change, width: 30, role: "input", wrap: true },
] as const satisfies readonly ColumnSpec[];

/**
 * The Process map (the method's step 2): one row per stage in time order — stage, owner department, input,
 * output (linked to the Stages sheet), duration now (typed in), target days (Stages), the actual median days
 * in the stage (the Dashboard's time-in-stage median, blank when no deal was timed; the last stage has none),
 * a flag dropdown (duplicate / non-value / information break), the ideal step and the change. The bottleneck —
 * the row with the largest actual median — is highlighted by a formula rule; actual above target is orange (the palette's "warn").
 * With sample data the typed-in columns hold the method's examples, the duration now the sample's measured median.
 */
export function processMapSheet({ layout, stageNames, sample }: TemplateContext): SheetSpec {
  const story = templateStory({ sample, stageNames, layout });
  const { locale, stages, dashboard, stageCount } = layout;
  const sheet = new SheetBuilder("processMap", layout.sheetName("processMap"), "#4472C4");
  const rows = new RowCursor(4);
  const headerRow = rows.next();
  const { first, last } = rows.take(stageCount);
  const legendRow = rows.skip().next();
  const table = placeColumns(1, MAP_TABLE, 0);
  const defaults = stageList(undefined, locale).names;
  const stagesSheet = layout.sheetName("stages");
  const dashboardSheet = layout.sheetName("dashboard");
  const linked = (column: number, index: number) => {
    const ref = sheetRef(stagesSheet, absolute(column, stages.firstRow + index));
    return formula(`IF(${ref}="","",${ref})`);
  };
  const col = table.at;
  // Department, input and output as the Stages sheet declares its columns (stagesLayout.ts).
  const stagesColumn = stages.table.at;

  const stageRows: TemplateCell[][] = stageNames.map((name, index) => {
    const example = sample.length > 0 && isDefaultStageName(name) ? SAMPLE_MAP[defaults.indexOf(name)] : undefined;
    const stayMedian = sheetRef(dashboardSheet, absolute(dashboard.funnel.stayMedian, dashboard.funnelHeaderRow + 1 + index));
    return [
      num(index + 1),
      formula(sheetRef(stagesSheet, absolute(stages.nameColumn, stages.firstRow + index))),
      linked(stagesColumn.department, index),
      linked(stagesColumn.input, index),
      linked(stagesColumn.output, index),
      example ? num(Math.round(story?.stageDays[index] ?? example.days)) : null,
      linked(stages.targetDaysColumn, index),
      index < stageCount - 1 ? formula(`IFERROR(${stayMedian},"")`) : null,
      example?.flag != null ? text(FLAGS[example.flag].word[locale]) : null,
      example ? text(example.ideal[locale]) : null,
      example ? text(example.change[locale]) : null,
    ];
  });
  const actual = columnLetter(col.actual);
  const actualRange = `$${actual}$${first}:$${actual}$${last}`;

  drawColumns(sheet, table, { header: headerRow, first, last }, { locale, stageNames, stageRange: stages.names })
    .widths(...columnWidths([table], 0))
    .lines("A1", ["title", COPY.title[locale]], ["note", COPY.note[locale]])
    .put(a1(1, first), stageRows)
    .put(a1(2, legendRow), [[text(COPY.legend[locale])], ...FLAGS.map((flag) => [text(flag.word[locale]), text(flag.meaning[locale])])])
    .style(a1(2, legendRow), "subtitle")
    .style(range(3, legendRow + 1, 3, legendRow + FLAGS.length), "note")
    // The legend's flag words are sentences beside their meanings.
    .wrap(range(2, legendRow + 1, 2, legendRow + FLAGS.length))
    .rule({
      kind: "formula",
      ref: range(1, first, col.change, last),
      formula: `AND(ISNUMBER($${actual}${first}),$${actual}${first}=MAX(${actualRange}))`,
      look: "bad",
    })
    .rule({
      kind: "formula",
      ref: range(col.actual, first, col.actual, last),
      formula: `AND(ISNUMBER(${actual}${first}),ISNUMBER(${columnLetter(col.target)}${first}),${actual}${first}>${columnLetter(col.target)}${first})`,
      look: "warn",
    })
    .freeze(headerRow, 2);
  const spec = sheet.build();
  // The linked facts (formulas, not measured by rowHeights.ts) wrap too: their rows as tall as the default stages' facts need.
  const facts = stageNames.map((name) => (isDefaultStageName(name) ? DEFAULT_STAGE_DETAILS[defaults.indexOf(name)] : undefined));
  const heights = facts.flatMap((fact, index) => {
    if (fact === undefined) return [];
    const points = Math.max(...(["department", "input", "output"] as const).map((key) => textHeight(fact[key][locale], spec.columnWidths[col[key] - 1])));
    return points > 0 ? [{ row: first + index, points }] : [];
  });
  const sized = heights.length === 0 ? spec : { ...spec, rowHeights: [...(spec.rowHeights ?? []), ...heights] };
  // Each flag's meaning spans the rest of the row, wrapped, so it sits at the top beside its (wrapped) flag word.
  return FLAGS.reduce((done, flag, index) => wrapAcross(done, range(3, legendRow + 1 + index, col.change, legendRow + 1 + index), [flag.meaning[locale]]), sized);
}
