import type { Locale } from "../../core/model/locale";
import { copySuffix, FIRST_COPY } from "../../core/template/copyNames";
import { clearOutcome, latestOutcome, onOutcome, publishOutcome, type GenerateOutcome, type GenerateRequest } from "../commands/generateOutcome";
import { localToday } from "../../core/model/today";
import { generateWorkbook, type GenerateMode } from "../commands/generateWorkbook";
import { errorText } from "../i18n/errorText";
import { paneList, paneText } from "../i18n/paneStrings";
import type { RenderResult } from "../render/renderWorkbook";
import { el, replaceChildren, uniqueId } from "./dom";
import { createdLines } from "./createdLines";
import { readOwnDeals } from "./sheetDeals";
import { trackerFilledLines } from "../../core/i18n/trackerMessages";
import { stageEditor } from "./stageEditor";

/** How many deals "with sample data" fills in. */
export const SAMPLE_DEALS = 200;

/** The suffix offered when sheets clash, until a clash says which copy number is free. */
export const DEFAULT_SUFFIX = copySuffix(FIRST_COPY);

/**
 * The Generate section: template language, the stage list, sample data or not, the Generate button, a progress
 * bar and the outcome. When sheets of the template already exist it says which, changes nothing, and offers
 * "add the missing sheets only" or "create all sheets with a suffix" — for the pane's own request and for the
 * ribbon's (whose outcome arrives through generateOutcome.ts). The choices repeat the request that clashed, so
 * they are withdrawn as soon as any input of the form changes (language, a stage, sample data): the user then
 * presses Generate again and gets what the form now says, checked afresh.
 */
export function generateSection(uiLocale: Locale): HTMLElement {
  const t = (key: Parameters<typeof paneText>[1], values?: Parameters<typeof paneText>[2]) => paneText(uiLocale, key, values);
  const headingId = uniqueId("generate-heading");
  const languageId = uniqueId("template-language");
  const sampleId = uniqueId("with-sample");
  const suffixId = uniqueId("suffix");

  const language = el(
    "select",
    { id: languageId },
    el("option", { value: "zh-CN", selected: uiLocale === "zh-CN" }, t("languageZh")),
    el("option", { value: "en", selected: uiLocale === "en" }, t("languageEn")),
  );
  const templateLocale = (): Locale => (language.value === "en" ? "en" : "zh-CN");
  const editor = stageEditor(uiLocale, templateLocale, () => formChanged());
  let languageShown: Locale = templateLocale();
  language.addEventListener("change", () => {
    if (editor.isDefault(languageShown)) editor.reset(templateLocale());
    languageShown = templateLocale();
    formChanged();
  });

  const sample = el("input", { type: "checkbox", id: sampleId });
  sample.addEventListener("change", () => formChanged());
  const generate = el("button", { type: "button", class: "primary" }, t("generate"));
  const fromSheet = el("button", { type: "button", class: "secondary", title: t("fromSheetHint") }, t("fromSheet"));
  const progress = el("progress", { max: 1, value: 0, "aria-label": t("generating") });
  const progressText = el("span", { class: "progress-text" });
  const progressRow = el("div", { class: "progress", hidden: true }, progress, progressText);
  const message = el("div", { class: "message", role: "status", "aria-live": "polite" });
  const addMissing = el("button", { type: "button", class: "secondary" }, t("addMissing"));
  const suffix = el("input", { type: "text", id: suffixId, value: DEFAULT_SUFFIX, maxlength: 20, spellcheck: false });
  const useSuffix = el("button", { type: "button", class: "secondary" }, t("useSuffix"));
  const choices = el(
    "div",
    { class: "choices", hidden: true },
    el("p", {}, t("clashChoose")),
    addMissing,
    el("div", { class: "suffix-row" }, el("label", { for: suffixId }, t("suffixLabel")), suffix, useSuffix),
  );

  /** The request a clash refers to, so the choices repeat exactly it (the ribbon's or the pane's). */
  let pending: GenerateRequest | undefined;

  // No aria-busy on the section: it holds the status region, whose "Writing the workbook…" a screen reader
  // would hold back until the section is no longer busy. The progress bar says the work goes on.
  const setBusy = (busy: boolean) => {
    for (const control of [generate, fromSheet, addMissing, useSuffix, language, sample]) control.disabled = busy;
    progressRow.hidden = !busy;
  };

  const showMessage = (kind: "success" | "warning" | "error" | "info", lines: readonly string[]) => {
    message.className = `message ${kind}`;
    replaceChildren(message, ...lines.map((line) => el("p", {}, line)));
  };

  /**
   * An input of the form changed: choices offered for a clash would repeat the request made before the change
   * (another language, other stages), so they are withdrawn and the user is told to generate again.
   */
  const formChanged = () => {
    if (pending === undefined && choices.hidden) return;
    pending = undefined;
    choices.hidden = true;
    showMessage("info", [t("formChanged")]);
  };

  const show = (outcome: GenerateOutcome) => {
    const prefix = outcome.source === "ribbon" ? t("fromRibbon") : "";
    choices.hidden = true;
    if ("error" in outcome) {
      showMessage("error", [prefix + t("failed", { message: outcome.error })]);
      return;
    }
    const result: RenderResult = outcome.result;
    if (result.status === "created") {
      const [first, ...rest] = createdLines(result, uiLocale);
      const own = outcome.request.ownDeals;
      showMessage("success", [prefix + first, ...(own === undefined ? [] : trackerFilledLines(uiLocale, own)), ...rest]);
      pending = undefined;
      return;
    }
    pending = outcome.request;
    const listed = result.status === "clash" ? [...result.sheets, ...result.names] : result.sheets;
    showMessage("warning", [prefix + t(result.status === "clash" ? "clash" : "invalidName", { sheets: paneList(uiLocale, listed) })]);
    // With only another template's workbook names taken, "add the missing sheets" would make every sheet read
    // that template's figures: only the copy with a suffix is offered.
    // Nor when the request brings the manager's deals: the Deals sheet kept would be the old one, without them.
    addMissing.hidden = (result.status === "clash" && result.sheets.length === 0) || outcome.request.ownDeals !== undefined;
    // The first copy whose names are all free (" (3)" when " (2)" exists already); the user may still edit it.
    if (result.status === "clash" && result.copy !== null) suffix.value = copySuffix(result.copy);
    choices.hidden = false;
  };

  const run = async (request: GenerateRequest, mode: GenerateMode) => {
    setBusy(true);
    progress.removeAttribute("value");
    progressText.textContent = t("generating");
    showMessage("info", [t("generating")]);
    let outcome: GenerateOutcome;
    try {
      const result = await generateWorkbook(request, mode, (done, total) => {
        progress.max = total;
        progress.value = done;
        progressText.textContent = t("progress", { done, total });
      });
      outcome = { source: "pane", request, result };
    } catch (error) {
      outcome = { source: "pane", request, error: errorText(error, uiLocale) };
    }
    setBusy(false);
    publishOutcome(outcome);
  };

  generate.addEventListener("click", () => {
    if (editor.validate() !== undefined) {
      editor.element.querySelector<HTMLInputElement>("input")?.focus();
      return;
    }
    void run({ locale: templateLocale(), stages: editor.stages(), sampleDeals: sample.checked ? SAMPLE_DEALS : 0, today: localToday(new Date()) }, {});
  });
  fromSheet.addEventListener("click", async () => {
    setBusy(true);
    showMessage("info", [t("readingSheet")]);
    let read: Awaited<ReturnType<typeof readOwnDeals>>;
    try {
      read = await readOwnDeals(uiLocale, templateLocale());
    } catch (error) {
      setBusy(false);
      showMessage("error", [t("failed", { message: errorText(error, uiLocale) })]);
      return;
    }
    setBusy(false);
    if ("refused" in read) {
      showMessage("error", [read.refused]);
      return;
    }
    void run({ locale: templateLocale(), sampleDeals: 0, today: localToday(new Date()), ownDeals: read.ownDeals }, {});
  });
  addMissing.addEventListener("click", () => {
    if (pending !== undefined) void run(pending, { onlyMissing: true });
  });
  useSuffix.addEventListener("click", () => {
    if (pending !== undefined) void run(pending, { suffix: suffix.value });
  });

  const section = el(
    "section",
    { class: "card", "aria-labelledby": headingId },
    el("h2", { id: headingId }, t("generateHeading")),
    el("div", { class: "field" }, el("label", { for: languageId }, t("templateLanguage")), language),
    editor.element,
    el("div", { class: "field checkbox" }, sample, el("label", { for: sampleId }, t("withSample", { count: SAMPLE_DEALS }))),
    el("div", { class: "actions" }, generate, fromSheet),
    progressRow,
    message,
    choices,
  );

  onOutcome((outcome) => {
    show(outcome);
    clearOutcome();
  });
  const waiting = latestOutcome();
  if (waiting !== undefined) {
    show(waiting);
    clearOutcome();
  }
  return section;
}
