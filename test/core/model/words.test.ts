import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES } from "../../../core/model/stages";
import { nameKey } from "../../../core/model/normalize";
import { headerKey } from "../../../core/model/normalize";
import { FIELD_HEADERS, STAGE_COLUMN_HEADERS, amountExponentOfHeader, fieldOfHeader, type DealField } from "../../../core/model/words";

// DEFINITIONS §2, word for word.
const CONTRACT_HEADERS: readonly [DealField, string, string][] = [
  ["id", "编号", "Deal ID"],
  ["name", "商机名称", "Deal name"],
  ["customer", "客户", "Customer"],
  ["source", "线索来源", "Source"],
  ["owner", "负责人", "Owner"],
  ["team", "团队", "Team"],
  ["region", "区域", "Region"],
  ["industry", "行业", "Industry"],
  ["amount", "金额", "Amount"],
  ["currency", "币种", "Currency"],
  ["status", "状态", "Status"],
  ["lostReason", "丢单原因", "Lost reason"],
];

describe("fieldOfHeader", () => {
  for (const [field, zh, en] of CONTRACT_HEADERS) {
    it(`reads ${zh} and ${en} as ${field}`, () => {
      expect(fieldOfHeader(zh)).toBe(field);
      expect(fieldOfHeader(en)).toBe(field);
      expect(fieldOfHeader(` ${en.toUpperCase()} `)).toBe(field);
      expect(fieldOfHeader(en.toLowerCase())).toBe(field);
      expect(fieldOfHeader(`\u3000${zh}\u3000`)).toBe(field);
    });
  }

  it("covers every field, and the template's headers are the contract's", () => {
    expect(CONTRACT_HEADERS.map(([field]) => field).sort()).toEqual((Object.keys(FIELD_HEADERS) as DealField[]).sort());
    for (const [field, zh, en] of CONTRACT_HEADERS) expect(FIELD_HEADERS[field]).toEqual({ "zh-CN": zh, en });
  });

  it("reads full-width headers", () => {
    expect(fieldOfHeader("Ｄｅａｌ ＩＤ")).toBe("id");
    expect(fieldOfHeader("金额（元）")).toBe("amount");
    expect(fieldOfHeader("金额(元)")).toBe("amount");
  });

  it("answers undefined for stage names and other headers", () => {
    for (const header of [...DEFAULT_STAGES.flatMap((stage) => [stage["zh-CN"], stage.en]), "Notes", "备注", "", "Amount due"]) {
      expect(fieldOfHeader(header), header).toBeUndefined();
    }
  });
});

describe("fieldOfHeader: header variants", () => {
  it("reads headers with spaces inside, a trailing colon or a bracketed unit", () => {
    const variants: [string, DealField][] = [
      ["状\u3000态", "status"],
      ["状 态", "status"],
      ["状态：", "status"],
      ["Status:", "status"],
      ["负 责 人", "owner"],
      ["负责人：", "owner"],
      ["Deal  ID", "id"],
      ["客户 名称", "customer"],
      ["金额 (元)", "amount"],
      ["Amount (USD)", "amount"],
      ["Amount ($)", "amount"],
      ["金额（万元）", "amount"],
      ["状态（必填）", "status"],
    ];
    for (const [header, field] of variants) expect(fieldOfHeader(header), header).toBe(field);
  });

  it("leaves an amount header with a unit it cannot scale unmatched", () => {
    for (const header of ["金额（百万）", "Amount (m)", "金额（亿元）", "Amount (%)"]) expect(fieldOfHeader(header), header).toBeUndefined();
  });

  it("gives no two fields the same header key once spaces, colons and units are folded", () => {
    const owners = new Map<string, DealField>();
    for (const field of Object.keys(FIELD_HEADERS) as DealField[]) {
      for (const header of [FIELD_HEADERS[field]["zh-CN"], FIELD_HEADERS[field].en]) {
        const key = headerKey(header, "field");
        expect(owners.get(key) ?? field, header).toBe(field);
        owners.set(key, field);
        expect(fieldOfHeader(header)).toBe(field);
      }
    }
  });
});

describe("amountExponentOfHeader", () => {
  it("is 0 without a unit or with a currency only", () => {
    for (const header of ["金额", "金额 (元)", "金额（元）", "Amount (USD)", "Amount ($)", "Amount (RMB)", "金额（人民币元）"]) {
      expect(amountExponentOfHeader(header), header).toBe(0);
    }
  });

  it("is 4 for 万 (12 there is 12 × 10^4 = 120,000) and 3 for thousands", () => {
    expect(amountExponentOfHeader("金额（万元）")).toBe(4);
    expect(amountExponentOfHeader("金额(万)")).toBe(4);
    expect(amountExponentOfHeader("金额（千元）")).toBe(3);
    expect(amountExponentOfHeader("Amount ($k)")).toBe(3);
  });

  it("is undefined for a unit it does not know", () => {
    expect(amountExponentOfHeader("金额（百万）")).toBeUndefined();
    expect(amountExponentOfHeader("Amount (m)")).toBeUndefined();
  });
});

describe("STAGE_COLUMN_HEADERS", () => {
  it("holds no stage name and no field header (a one-column range's header must not read as a stage)", () => {
    const stageKeys = new Set(DEFAULT_STAGES.flatMap((stage) => [nameKey(stage["zh-CN"]), nameKey(stage.en)]));
    for (const header of STAGE_COLUMN_HEADERS) {
      expect(stageKeys.has(nameKey(header)), header).toBe(false);
      expect(fieldOfHeader(header), header).toBeUndefined();
    }
  });
});
