/**
 * Deal logs as the hosts hand them to custom functions (DEFINITIONS §2–§3), generated from a plain model whose
 * figures are known by construction: which rows count, which are bad or blank, how far each deal got. The
 * rendering is where the hosts differ — Excel serials, Sheets `Date`s, typed-in text, stray spaces, full-width
 * forms, ragged rows — and the model is what the oracles count. Nothing here imports core/.
 */
import fc from "fast-check";
import { outcomeOfStage } from "../../core/parse/currentStage";

export const STAGES_ZH = ["线索", "商机", "方案", "报价", "谈判", "成交"] as const;
export const STAGES_EN = ["Lead", "Opportunity", "Proposal", "Quote", "Negotiation", "Won"] as const;
/** A team's own stage list, passed as `stage_order`; none of these is a default stage or a field header. */
export const CUSTOM_STAGES = ["Discovery", "Demo", "Trial", "Contract", "Closed"] as const;

export type Status = "open" | "won" | "lost";

/** Words a user types for each outcome (DEFINITIONS §3); an open deal may also be blank. */
export const STATUS_WORDS: Readonly<Record<Status, readonly string[]>> = {
  won: ["赢单", "成交", "已成交", "Won", "Closed Won"],
  lost: ["丢单", "输单", "流失", "Lost", "Closed Lost"],
  open: ["进行中", "跟进中", "Open", ""],
};

export type ActionStatus = "notStarted" | "inProgress" | "done";

/** Words and boxes for each action status, including the seed's check-box form (DEFINITIONS §3). */
export const ACTION_WORDS: Readonly<Record<ActionStatus, readonly string[]>> = {
  notStarted: ["未启动", "Not started", "☐", "□", "■未启动□进行中□已完成"],
  inProgress: ["进行中", "In progress", "◐", "□未启动■进行中□已完成"],
  done: ["已完成", "Done", "Complete", "☑", "■", "✓", "□未启动□进行中■已完成"],
};

/** How a blank cell arrives: Excel `""`/`null`, a missing cell, or spaces someone typed. */
export const BLANKS: readonly unknown[] = ["", null, undefined, "   ", "\u3000"];

// ---------------------------------------------------------------------------------------------------------
// Days and how hosts write them

const DAY_ZERO_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** The `Date` at UTC midnight of a day number (an Excel serial ≥ 61; 46027 = 2026-01-05). */
export function utcDateOfDay(day: number): Date {
  return new Date(DAY_ZERO_MS + day * MS_PER_DAY);
}

/** `YYYY-MM-DD` of a day number. */
export function isoOfDay(day: number): string {
  return utcDateOfDay(day).toISOString().slice(0, 10);
}

/** ASCII → full-width forms (what a Chinese IME types). */
export function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

export const DATE_STYLES = ["serial", "serialWithTime", "iso", "slash", "chinese", "padded", "fullWidth", "utcDate"] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** A day as one host or user writes it. */
export function renderDay(day: number, style: DateStyle): unknown {
  const date = utcDateOfDay(day);
  const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const iso = isoOfDay(day);
  switch (style) {
    case "serial":
      return day; // Excel
    case "serialWithTime":
      return day + 0.375; // Excel, a date-time at 09:00
    case "iso":
      return iso;
    case "slash":
      return `${year}/${month}/${dayOfMonth}`;
    case "chinese":
      return `${year}年${month}月${dayOfMonth}日`;
    case "padded":
      return `  ${iso} `;
    case "fullWidth":
      return toFullWidth(iso);
    case "utcDate":
      return date; // Sheets, spreadsheet zone UTC
  }
}

/** Cell values that are not dates: a row holding one in a stage column is bad (DEFINITIONS §5). */
export function garbageDate(pick: number): unknown {
  const values: (() => unknown)[] = [
    () => "n/a",
    () => "TBD",
    () => "2026-02-30",
    () => "2026-13-01",
    () => "1/5/2026",
    () => "2026年13月1日",
    () => "下周",
    () => "=TODAY()",
    () => true,
    () => 0,
    () => 60, // Excel's 1900-02-29
    () => -3,
    () => 3_000_000, // after 9999-12-31
    () => NaN,
    () => Infinity,
    () => new Date(NaN),
    () => ({ error: "#N/A" }),
  ];
  return values[pick % values.length]();
}

/** A name as a user may spell it: case, surrounding spaces, full-width, an ideographic space. */
export function spell(name: string, variant: number): string {
  const forms = [name, name.toLowerCase(), name.toUpperCase(), ` ${name}  `, toFullWidth(name), `\u3000${name}`];
  return forms[variant % forms.length];
}

// ---------------------------------------------------------------------------------------------------------
// The model of a deal log

export type RowKind = "good" | "backwards" | "unreadable" | "blank" | "noStage";

export interface ModelDeal {
  readonly kind: RowKind;
  /** Day number per stage column of the log (in stage order), null = blank. */
  readonly days: readonly (number | null)[];
  readonly status: Status;
  /** Index into {@link STATUS_WORDS}[status]. */
  readonly statusWord: number;
  readonly amount: number;
  /** Amount written as a number (even) or as text with ¥ and commas (odd). */
  readonly amountStyle: number;
  /** For an "unreadable" row: the stage whose cell holds {@link garbageDate}(garbage). */
  readonly garbageStage: number;
  readonly garbage: number;
}

/** Row kinds by weight: mostly good rows, with every kind of row a function must leave out. */
const ROW_KIND_WEIGHTS: readonly RowKind[] = [
  ...Array.from({ length: 12 }, () => "good" as const),
  "backwards",
  "unreadable",
  "blank",
  "noStage",
];

/**
 * One deal over `stageCount` stage columns; `kind` says how its row is (or is not) counted. Few random draws
 * per deal (the small choices are bits of one number), so that logs of dozens of deals stay cheap to generate.
 */
export function modelDeal(stageCount: number): fc.Arbitrary<ModelDeal> {
  return fc
    .tuple(
      fc.nat({ max: ROW_KIND_WEIGHTS.length - 1 }),
      fc.integer({ min: 45000, max: 47000 }),
      // Days after the previous stage; negative = no date in this stage (a skipped or not yet reached stage).
      fc.array(fc.integer({ min: -15, max: 40 }), { minLength: stageCount, maxLength: stageCount }),
      fc.nat(),
      fc.integer({ min: 0, max: 3_000_000 }),
    )
    .map(([kindIndex, start, gaps, bits, amount]) => {
      const kind = ROW_KIND_WEIGHTS[kindIndex];
      const pick = bits % 1000;
      const status = (["open", "won", "lost"] as const)[(bits >>> 10) % 3];
      const statusWord = (bits >>> 12) % 20;
      const amountStyle = (bits >>> 17) % 4;
      const garbage = (bits >>> 19) % 100;
      const back = 1 + ((bits >>> 26) % 30);
      const shown = gaps.map((gap) => gap >= 0);
      if (!shown.some(Boolean)) shown[pick % stageCount] = true;
      if (kind === "backwards" && shown.filter(Boolean).length < 2) {
        shown[0] = true;
        shown[stageCount - 1] = true;
      }
      let day = start;
      const days: (number | null)[] = gaps.map((gap, index) => {
        day += Math.max(gap, 0);
        return shown[index] ? day : null;
      });
      if (kind === "backwards") {
        // Two neighbouring dated stages, the later one dated before the earlier one.
        const dated = days.flatMap((value, index) => (value === null ? [] : [index]));
        const at = pick % (dated.length - 1);
        days[dated[at + 1]] = days[dated[at]]! - back;
      }
      const blankRow = kind === "blank" || kind === "noStage";
      return {
        kind,
        days: blankRow ? days.map(() => null) : days,
        status,
        statusWord,
        amount,
        amountStyle,
        garbageStage: pick % stageCount,
        garbage,
      };
    });
}

/** The deals a function counts: rows with readable, non-decreasing stage dates (DEFINITIONS §5). */
export function countedDeals(deals: readonly ModelDeal[]): ModelDeal[] {
  return deals.filter((deal) => deal.kind === "good");
}

/** The furthest stage a counted deal has a date in. */
export function furthestStage(deal: ModelDeal): number {
  let furthest = -1;
  deal.days.forEach((day, index) => {
    if (day !== null) furthest = index;
  });
  return furthest;
}

/** reached(S) by definition (DEFINITIONS §1): counted deals with a date in S or any later stage. */
export function bruteReached(deals: readonly ModelDeal[], stageCount: number): number[] {
  const counted = countedDeals(deals);
  return Array.from({ length: stageCount }, (_, stage) =>
    counted.filter((deal) => deal.days.some((day, index) => index >= stage && day !== null)).length,
  );
}

export type ExtraField = "id" | "customer" | "status" | "amount" | "owner" | "notes";
const EXTRA_HEADERS: Readonly<Record<ExtraField, readonly string[]>> = {
  id: ["编号", "Deal ID"],
  customer: ["客户", "Customer"],
  status: ["状态", "Status"],
  amount: ["金额", "Amount"],
  owner: ["负责人", "Owner"],
  notes: ["备注", "Notes"],
};
const CUSTOMERS = ["华为", "字节跳动", "Acme", "美团", "🚀 Rocket", "＝公式", "@home", "-", "+86 客户"];
const OWNERS = ["王", "李", "Ann", "赵", ""];

/** A wide deal log (DEFINITIONS §2): one date column per stage, headed by its name, other columns by header. */
export interface WideLogModel {
  /** The stage list in force: the default stages, or {@link CUSTOM_STAGES} passed as `stage_order`. */
  readonly custom: boolean;
  /** The stages that head a column, as indices into the list in force, increasing (at least two). */
  readonly stages: readonly number[];
  /** Each stage column's header as the log spells it (stage order). */
  readonly stageHeaders: readonly string[];
  readonly extras: readonly ExtraField[];
  readonly extraHeaders: readonly string[];
  /** Sheet column → logical column (0 … stages − 1 are the stage columns in order, then the extras). */
  readonly columnOrder: readonly number[];
  readonly deals: readonly ModelDeal[];
  /** Cycled through the date cells. */
  readonly dateStyles: readonly DateStyle[];
  /** Cycled through the blank cells (indices into {@link BLANKS}). */
  readonly blanks: readonly number[];
  /** Sheets-like ragged rows: trailing blank cells left off. */
  readonly ragged: boolean;
  /** How `stage_order` is passed for a custom list: 0 column, 1 row, 2 column with blanks. */
  readonly orderForm: number;
}

function stageNameOf(custom: boolean, stage: number, english: boolean): string {
  return custom ? CUSTOM_STAGES[stage] : english ? STAGES_EN[stage] : STAGES_ZH[stage];
}

/** The stage names of the list in force, in one language (what FUNNEL shows for a one-column log). */
export function stageUniverse(custom: boolean, english: boolean): string[] {
  return custom ? [...CUSTOM_STAGES] : [...(english ? STAGES_EN : STAGES_ZH)];
}

export interface WideLogOptions {
  readonly custom?: boolean;
  readonly maxDeals?: number;
  readonly extras?: boolean;
}

export function wideLogModel(options: WideLogOptions = {}): fc.Arbitrary<WideLogModel> {
  const customArb = options.custom === undefined ? fc.boolean() : fc.constant(options.custom);
  return customArb.chain((custom) => {
    const universe = custom ? CUSTOM_STAGES.length : STAGES_ZH.length;
    return fc
      .subarray(
        Array.from({ length: universe }, (_, index) => index),
        { minLength: 2 },
      )
      .chain((stages) =>
        fc.record({
          custom: fc.constant(custom),
          stages: fc.constant(stages),
          stageHeaders: fc.tuple(
            ...stages.map((stage) =>
              fc.tuple(fc.boolean(), fc.nat({ max: 11 })).map(([english, variant]) => spell(stageNameOf(custom, stage, english), variant)),
            ),
          ),
          extrasWithHeaders: options.extras === false
            ? fc.constant([] as [ExtraField, string][])
            : fc
                .subarray<ExtraField>(["id", "customer", "status", "amount", "owner", "notes"])
                .chain((extras) =>
                  fc.tuple(...extras.map((field) => fc.constantFrom(...EXTRA_HEADERS[field]).map((header) => [field, header] as [ExtraField, string]))),
                ),
          deals: fc.array(modelDeal(stages.length), { maxLength: options.maxDeals ?? 25, size: "medium" }),
          dateStyles: fc.array(fc.constantFrom(...DATE_STYLES), { minLength: 1, maxLength: 8 }),
          blanks: fc.array(fc.nat({ max: BLANKS.length - 1 }), { minLength: 1, maxLength: 5 }),
          ragged: fc.boolean(),
          orderForm: fc.nat({ max: 2 }),
          shuffle: fc.nat(),
        }),
      )
      .map(({ extrasWithHeaders, shuffle, ...rest }) => {
        const width = rest.stages.length + extrasWithHeaders.length;
        const columnOrder = shuffled(Array.from({ length: width }, (_, index) => index), shuffle);
        return {
          ...rest,
          extras: extrasWithHeaders.map(([field]) => field),
          extraHeaders: extrasWithHeaders.map(([, header]) => header),
          columnOrder,
        };
      });
  });
}

/** Fisher–Yates driven by a small linear congruential generator seeded with `seed` (0 keeps the order). */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed;
  for (let index = items.length - 1; index > 0 && seed !== 0; index--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const other = state % (index + 1);
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
}

/** Renders cells that should be blank, cycling through the model's blank forms. */
function blankCycler(blanks: readonly number[]): () => unknown {
  let next = 0;
  return () => BLANKS[blanks[next++ % blanks.length]];
}

export function statusText(deal: ModelDeal): string {
  const words = STATUS_WORDS[deal.status];
  return words[deal.statusWord % words.length];
}

export function amountText(deal: ModelDeal): unknown {
  return deal.amountStyle % 2 === 0 ? deal.amount : `¥${String(deal.amount).replace(/\B(?=(\d{3})+$)/g, ",")}`;
}

/**
 * The wide log as a host passes it. `dateStyleOf` fixes how dates are written (default: the model's styles,
 * cycled cell by cell).
 */
export function renderWide(model: WideLogModel, dateStyleOf?: (row: number, stage: number) => DateStyle): unknown[][] {
  const blank = blankCycler(model.blanks);
  let styleIndex = 0;
  const styleOf = dateStyleOf ?? (() => model.dateStyles[styleIndex++ % model.dateStyles.length]);
  const stageCount = model.stages.length;
  const header = model.columnOrder.map((logical) =>
    logical < stageCount ? model.stageHeaders[logical] : model.extraHeaders[logical - stageCount],
  );
  const rows = model.deals.map((deal, row) => {
    const isBlank: boolean[] = [];
    const cells = model.columnOrder.map((logical, column) => {
      const blankCell = () => {
        isBlank[column] = true;
        return blank();
      };
      if (logical < stageCount) {
        if (deal.kind === "unreadable" && logical === deal.garbageStage) return garbageDate(deal.garbage);
        const day = deal.days[logical];
        return day === null ? blankCell() : renderDay(day, styleOf(row, logical));
      }
      if (deal.kind === "blank") return blankCell();
      switch (model.extras[logical - stageCount]) {
        case "id":
          return `D-${row + 1}`;
        case "customer":
          return CUSTOMERS[row % CUSTOMERS.length];
        case "status":
          return statusText(deal) || blankCell();
        case "amount":
          return amountText(deal);
        case "owner":
          return OWNERS[row % OWNERS.length] || blankCell();
        case "notes":
          return row % 3 === 0 ? "跟进中 ☎" : blankCell();
        default:
          return blankCell();
      }
    });
    if (model.ragged) {
      while (cells.length > 0 && isBlank[cells.length - 1]) {
        cells.pop();
        isBlank.pop();
      }
    }
    return cells;
  });
  return [header, ...rows];
}

/** The `stage_order` argument of a custom-list model, or undefined for the default list. */
export function stageOrderArgument(model: { custom: boolean; orderForm: number }): unknown[][] | undefined {
  if (!model.custom) return undefined;
  const names = [...CUSTOM_STAGES];
  if (model.orderForm === 1) return [names];
  if (model.orderForm === 2) return [[""], ...names.flatMap((name, index) => (index === 2 ? [[name], [null]] : [[name]]))];
  return names.map((name) => [name]);
}

/** One column of a grid, as a host passes a one-column range. */
export function columnOf(grid: readonly (readonly unknown[])[], column: number): unknown[][] {
  return grid.map((row) => [row[column]]);
}

/** The sheet column holding a stage (a position in the log's stage order). */
export function stageColumn(model: WideLogModel, stage: number): number {
  return model.columnOrder.indexOf(stage);
}

/** The grid restricted to its stage columns, in sheet order (TIME_IN_STAGE's `stage_dates`). */
export function stageColumnsOnly(model: WideLogModel, grid: readonly (readonly unknown[])[]): unknown[][] {
  const columns = model.columnOrder.flatMap((logical, column) => (logical < model.stages.length ? [column] : []));
  return grid.map((row) => columns.map((column) => row[column]));
}

/** The model's statuses as a one-column range with a header, row for row with the rendered log. */
export function statusColumn(model: WideLogModel): unknown[][] {
  return [["状态"], ...model.deals.map((deal) => [deal.kind === "blank" ? "" : statusText(deal)])];
}

/** The model's amounts as a one-column range with a header, row for row with the rendered log. */
export function amountColumn(model: WideLogModel): unknown[][] {
  return [["金额"], ...model.deals.map((deal) => [deal.kind === "blank" ? "" : amountText(deal)])];
}

// ---------------------------------------------------------------------------------------------------------
// The one-column shape: each deal's current or furthest stage as text

export interface StageColumnCell {
  /** The stage (index into the list in force), or null for a cell that is not a stage. */
  readonly stage: number | null;
  readonly value: unknown;
}

export interface StageColumnModel {
  readonly custom: boolean;
  readonly orderForm: number;
  readonly header: string | null;
  readonly cells: readonly StageColumnCell[];
}

const NOT_STAGES: readonly unknown[] = ["n/a", "Churned", "待定", "赢单", "Lost", "Status", 42, true, "Stage 2"];

/**
 * One-column logs: stage names spelled in every way the contract allows, and blank cells. With `unknown`, also
 * cells that are not stages under the list in force (words, numbers, the other list's names), which the
 * functions refuse ({@link firstUnknownStageCell}).
 */
export function stageColumnModel(options: { custom?: boolean; maxDeals?: number; unknown?: boolean } = {}): fc.Arbitrary<StageColumnModel> {
  const customArb = options.custom === undefined ? fc.boolean() : fc.constant(options.custom);
  return customArb.chain((custom) => {
    const universe = custom ? CUSTOM_STAGES.length : STAGES_ZH.length;
    const stageCell = fc
      .tuple(fc.nat({ max: universe - 1 }), fc.boolean(), fc.nat({ max: 11 }))
      .map(([stage, english, variant]): StageColumnCell => ({ stage, value: spell(stageNameOf(custom, stage, english), variant) }));
    // Under a custom list the default names are not stages, and the other way round.
    const foreignCell = fc
      .tuple(fc.nat({ max: 5 }), fc.boolean())
      .map(([stage, english]): StageColumnCell => ({
        stage: null,
        value: custom ? (english ? STAGES_EN[stage] : STAGES_ZH[stage]) : CUSTOM_STAGES[stage % CUSTOM_STAGES.length],
      }));
    const blankCell = fc.constantFrom(...BLANKS).map((value): StageColumnCell => ({ stage: null, value }));
    const otherCell =
      options.unknown === true
        ? fc.oneof(blankCell, fc.constantFrom(...NOT_STAGES).map((value): StageColumnCell => ({ stage: null, value })), foreignCell)
        : blankCell;
    return fc.record({
      custom: fc.constant(custom),
      orderForm: fc.nat({ max: 2 }),
      header: fc.option(fc.constantFrom("Stage", "阶段", "当前阶段", "Deal stage", "销售阶段"), { nil: null }),
      cells: fc.array(fc.oneof({ weight: 5, arbitrary: stageCell }, { weight: 1, arbitrary: otherCell }), {
        maxLength: options.maxDeals ?? 30,
        size: "medium",
      }),
    });
  });
}

export function renderStageColumn(model: StageColumnModel): unknown[][] {
  return [...(model.header === null ? [] : [[model.header]]), ...model.cells.map((cell) => [cell.value])];
}

/**
 * The first cell of a one-column log that is neither blank nor a stage, by its 1-based row in the range — what
 * the functions name when they refuse it — or undefined. The range's first cell is its header when it is not a
 * stage (DEFINITIONS §2), so it is never refused. An outcome (赢单, Lost, Won under a custom list) is no such
 * cell since issue 10: such a column is a current-stage column (core/parse/outcomeColumn.ts).
 */
export function firstUnknownStageCell(model: StageColumnModel): { row: number; value: unknown } | undefined {
  const cells = model.header === null ? model.cells : [{ stage: null, value: model.header }, ...model.cells];
  const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");
  for (const [index, cell] of cells.entries()) {
    if (index === 0 || cell.stage !== null || isBlank(cell.value)) continue;
    if (typeof cell.value === "string" && outcomeOfStage(cell.value.trim()) !== undefined) continue;
    return { row: index + 1, value: cell.value };
  }
  return undefined;
}

/** reached(S) of a one-column log by definition: cells whose stage is S or later. */
export function bruteReachedOfColumn(model: StageColumnModel): number[] {
  const universe = model.custom ? CUSTOM_STAGES.length : STAGES_ZH.length;
  return Array.from({ length: universe }, (_, stage) =>
    model.cells.filter((cell) => cell.stage !== null && cell.stage >= stage).length,
  );
}
