/**
 * The sidebar's Generate panel: language, stage list and sample size; builds the template here with the core,
 * plans first (which sheets exist), offers "add missing" or "add a numbered copy" when some do — nothing is ever
 * overwritten — then sends one sheet per server call (generation.ts) so the progress bar moves.
 */
import { DEFAULT_STAGES } from "../../core/model/stages";
import { stageListMessage, stageListProblem } from "../../core/model/stageListProblem";
import { localToday } from "../../core/model/today";
import { buildTemplate } from "../../core/template/buildTemplate";
import { copySuffix, FIRST_COPY } from "../../core/template/copyNames";
import { LOCALES, type Locale } from "../../core/model/locale";
import type { ClashChoice } from "../shared/protocol";
import { generateThroughServer, GenerationStopped, type Clash } from "./generation";
import { byId, element, showStatus } from "./page";
import { callServer, failureMessage } from "./server";
import type { SidebarWords } from "./words";
import { readOwnDeals } from "./sheetDeals";
import { trackerFilledLines } from "../../core/i18n/trackerMessages";
import type { TrackerDeals } from "../../core/template/trackerDeals";

/** Sidebar.html's Generate panel: its form, the clash box and the progress line. */
interface GenerateForm {
  readonly form: HTMLFormElement;
  readonly language: HTMLSelectElement;
  readonly stages: HTMLTextAreaElement;
  readonly sample: HTMLSelectElement;
  readonly button: HTMLButtonElement;
  /** "Build from this sheet's deals": the tracker filled with the deal sheet's own deals. */
  readonly fromSheet: HTMLButtonElement;
  readonly clashBox: HTMLElement;
  readonly created: HTMLElement;
  /** The template's language when the form names none. */
  readonly templateLocale: Locale;
}

/**
 * Fills and wires the Generate panel: the template's language (`templateLocale` first), the sample sizes in
 * words, the default stages as the stage list's placeholder (in the language chosen), and the form's submit.
 */
export function initGeneratePanel(words: SidebarWords, templateLocale: Locale): void {
  const panel: GenerateForm = {
    form: byId<HTMLFormElement>("generate-form"),
    language: byId<HTMLSelectElement>("language"),
    stages: byId<HTMLTextAreaElement>("stages"),
    sample: byId<HTMLSelectElement>("sample"),
    button: byId<HTMLButtonElement>("generate"),
    fromSheet: byId<HTMLButtonElement>("from-sheet"),
    clashBox: byId("clash"),
    created: byId("created"),
    templateLocale,
  };
  panel.language.value = templateLocale;
  for (const option of panel.sample.options) {
    const count = Number(option.value);
    option.textContent = count === 0 ? words.t("sampleNone") : words.tCount("sampleDeals", count);
  }
  panel.language.addEventListener("change", () => showDefaultStages(panel, words));
  showDefaultStages(panel, words);
  panel.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void generate(panel, words, "form");
  });
  panel.fromSheet.addEventListener("click", () => void generate(panel, words, "sheet"));
}

/** The template language the form names. */
function chosenLanguage(panel: GenerateForm): Locale {
  return LOCALES.find((tag) => tag === panel.language.value) ?? panel.templateLocale;
}

/** The default stages of the chosen language, as the stage list's placeholder and hint. */
function showDefaultStages(panel: GenerateForm, { t }: SidebarWords): void {
  const language = chosenLanguage(panel);
  const names = DEFAULT_STAGES.map((stage) => stage[language]);
  panel.stages.placeholder = names.join("\n");
  byId("stages-hint").textContent = t("stagesHint", { stages: names.join(language === "zh-CN" ? "、" : ", ") });
}

/** Shows the progress bar at `done` of `total` with `text` under it. */
function progress(done: number, total: number, text: string, kind: "info" | "error" = "info"): void {
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  const bar = byId("progress-bar");
  byId("progress").hidden = false;
  bar.style.width = `${percent}%`;
  bar.parentElement?.setAttribute("aria-valuenow", String(percent));
  showStatus(byId("progress-text"), text, kind);
}

/**
 * Waits for the user's choice when sheets or workbook names of the template exist. "Add only the missing
 * sheets" is offered only when some sheets exist (with only names taken — another template's — the new sheets
 * would read its figures), "add a copy" only when a number is free. The box (an alertdialog) takes the focus
 * on its first choice; Escape cancels. The form stays locked meanwhile, so the choice applies to what it shows.
 */
function askClash(clash: Clash, clashBox: HTMLElement, { t, list }: SidebarWords, ownDeals: boolean): Promise<ClashChoice | "cancel"> {
  byId("clash-text").textContent = t("clash", { sheets: list([...clash.sheets, ...clash.names]) });
  const missingButton = byId<HTMLButtonElement>("add-missing");
  const copyButton = byId<HTMLButtonElement>("add-copy");
  // Nor with the sheet's own deals: the Deals sheet kept would be the old one, without them.
  missingButton.hidden = clash.sheets.length === 0 || ownDeals;
  copyButton.hidden = clash.copy === null;
  copyButton.textContent = t("addCopy", { suffix: copySuffix(clash.copy ?? FIRST_COPY).trim() });
  const cancelButton = byId<HTMLButtonElement>("cancel");
  clashBox.hidden = false;
  [missingButton, copyButton, cancelButton].find((button) => !button.hidden)?.focus();
  return new Promise((resolve) => {
    const choose = (choice: ClashChoice | "cancel") => () => {
      clashBox.hidden = true;
      clashBox.onkeydown = null;
      resolve(choice);
    };
    missingButton.onclick = choose("addMissing");
    copyButton.onclick = choose("copy");
    cancelButton.onclick = choose("cancel");
    clashBox.onkeydown = (event) => {
      if (event.key === "Escape") choose("cancel")();
    };
  });
}

/** The stage names typed, one a line or separated by commas or semicolons (ASCII or Chinese). */
function readStages(panel: GenerateForm): string[] {
  return panel.stages.value
    .split(/[\n,，、;；]/)
    .map((stage) => stage.trim())
    .filter((stage) => stage !== "");
}

/** Lets the browser paint (the progress text) before the core works for a moment. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Generate: builds the template here (the core runs in the browser), then generation.ts puts it in. From the
 * form (`from` "form": its stages and sample size) or from the deal sheet (`from` "sheet": its own deals and
 * stages, read as Analyze reads them; sheetDeals.ts). The form is locked until the end — the clash choices
 * included — so what is written is always what the form shows; then the focus returns to the button pressed
 * (unless the user moved it elsewhere meanwhile).
 */
async function generate(panel: GenerateForm, words: SidebarWords, from: "form" | "sheet"): Promise<void> {
  const { locale, t, tCount, list, sentences } = words;
  const { form, clashBox, created } = panel;
  const button = from === "sheet" ? panel.fromSheet : panel.button;
  /** The form's controls, locked from the moment a generation starts until it ends (its choices included). */
  const controls = [panel.language, panel.stages, panel.sample, panel.button, panel.fromSheet];
  const language = chosenLanguage(panel);
  const stages = readStages(panel);
  created.replaceChildren();
  clashBox.hidden = true;
  const problem = from === "sheet" || stages.length === 0 ? undefined : stageListProblem(stages);
  if (problem !== undefined) return progress(0, 1, stageListMessage(problem, locale), "error");
  for (const control of controls) control.disabled = true;
  try {
    let own: TrackerDeals | undefined;
    if (from === "sheet") {
      progress(0, 1, t("readingSheet"));
      const read = await readOwnDeals(callServer, language);
      if ("refused" in read) return progress(0, 1, read.refused, "error");
      own = read;
    }
    progress(0, 1, t("building"));
    await nextPaint();
    // Today in the browser's local calendar: the Reviews months are fixed from it (the core reads no clock).
    const today = localToday(new Date());
    const spec = buildTemplate(
      own === undefined
        ? { locale: language, stages: stages.length > 0 ? stages : undefined, sampleDeals: Number(panel.sample.value), today, host: "sheets" }
        : { locale: language, stages: own.stages, sampleDeals: 0, ownDeals: own.rows, today, host: "sheets" },
    );
    progress(0, 1, t("planning"));
    const outcome = await generateThroughServer(spec, {
      callServer,
      askClash: (clash) => {
        byId("progress").hidden = true;
        return askClash(clash, clashBox, words, own !== undefined);
      },
      progress: (step, steps, sheet) => progress(step, steps, t("writing", { step: step + 1, steps, sheet })),
      added: (sheets) => created.append(element("li", "created-sheet", list(sheets))),
    });
    if (outcome.status === "cancelled") return progress(0, 1, t("cancelled"));
    if (outcome.status === "invalid") return progress(0, 1, outcome.message, "error");
    if (outcome.status === "tooLarge") return progress(0, 1, t("tooLarge", { sheet: outcome.sheet }), "error");
    const done = sentences(tCount("done", outcome.created.length), ...(own === undefined ? [] : trackerFilledLines(locale, own)));
    progress(1, 1, outcome.kept.length > 0 ? sentences(done, t("kept", { sheets: list(outcome.kept) })) : done);
  } catch (error) {
    if (error instanceof GenerationStopped) {
      const why = "clashes" in error.why ? t("appeared", { sheets: list(error.why.clashes) }) : error.why.message;
      const kept = error.created.length > 0 ? tCount("keptAdded", error.created.length, { sheets: list(error.created) }) : "";
      progress(0, 1, sentences(why, kept), "error");
    } else {
      progress(0, 1, t("failed", { message: failureMessage(error) }), "error");
    }
  } finally {
    for (const control of controls) control.disabled = false;
    // The clash choice (hidden now) or the disabled button had the focus: give it back to Generate.
    const focused = document.activeElement;
    if (focused === null || focused === document.body || clashBox.contains(focused) || form.contains(focused)) button.focus();
  }
}
