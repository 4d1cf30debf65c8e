import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES } from "../../../core/model/stages";
import { nameKey } from "../../../core/model/normalize";
import { FIELD_HEADERS, STAGE_COLUMN_HEADERS, fieldOfHeader, type DealField } from "../../../core/model/words";

// CONTRACT §2, word for word.
const CONTRACT_HEADERS: readonly [DealField, string, string][] = [
  ["id", "编号", "Deal ID"],
  ["customer", "客户", "Customer"],
  ["source", "线索来源", "Source"],
  ["owner", "负责人", "Owner"],
  ["team", "团队", "Team"],
  ["region", "区域", "Region"],
  ["industry", "行业", "Industry"],
  ["amount", "金额", "Amount"],
  ["status", "状态", "Status"],
  ["lostReason", "流失原因", "Lost reason"],
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

describe("STAGE_COLUMN_HEADERS", () => {
  it("holds no stage name and no field header (a one-column range's header must not read as a stage)", () => {
    const stageKeys = new Set(DEFAULT_STAGES.flatMap((stage) => [nameKey(stage["zh-CN"]), nameKey(stage.en)]));
    for (const header of STAGE_COLUMN_HEADERS) {
      expect(stageKeys.has(nameKey(header)), header).toBe(false);
      expect(fieldOfHeader(header), header).toBeUndefined();
    }
  });
});
