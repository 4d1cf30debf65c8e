import { describe, expect, it } from "vitest";
import { GroupCodes } from "../../../core/model/groupColumn";
import { groupByColumn, groupColumnOfGrid } from "../../../core/parse/groupColumn";

describe("groupByColumn", () => {
  it("finds a field by its word, in any of its headers (DEFINITIONS §2)", () => {
    expect(groupByColumn(["编号", "线索来源", "线索", "成交"], "source")).toBe(1);
    expect(groupByColumn(["Opportunity Owner", "Lead Source", "Stage"], "OWNER")).toBe(0);
    expect(groupByColumn(["Record ID", "Deal owner", "Lead Source"], "source")).toBe(2);
    expect(groupByColumn(["商机编号", "负责人", "所属部门"], "team")).toBe(2);
  });

  it("finds a header as written, spaces, width and case folded, before a field it could mean", () => {
    expect(groupByColumn(["Deal", "Owner", "Region code"], "region code")).toBe(2);
    expect(groupByColumn(["Deal", "Owner", "负 责 人："], "负责人")).toBe(2);
    expect(groupByColumn(["Deal", "Owner"], "负责人")).toBe(1);
  });

  it("finds nothing for a field or header the log does not have", () => {
    expect(groupByColumn(["Deal", "Owner"], "team")).toBeUndefined();
    expect(groupByColumn(["Deal", "Owner"], "Segment")).toBeUndefined();
    expect(groupByColumn(["Deal", "Amount"], "金额")).toBeUndefined(); // an amount is no group
  });
});

describe("GroupCodes", () => {
  it("interns folded names, keeps the first spelling, and makes blanks one group", () => {
    const codes = new GroupCodes("Source");
    for (const cell of ["Web", "", " web", "Fair", "ＷＥＢ", null, "  ", 7, "7"]) codes.push(cell);
    const column = codes.finish();
    expect(column.labels).toEqual(["Web", "", "Fair", "7"]);
    expect(Array.from(column.codes)).toEqual([0, 1, 0, 2, 0, 1, 1, 3, 3]);
  });

  it("takes a history's deal from the row it came from", () => {
    const grid = [["Deal", "Owner"], ["D1", "Ann"], ["D1", "Bo"], ["D2", ""]];
    expect(groupColumnOfGrid(grid, 1, Int32Array.of(3, 4), 1)).toEqual({ header: "Owner", labels: ["Bo", ""], codes: Int32Array.of(0, 1) });
  });
});
