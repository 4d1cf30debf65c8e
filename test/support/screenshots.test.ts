import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { refreshingScreenshots, screenshotPath } from "./screenshots";

// `npm test` must leave the working tree as it found it: the README's pictures are written only by
// `npm run screenshots` (which sets SCREENSHOTS=1); otherwise the tests take them into a scratch folder.

const IMAGES = join(process.cwd(), "docs", "images");

describe("screenshotPath", () => {
  it("writes into the scratch folder when SCREENSHOTS is not set", () => {
    expect(refreshingScreenshots({})).toBe(false);
    expect(screenshotPath("excel-taskpane.png", "/scratch/pane", {})).toBe(join("/scratch/pane", "excel-taskpane.png"));
  });

  it("writes the README's picture in docs/images only when SCREENSHOTS=1", () => {
    expect(refreshingScreenshots({ SCREENSHOTS: "1" })).toBe(true);
    expect(screenshotPath("excel-taskpane.png", "/scratch/pane", { SCREENSHOTS: "1" })).toBe(join(IMAGES, "excel-taskpane.png"));
  });

  it("takes any other value for not set", () => {
    for (const value of ["", "0", "true", "yes"]) {
      expect(screenshotPath("sheets-sidebar.png", "/scratch", { SCREENSHOTS: value })).toBe(join("/scratch", "sheets-sidebar.png"));
    }
  });
});
