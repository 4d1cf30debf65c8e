/**
 * The server's hand-written reading of the sidebar's requests (appsscript/sidebarRequests.ts, on
 * appsscript/shared/shapeCheck.ts) against the zod/mini schemas it replaced (support/zodRequests.ts, the
 * reference): every request the sidebar sends, and thousands of them broken in one to three places (a value
 * swapped for an odd one, a key dropped or added), get the same verdict and the same first place.
 * wire.test.ts keeps the hand-picked places and the size limits.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildTemplate } from "../../core/template/buildTemplate";
import { encodeSheet } from "../../appsscript/shared/wireSheet";
import { asCopy, outlineOf } from "../../core/template/numberedCopy";
import { pathText } from "../../appsscript/shared/shapeCheck";
import { DRAW_SHEET_CHECK, PLAN_CHECK, readDrawSheet, readPlan } from "../../appsscript/sidebarRequests";
import { DRAW_SHEET, PLAN, zodWhere } from "./support/zodRequests";

const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// Built for Sheets, as the sidebar builds every template it sends.
const specs = [
  buildTemplate({ locale: "zh-CN", sampleDeals: 8, sampleBadRows: 2, host: "sheets" }),
  buildTemplate({ locale: "en", stages: ["Discovery", "Demo", "Signed"], host: "sheets" }),
  asCopy(buildTemplate({ locale: "en", host: "sheets" }), 4),
];
const drawRequests = specs.flatMap((spec) =>
  spec.sheets.map((sheet, index) => overTheWire({ locale: spec.locale, sheet: encodeSheet(sheet), names: spec.names, onClash: index % 2 === 0 ? "stop" : "addMissing", ...(index === 0 ? { activate: sheet.name } : {}) })),
);
const planRequests = specs.map((spec) => overTheWire(outlineOf(spec)));

/** Odd values: each fits some place of a request and not others. */
const ODD: unknown[] = [
  null, "", "x", "x".repeat(101), "x".repeat(256), "x".repeat(50_001), 0, -1, 1.5, 255, 256, 100, 101, 500, 501, 10_000_000, 10_000_001, 2 ** 60, -700_001, 3_000_001,
  true, [], [[]], [null], ["x"], [1], {}, { d: 1 }, { d: 1.5 }, { f: "A1" }, { f: 1 }, { text: "hi" }, "A1", "$B$2:D40", "A0", "A1:B", "'S'!A1", "Deals!$A$1:$A$9", "#ffffff", "#fff",
  "H", "note", "zh-CN", "en", "stop", "addMissing", "copy", "funnel", "bar", "dataBar", "formula", "bad", "deals", "macros", { kind: "formula" }, { range: "'S'!A1" }, { atLeast: 0 },
];

type Json = unknown;
/** Every place in a JSON value, as paths (the value itself first). */
function places(value: Json, path: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => places(item, [...path, index], into));
  else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) places(item, [...path, key], into);
  return into;
}

/** The value with the place at `path` changed: replaced, dropped (a key, or an array's item) or given a new key. */
function mutate(value: Json, path: readonly (string | number)[], how: "replace" | "drop" | "extra", odd: unknown): Json {
  if (path.length === 0) return how === "extra" && value !== null && typeof value === "object" && !Array.isArray(value) ? { ...value, extra: odd } : how === "replace" ? odd : value;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && how === "drop") copy.splice(head as number, 1);
    else copy[head as number] = mutate(copy[head as number], rest, how, odd);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && how === "drop") delete copy[head as string];
  else copy[head as string] = mutate(copy[head as string], rest, how, odd);
  return copy;
}

const change = fc.record({ at: fc.nat(), how: fc.constantFrom<"replace" | "drop" | "extra">("replace", "replace", "drop", "extra"), odd: fc.constantFrom(...ODD) });

function broken(request: Json, changes: readonly { at: number; how: "replace" | "drop" | "extra"; odd: unknown }[]): Json {
  let value = request;
  for (const { at, how, odd } of changes) {
    const all = places(value);
    value = mutate(value, all[at % all.length], how, odd);
  }
  return overTheWire(value);
}

describe("the hand-written request checks agree with the zod schemas they replaced", () => {
  it("accept every request the sidebar sends", () => {
    for (const request of drawRequests) {
      expect(zodWhere(DRAW_SHEET, request)).toBeUndefined();
      expect(DRAW_SHEET_CHECK(request)).toBeUndefined();
    }
    for (const request of planRequests) {
      expect(zodWhere(PLAN, request)).toBeUndefined();
      expect(PLAN_CHECK(request)).toBeUndefined();
    }
  });

  it("refuse a broken draw request at the same first place", () => {
    fc.assert(
      fc.property(fc.nat(drawRequests.length - 1), fc.array(change, { minLength: 1, maxLength: 3 }), (index, changes) => {
        const raw = broken(drawRequests[index], changes);
        const mine = DRAW_SHEET_CHECK(raw);
        expect(mine === undefined ? undefined : pathText(mine.path)).toBe(zodWhere(DRAW_SHEET, raw));
      }),
      { numRuns: 3000 },
    );
  });

  it("refuse a broken plan request at the same first place, and say it as readPlan does", () => {
    fc.assert(
      fc.property(fc.nat(planRequests.length - 1), fc.array(change, { minLength: 1, maxLength: 3 }), (index, changes) => {
        const raw = broken(planRequests[index], changes);
        const expected = zodWhere(PLAN, raw);
        const read = readPlan(raw);
        expect(read.ok ? undefined : read.where).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("refuse what is not a request at all, at the top", () => {
    for (const raw of [null, undefined, 7, "request", [], [drawRequests[0]]]) {
      expect(zodWhere(DRAW_SHEET, raw)).toBe("");
      expect(readDrawSheet(raw)).toEqual({ ok: false, where: "" });
    }
  });
});
