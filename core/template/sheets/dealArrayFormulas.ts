import { columnLetter } from "../../model/cells";
import { DEAL_STATUS_ALIASES, DEAL_STATUS_WORDS, type DealStatus } from "../../model/words";
import { quoted } from "../a1";
import type { TemplateLayout } from "../layout";
import { formula } from "../sheetBuilder";
import { distinctWords } from "../statusFormula";
import type { TemplateCell } from "../types";

/**
 * The Deals sheet's helper columns for Google Sheets: one `ARRAYFORMULA` per column, in row 2, over open-ended
 * ranges (`H2:H`), so a deal typed or pasted on any row, however far down, has its helpers — no fill-down. Each
 * computes per row exactly what {@link dealRowFormulas} (deals.ts) computes, and "" on a blank row:
 * - valid: "" when no stage cell is filled; 0 when a filled one is not a number or a later stage is dated (INT)
 *   before an earlier one (every pair of filled stages compared: the same as "not before the latest earlier
 *   date" of the row form); else 1;
 * - furthest: the position of the last filled stage; outcome: the status word; cycle: last − first filled stage;
 * - stay i: the first filled later stage − stage i.
 * Inside ARRAYFORMULA only functions that work cell by cell are used (IF, INT, TRIM, ISNUMBER, comparisons,
 * arithmetic): MAX, MIN, AND, OR, COUNT and COUNTA fold a whole array into one value, so they are written as
 * sums, products and nested IFs. On a valid row the earliest date of the later stages is the first filled one
 * (their days never go down), which is what MIN gave.
 * @example
 * dealArrayFormulas(templateLayout("en", 6, 1001, "sheets"))[2]
 * //=> { formula: `ARRAYFORMULA(IF(S2:S<>1,"",IF((TRIM(Q2:Q)="赢单")+…>0,"Won",…)))` }
 */
export function dealArrayFormulas(layout: TemplateLayout): TemplateCell[] {
  const { deals, stageCount, locale } = layout;
  const col = (column: number) => `${columnLetter(column)}2:${columnLetter(column)}`;
  const stage = (i: number) => col(deals.stage(i));
  const filled = (i: number) => `(${stage(i)}<>"")`;
  const valid = col(deals.valid);
  const indices = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
  const all = indices(0, stageCount);
  // A number even for one term: a lone comparison is TRUE/FALSE, and TRUE>0 and FALSE>0 are both TRUE.
  const sum = (terms: string[]) => (terms.length === 0 ? "0" : `(0+${terms.join("+")})`);
  // The first filled stage of i … last, as a day (INT); 0 when none is (never used then).
  const firstFilled = (from: number): string => (from >= stageCount ? "0" : `IF(${filled(from)},INT(${stage(from)}),${firstFilled(from + 1)})`);
  const backwards = all.flatMap((later) =>
    indices(0, later).map((earlier) => `${filled(earlier)}*${filled(later)}*(INT(${stage(later)})<INT(${stage(earlier)}))`),
  );
  const filledCount = sum(all.map(filled));
  const numberCount = sum(all.map((i) => `ISNUMBER(${stage(i)})`));
  const furthest = all.reduce((inner, i) => `IF(${filled(i)},${i + 1},${inner})`, "0");
  const status = col(deals.field.status);
  const test = (dealStatus: DealStatus) =>
    `(${distinctWords([DEAL_STATUS_WORDS[dealStatus]["zh-CN"], DEAL_STATUS_WORDS[dealStatus].en, ...DEAL_STATUS_ALIASES[dealStatus]])
      .map((word) => `(TRIM(${status})=${quoted(word)})`)
      .join("+")}>0)`;
  const word = (dealStatus: DealStatus) => quoted(DEAL_STATUS_WORDS[dealStatus][locale]);
  const array = (body: string) => formula(`ARRAYFORMULA(${body})`);
  const last = stage(stageCount - 1);
  return [
    array(`IF(${filledCount}=0,"",IF(${numberCount}<>${filledCount},0,IF(${sum(backwards)}=0,1,0)))`),
    array(`IF(${valid}=1,${furthest},"")`),
    array(`IF(${valid}<>1,"",IF(${test("won")},${word("won")},IF(${test("lost")},${word("lost")},${word("open")})))`),
    array(`IF((${col(deals.outcome)}=${word("won")})*(${last}<>""),INT(${last})-${firstFilled(0)},"")`),
    ...indices(0, stageCount - 1).map((i) =>
      array(`IF((${valid}=1)*${filled(i)}*(${sum(indices(i + 1, stageCount).map(filled))}>0),${firstFilled(i + 1)}-INT(${stage(i)}),"")`),
    ),
  ];
}
