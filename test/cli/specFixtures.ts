import { SheetBuilder, day, formula, num, text } from "../../core/template/sheetBuilder";
import type { TemplateCell, WorkbookSpec } from "../../core/template/types";

// Hand-built workbook specs for the .xlsx writer and reader tests: small, every feature once, and written
// without the template's content so these tests do not move when the template does.

export const DEALS_SHEET = "Deals 交易";
export const DASH_SHEET = "Dash 仪表盘";
export const STAGES_SHEET = "Stages";

/** 2026-01-05, 2026-01-06, 2026-02-04 as serials (days since 1899-12-30; 2026-01-01 = 46023). */
export const JAN_05 = 46027;
export const JAN_06 = 46028;
export const FEB_04 = 46057;

/** Text a user might type that a careless writer would turn into a formula. */
export const FORMULA_LIKE = ["=1+1", "+86 138 0000 0000", "-2", "@SUM(A1)", '=HYPERLINK("x")'] as const;

/** One spec with every feature of the template types, on three sheets. */
export function allFeaturesSpec(): WorkbookSpec {
  const deals = new SheetBuilder("deals", DEALS_SHEET, "#70AD47")
    .widths(16, 12, 12, 10, 12, 8)
    .put("A1", [
      [text("Deal ID"), text("Lead"), text("Won"), text("Status"), text("Amount"), text("Cycle")],
      [text(FORMULA_LIKE[0]), day(JAN_05), day(FEB_04), text("Won"), num(1234.5), formula('IF(C2="","",C2-B2)')],
      [text(FORMULA_LIKE[1]), day(JAN_06), null, text("Lost"), num(0), formula('IF(C3="","",C3-B3)')],
      [text(FORMULA_LIKE[2]), day(JAN_06), day(FEB_04), text("Won"), num(99), formula('=IF(C4="","",C4-B4)')],
      [text(FORMULA_LIKE[3]), null, null, text("Open"), num(-5), formula('IF(C5="","",C5-B5)')],
      [text(FORMULA_LIKE[4])],
    ])
    .style("A1:F1", "header")
    .style("A2:E6", "input")
    .style("F2:F6", "computed")
    .format("E2:E6", "#,##0")
    .format("C2:C6", "yyyy/m/d")
    .format("F2:F6", "0.0")
    .list("D2:D6", ["Open", "Won", "Lost"], "Pick Open, Won or Lost")
    .list("A2:A6", { range: `'${STAGES_SHEET}'!$B$2:$B$4` }, "Pick a stage")
    .rule({ kind: "dataBar", ref: "E2:E6", color: "#5B9BD5" })
    .rule({ kind: "formula", ref: "F2:F6", formula: "AND(ISNUMBER(F2),F2>30)", look: "bad" })
    .table("DealsTable", "A1:F6")
    .freeze(1, 1)
    .hide("F")
    .build();

  const dash = new SheetBuilder("dashboard", DASH_SHEET, "#ED7D31")
    .widths(24, 14)
    .put("A1", [[text("Dashboard 仪表盘")]])
    .put("A2", [[text("All native formulas")]])
    .put("A3", [
      [text("p90"), formula(`PERCENTILE.INC('${DEALS_SHEET}'!E2:E5,0.9)`)],
      [text("z"), formula("NORM.S.DIST(1.96,TRUE)")],
      [text("legacy"), formula(`PERCENTILE('${DEALS_SHEET}'!E2:E5,0.9)`)],
      [text("literal"), formula('"PERCENTILE.INC(x) "&"ok"')],
      [text("errors"), formula("IFERROR(1/0,\"—\")")],
      [text("total"), formula("SUM(Amounts)")],
    ])
    .style("A1", "title")
    .style("A2", "note")
    .style("A3:A7", "subtitle")
    .style("B3:B7", "computed")
    .style("A8:B8", "total")
    .format("B3:B4", "0.0%")
    .rule({ kind: "formula", ref: "B3:B4", formula: "B3>=0.5", look: "good" })
    .rule({ kind: "formula", ref: "B5", formula: "B5<0", look: "warn" })
    .chart({ kind: "funnel", title: "Funnel", categories: "A3:A5", values: "B3:B5", at: "D3", columns: 6, rows: 12 })
    .merge("A1:D1")
    .merge("A2:D2")
    .build();

  const stages = new SheetBuilder("stages", STAGES_SHEET)
    .widths(6, 14)
    .put("A1", [
      [text("#"), text("Stage")],
      [num(1), text("Lead")],
      [num(2), text("Opportunity")],
      [num(3), text("Won")],
    ])
    .style("A1:B1", "header")
    .freeze(1)
    .build();

  return {
    locale: "en",
    sheets: [deals, dash, stages],
    names: [
      { name: "Amounts", ref: `'${DEALS_SHEET}'!$E$2:$E$6` },
      { name: "P90", ref: `'${DASH_SHEET}'!$B$3` },
    ],
  };
}

/**
 * The deal log of test/fixtures/deals-utf8-bom.csv as a spec: dates as real date cells (what Excel saves),
 * amounts as the CSV writes them (numbers, or text like "￥100,000" and "8万").
 */
export const FIXTURE_LOG: readonly (readonly TemplateCell[])[] = [
  ["编号", "客户", "线索", "商机", "方案", "成交", "状态", "金额"].map(text),
  [text("D1"), text("华东机械有限公司"), day(46023), day(46027), day(46037), day(46054), text("赢单"), text("￥100,000")],
  [text("D2"), text("远航科技"), day(46024), day(46032), null, day(46053), text("已成交"), num(50000)],
  [text("D3"), text("星河贸易"), day(46025), day(46030), day(46042), null, text("丢单"), text("8万")],
  [text("D4"), text("蓝海物流"), day(46026), null, null, null, text("输单"), null],
  [text("D5"), text('=HYPERLINK("x")'), day(46027), day(46028), null, null, text("跟进中"), num(30000)],
];

/** A workbook with the fixture's deal log on its first sheet at A1. */
export function fixtureLogSpec(): WorkbookSpec {
  return { locale: "zh-CN", sheets: [new SheetBuilder("deals", "交易").put("A1", FIXTURE_LOG).build()], names: [] };
}
