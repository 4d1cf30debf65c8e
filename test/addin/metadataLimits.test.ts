import { describe, expect, it } from "vitest";
import { MAX_PARAM_DESCRIPTION, functionsMetadata } from "../../addin/functions/metadata";
import { FUNCTIONS } from "../../core/functions/registry";

// Excel refuses a parameter description over 128 characters, and the build stops on one: every registry help text
// must fit, in both languages, so a longer one fails here, in the tests, and not only in `npm run build`.
describe("the functions' Excel metadata", () => {
  it.each(["en", "zh-CN"] as const)("%s: every parameter's help fits Excel's limit", (locale) => {
    const tooLong = FUNCTIONS.flatMap((spec) =>
      spec.params.filter((param) => param.help[locale].length > MAX_PARAM_DESCRIPTION).map((param) => `${spec.name}.${param.name}`),
    );
    expect(tooLong).toEqual([]);
    expect(() => functionsMetadata(locale)).not.toThrow();
  });
});
