import { describe, expect, it } from "vitest";
import { ACTION_STATUS_WORDS, DEAL_STATUS_WORDS, type ActionStatus, type DealStatus } from "../../../core/model/words";
import { readActionStatus, readDealStatus } from "../../../core/parse/statuses";

/** The same word as a user might type it: other case, padded, full-width, ideographic spaces. */
function variants(word: string): string[] {
  const fullWidth = [...word].map((char) => (char >= "!" && char <= "~" ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : char)).join("");
  return [
    word,
    word.toUpperCase(),
    word.toLowerCase(),
    `  ${word}  `,
    `\u3000${word}\u3000`,
    fullWidth,
    word.replace(/ /g, "  "),
    word.replace(/ /g, "\u3000"),
  ];
}

// DEFINITIONS §3, word for word.
const DEAL_WORDS: Readonly<Record<DealStatus, readonly string[]>> = {
  won: ["赢单", "成交", "已成交", "Won", "Closed Won"],
  lost: ["丢单", "输单", "流失", "Lost", "Closed Lost", "已输单"], // 已输单 as 钉钉/销售易-style 商机状态 write it (已赢单's pair)
  open: ["进行中", "跟进中", "Open"],
};

const ACTION_WORDS: Readonly<Record<ActionStatus, readonly string[]>> = {
  notStarted: ["未启动", "Not started", "☐", "□"],
  inProgress: ["进行中", "In progress", "◐"],
  done: ["已完成", "Done", "Complete", "☑", "■", "✓"],
};

describe("readDealStatus", () => {
  for (const [status, words] of Object.entries(DEAL_WORDS)) {
    for (const word of words) {
      it(`reads "${word}" and its variants as ${status}`, () => {
        for (const variant of variants(word)) expect(readDealStatus(variant), JSON.stringify(variant)).toBe(status);
      });
    }
  }

  it("reads blanks as open", () => {
    for (const blank of [null, undefined, "", "   ", "\u3000"]) expect(readDealStatus(blank)).toBe("open");
  });

  it("reads back every word the template's dropdown offers", () => {
    for (const status of Object.keys(DEAL_STATUS_WORDS) as DealStatus[]) {
      expect(readDealStatus(DEAL_STATUS_WORDS[status]["zh-CN"])).toBe(status);
      expect(readDealStatus(DEAL_STATUS_WORDS[status].en)).toBe(status);
    }
  });

  it("answers undefined for words it does not know, and for cells that are not text", () => {
    for (const unknown of ["maybe", "Closed", "Pending", "已取消", "won?", "W", "赢单了吗", "Closed Won Lost"]) {
      expect(readDealStatus(unknown), unknown).toBeUndefined();
    }
    expect(readDealStatus(1)).toBeUndefined();
    expect(readDealStatus(true)).toBeUndefined();
    expect(readDealStatus(new Date(0))).toBeUndefined();
  });
});

describe("readActionStatus", () => {
  for (const [status, words] of Object.entries(ACTION_WORDS)) {
    for (const word of words) {
      it(`reads "${word}" and its variants as ${status}`, () => {
        for (const variant of variants(word)) expect(readActionStatus(variant), JSON.stringify(variant)).toBe(status);
      });
    }
  }

  it("reads back every word the template's dropdown offers", () => {
    for (const status of Object.keys(ACTION_STATUS_WORDS) as ActionStatus[]) {
      expect(readActionStatus(ACTION_STATUS_WORDS[status]["zh-CN"])).toBe(status);
      expect(readActionStatus(ACTION_STATUS_WORDS[status].en)).toBe(status);
    }
  });

  it("reads the seed's box form by its marked box", () => {
    expect(readActionStatus("□未启动□进行中■已完成")).toBe("done");
    expect(readActionStatus("□未启动■进行中□已完成")).toBe("inProgress");
    expect(readActionStatus("■未启动□进行中□已完成")).toBe("notStarted");
  });

  it("reads the box form with other marks and unmarked boxes", () => {
    expect(readActionStatus("☐未启动☑进行中☐已完成")).toBe("inProgress");
    expect(readActionStatus("☐未启动☐进行中☑已完成")).toBe("done");
    expect(readActionStatus("□未启动✓进行中□已完成")).toBe("inProgress");
    expect(readActionStatus("□未启动□进行中✓已完成")).toBe("done");
    expect(readActionStatus("✓未启动□进行中□已完成")).toBe("notStarted");
    expect(readActionStatus("□未启动◐进行中□已完成")).toBe("inProgress"); // ◐ is the contract's in-progress mark
  });

  it("reads the box form with spaces, full-width spaces and English labels", () => {
    expect(readActionStatus(" □ 未启动  □ 进行中  ■ 已完成 ")).toBe("done");
    expect(readActionStatus("□未启动\u3000■进行中\u3000□已完成")).toBe("inProgress");
    expect(readActionStatus("☐ Not started ☑ In progress ☐ Done")).toBe("inProgress");
    expect(readActionStatus("☐ Not started ☐ In progress ☑ DONE")).toBe("done");
  });

  it("reads a word with a mark after it as the word", () => {
    expect(readActionStatus("已完成✓")).toBe("done");
    expect(readActionStatus("已完成 √")).toBe("done");
    expect(readActionStatus("完成√")).toBe("done");
    expect(readActionStatus("Done ✓")).toBe("done");
    expect(readActionStatus("已完成■")).toBe("done");
    expect(readActionStatus("Done ✔\uFE0F")).toBe("done"); // the emoji form phones type
    expect(readActionStatus("进行中 ◐")).toBe("inProgress");
    expect(readActionStatus("未启动 ☑")).toBe("notStarted"); // the mark confirms the word it follows
    expect(readActionStatus("✓ 已完成")).toBe("done"); // and before it, as before
  });

  it("reads boxes after their words by the word before the marked box", () => {
    expect(readActionStatus("未启动□ 进行中■ 已完成□")).toBe("inProgress");
    expect(readActionStatus("Not started ☐ In progress ☐ Done ☑")).toBe("done");
    expect(readActionStatus("完成情况：■已完成")).toBe("done"); // the word before is no status: the one after is
  });

  it("reads a row of unmarked boxes as not started", () => {
    expect(readActionStatus("□未启动□进行中□已完成")).toBe("notStarted");
    expect(readActionStatus("☐ Not started ☐ In progress ☐ Done")).toBe("notStarted");
  });

  it("answers undefined for blanks, unknown words and cells that are not text", () => {
    for (const unknown of ["", "   ", "maybe", "已取消", "■maybe", "Finished?"]) {
      expect(readActionStatus(unknown), unknown).toBeUndefined();
    }
    expect(readActionStatus(null)).toBeUndefined();
    expect(readActionStatus(undefined)).toBeUndefined();
    expect(readActionStatus(1)).toBeUndefined();
    expect(readActionStatus(true)).toBeUndefined();
  });
});
