import { describe, expect, it } from "vitest";
import { STATUS_CODE } from "../../../core/model/dealTable";

describe("STATUS_CODE", () => {
  it("gives each outcome its own code that fits a Uint8Array", () => {
    const codes = Object.values(STATUS_CODE);
    expect(Object.keys(STATUS_CODE).sort()).toEqual(["lost", "open", "won"]);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(Uint8Array.of(code)[0]).toBe(code);
  });
});
