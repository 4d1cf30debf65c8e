/**
 * addin/template/templateScript.ts: the pane fetches the template builder (dist/template.js) with one <script>
 * when a template is generated; calls made meanwhile share it; a failed load says so in the user's language and
 * the next Generate tries again. The page is a small fake: the script elements added, their load/error fired by hand.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { errorText } from "../../addin/i18n/errorText";
import { TEMPLATE_GLOBAL, TEMPLATE_NOT_LOADED, TEMPLATE_SCRIPT, type BuildTemplate } from "../../addin/template/templateScript";

interface FakeScript {
  src: string;
  async: boolean;
  removed: boolean;
  listeners: Record<string, () => void>;
  addEventListener(type: string, listener: () => void): void;
  remove(): void;
}

let added: FakeScript[] = [];
const host = globalThis as Record<string, unknown>;
const fakeBuilder = (() => ({ sheets: [] })) as unknown as BuildTemplate;

/** A fresh copy of the module for each test: what it loaded stays loaded, as on a page. */
let templateBuilder: () => Promise<BuildTemplate>;

beforeEach(async () => {
  added = [];
  vi.resetModules();
  ({ templateBuilder } = await import("../../addin/template/templateScript"));
  host.document = {
    createElement(tag: string): FakeScript {
      expect(tag).toBe("script");
      const script: FakeScript = {
        src: "",
        async: false,
        removed: false,
        listeners: {},
        addEventListener: (type, listener) => void (script.listeners[type] = listener),
        remove: () => void (script.removed = true),
      };
      return script;
    },
    head: { appendChild: (script: FakeScript) => void added.push(script) },
  };
});

afterEach(() => {
  delete host.document;
  delete host[TEMPLATE_GLOBAL];
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("templateBuilder", () => {
  it("adds one <script src=template.js> for calls made while it loads, and answers them all with its builder", async () => {
    const first = templateBuilder();
    const second = templateBuilder();
    await flush();
    expect(added.map((script) => script.src)).toEqual([TEMPLATE_SCRIPT]);
    expect(TEMPLATE_SCRIPT).toBe("template.js");
    host[TEMPLATE_GLOBAL] = { buildTemplate: fakeBuilder };
    added[0].listeners.load();
    expect(await first).toBe(fakeBuilder);
    expect(await second).toBe(fakeBuilder);
    // Loaded: no further script.
    expect(await templateBuilder()).toBe(fakeBuilder);
    expect(added).toHaveLength(1);
  });

  it("fails with TemplateNotLoaded when the script cannot be fetched, removes it, and tries again next time", async () => {
    const failed = templateBuilder();
    await flush();
    added[0].listeners.error();
    const error = await failed.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: string }).code).toBe(TEMPLATE_NOT_LOADED);
    expect(added[0].removed).toBe(true);
    expect(errorText(error, "en")).toBe("The template could not be downloaded (template.js); check the connection and press Generate again (TemplateNotLoaded)");
    expect(errorText(error, "zh-CN")).toBe("无法下载模板（template.js），请检查网络连接后再次点击“生成模板” (TemplateNotLoaded)");

    const again = templateBuilder();
    await flush();
    expect(added).toHaveLength(2);
    host[TEMPLATE_GLOBAL] = { buildTemplate: fakeBuilder };
    added[1].listeners.load();
    expect(await again).toBe(fakeBuilder);
  });

  it("fails when the script loads but sets no builder (another file at that address)", async () => {
    const loaded = templateBuilder();
    await flush();
    added[0].listeners.load();
    await expect(loaded).rejects.toMatchObject({ code: TEMPLATE_NOT_LOADED });
  });
});
