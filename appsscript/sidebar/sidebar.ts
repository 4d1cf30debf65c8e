/**
 * The sidebar (HtmlService page, inlined into Sidebar.html by the build). Two panels:
 * - Analyze: reads the deal sheet the reading policy chooses from the server, page by page, diagnoses it here
 *   (analyzeSheets.ts) and shows the key figures, an SVG funnel and the problem rows; clicking a problem
 *   selects that row in the sheet.
 * - Generate: language, stage list and sample size; builds the template here with the core, plans first
 *   (which sheets exist), offers "add missing" or "add a numbered copy" when some do — nothing is ever
 *   overwritten — then sends one sheet per server call (wireSheet.ts) so the progress bar moves.
 * Every text from the spreadsheet (sheet names, stages, messages) is set with `textContent`, never as HTML.
 */
import { DEFAULT_STAGES } from "../../core/model/stages";
import { stageListMessage, stageListProblem } from "../../core/model/stageListProblem";
import { localToday } from "../../core/model/today";
import { buildTemplate } from "../../core/template/buildTemplate";
import { copySuffix, FIRST_COPY } from "../../core/template/copyNames";
import { LOCALES, type Locale } from "../../core/model/locale";
import type { AnalyzeResponse, ClashChoice } from "../shared/protocol";
import { analyzeSheets } from "./analyzeSheets";
import { generateThroughServer, GenerationStopped, type Clash } from "./generation";
import { fitDrawnNames, funnelSvg, stageFigure } from "./funnelSvg";
import { callServer, failureMessage } from "./server";
import { isTextKey, say, sayCount, type TextKey } from "./text";

const root = document.documentElement;
const locale: Locale = LOCALES.find((tag) => tag === root.lang) ?? "en";
const templateLocale: Locale = LOCALES.find((tag) => tag === root.dataset.templateLocale) ?? locale;
const t = (key: TextKey, values?: Readonly<Record<string, string | number>>) => say(locale, key, values);

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`Sidebar.html has no #${id}`);
  return element as T;
}

function element<K extends keyof HTMLElementTagNameMap>(name: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(name);
  if (className !== undefined) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const dayFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const shareFormat = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const formatCount = (value: number) => numberFormat.format(value);
/** A text that counts `count` things: singular for one in English. */
const tCount = (key: TextKey, count: number, values?: Readonly<Record<string, string | number>>) => sayCount(locale, key, count, formatCount(count), values);
const formatShare = (value: number) => shareFormat.format(value);
/** Names as the user's language lists them ("A、B、C" / "A, B, C"). */
const list = (items: readonly string[]) => items.join(locale === "zh-CN" ? "、" : ", ");
/** Sentences run together: Chinese needs no space after "。", English does after ".". */
const sentences = (...parts: string[]) => parts.filter((part) => part !== "").join(locale === "zh-CN" ? "" : " ");

// ---------------------------------------------------------------------------------------------------------
// Start-up: words, tabs

for (const labelled of document.querySelectorAll<HTMLElement>("[data-text]")) {
  const key = labelled.dataset.text ?? "";
  if (isTextKey(key)) labelled.textContent = t(key);
}

const tabs = [
  { tab: byId<HTMLButtonElement>("tab-analyze"), panel: byId("panel-analyze") },
  { tab: byId<HTMLButtonElement>("tab-generate"), panel: byId("panel-generate") },
];
for (const { tab } of tabs) tab.addEventListener("click", () => selectTab(tab));
// The menu's "Generate template…" opens the sidebar on its Generate panel (menu.ts sets data-panel).
if (root.dataset.panel === "generate") selectTab(tabs[1].tab);

function selectTab(chosen: HTMLButtonElement): void {
  for (const { tab, panel } of tabs) {
    const selected = tab === chosen;
    tab.setAttribute("aria-selected", String(selected));
    tab.classList.toggle("selected", selected);
    panel.hidden = !selected;
  }
}

function showStatus(target: HTMLElement, text: string, kind: "info" | "error" = "info"): void {
  target.textContent = text;
  target.classList.toggle("error", kind === "error");
}

// ---------------------------------------------------------------------------------------------------------
// Analyze

const analyzeButton = byId<HTMLButtonElement>("analyze");
const analyzeStatus = byId("analyze-status");
const analysis = byId("analysis");

analyzeButton.addEventListener("click", () => void analyze());

async function analyze(): Promise<void> {
  analyzeButton.disabled = true;
  showStatus(analyzeStatus, t("analyzing"));
  analysis.hidden = true;
  try {
    // The server sends cells only (each sheet's head, then the chosen sheet in pages); the analysis runs here.
    const answer = await analyzeSheets(callServer);
    if (answer.status === "ok") {
      showAnalysis(answer);
      // The polite live region says the analysis is done (screen readers hear nothing of the panel appearing) —
      // or, when every row is a problem, the one line saying so above the problem rows.
      if (answer.unread !== undefined) showStatus(analyzeStatus, answer.unread, "error");
      else showStatus(analyzeStatus, t("analyzed", { sheet: answer.sheet, deals: tCount("dealCount", answer.deals), problems: tCount("problemRowCount", answer.problemCount) }));
    } else {
      showStatus(analyzeStatus, answer.message, "error");
    }
  } catch (error) {
    showStatus(analyzeStatus, t("failed", { message: failureMessage(error) }), "error");
  } finally {
    analyzeButton.disabled = false;
  }
}

function showAnalysis(answer: Extract<AnalyzeResponse, { status: "ok" }>): void {
  const heading = byId("analysis-sheet");
  heading.replaceChildren(element("div", "sheet-name", t("sheetLine", { sheet: answer.sheet, deals: tCount("dealCount", answer.deals) })));
  if (answer.period !== null) heading.append(element("div", "gray", t("period", answer.period)));
  // What the reader decided (a stage history, the stage order, footer rows, currencies, how the dates were read),
  // as the CLI's report says it (core reportNotes).
  for (const note of answer.notes ?? []) heading.append(element("div", "gray", note));
  // A log with no deal yet (a fresh template's Deals sheet) has no figures to show: say so kindly instead.
  const noDeals = byId("no-deals");
  noDeals.hidden = answer.deals > 0;
  noDeals.textContent = answer.deals > 0 ? "" : t(answer.problemCount > 0 ? "noDealsCounted" : "noDeals");
  byId("report-body").hidden = answer.deals === 0;

  const figures: [TextKey, string][] = [
    ["dealsCounted", formatCount(answer.deals)],
    ["winRate", answer.winRate === null ? t("none") : formatShare(answer.winRate)],
    ["cycleMedian", answer.cycleTimeDays.median === null ? t("none") : t("days", { value: dayFormat.format(answer.cycleTimeDays.median) })],
    ["cycleP90", answer.cycleTimeDays.p90 === null ? t("none") : t("days", { value: dayFormat.format(answer.cycleTimeDays.p90) })],
    ["velocity", answer.pipelineVelocity === null ? t("none") : formatCount(answer.pipelineVelocity)],
  ];
  const losses = [...answer.lossPoints].sort((a, b) => b.lost - a.lost)[0];
  if (losses !== undefined && losses.lost > 0 && losses.share !== null) figures.push(["lossPoints", `${losses.stage} · ${formatShare(losses.share)}`]);
  byId("figures").replaceChildren(
    ...figures.map(([key, value]) => {
      const card = element("div", "figure");
      card.dataset.figure = key;
      card.append(element("div", "figure-label", t(key)), element("div", "figure-value", value));
      return card;
    }),
  );

  const stageFigures = answer.funnel.map((row, index) => `${row.stage} ${stageFigure(row, index, formatCount, formatShare)}`);
  byId("funnel").replaceChildren(
    funnelSvg(answer.funnel, formatCount, formatShare, { title: t("funnel"), legend: t("funnelLegend"), description: t("funnelDescription", { list: list(stageFigures) }) }),
  );

  byId("problems-title").textContent = t("problems", { count: formatCount(answer.problemCount) });
  const problemList = byId("problems");
  const items = answer.problems.map((problem) => {
    const item = element("li");
    const button = element("button", "problem");
    button.type = "button";
    button.dataset.row = String(problem.row);
    button.append(element("span", "problem-place", t("problemPlace", { row: problem.row, column: problem.column })), element("span", "problem-message", problem.message));
    button.addEventListener("click", () => void selectRow(button, problem.row, answer.sheet));
    item.append(button);
    return item;
  });
  problemList.replaceChildren(...items);
  const note = byId("problems-note");
  note.textContent =
    answer.problemCount === 0
      ? t("noProblems")
      : answer.problemCount > answer.problems.length
        ? sentences(t("problemHint"), t("moreProblems", { count: formatCount(answer.problemCount - answer.problems.length) }))
        : t("problemHint");
  analysis.hidden = false;
  const chart = byId("funnel").querySelector("svg");
  if (chart !== null && answer.deals > 0) fitDrawnNames(chart);
}

async function selectRow(button: HTMLButtonElement, row: number, sheet: string): Promise<void> {
  for (const other of document.querySelectorAll(".problem.current")) other.classList.remove("current");
  button.classList.add("current");
  try {
    const answer = await callServer("sidebarSelectRow", row, sheet);
    // The sheet was renamed or deleted (or lost the row) since the analysis: nothing to select, say so.
    if (answer.status === "missing") showStatus(analyzeStatus, t("rowMissing", { row, sheet }), "error");
    else showStatus(analyzeStatus, "");
  } catch (error) {
    showStatus(analyzeStatus, t("failed", { message: failureMessage(error) }), "error");
  }
}

// ---------------------------------------------------------------------------------------------------------
// Generate

const form = byId<HTMLFormElement>("generate-form");
const languageSelect = byId<HTMLSelectElement>("language");
const stagesInput = byId<HTMLTextAreaElement>("stages");
const sampleSelect = byId<HTMLSelectElement>("sample");
const generateButton = byId<HTMLButtonElement>("generate");
/** The form's controls, locked from the moment a generation starts until it ends (its choices included). */
const formControls = [languageSelect, stagesInput, sampleSelect, generateButton];
const clashBox = byId("clash");
const progressBox = byId("progress");
const progressBar = byId("progress-bar");
const progressText = byId("progress-text");
const createdList = byId("created");

languageSelect.value = templateLocale;
for (const option of sampleSelect.options) {
  const count = Number(option.value);
  option.textContent = count === 0 ? t("sampleNone") : tCount("sampleDeals", count);
}
function showDefaultStages(): void {
  const language = LOCALES.find((tag) => tag === languageSelect.value) ?? templateLocale;
  const names = DEFAULT_STAGES.map((stage) => stage[language]);
  stagesInput.placeholder = names.join("\n");
  byId("stages-hint").textContent = t("stagesHint", { stages: names.join(language === "zh-CN" ? "、" : ", ") });
}
languageSelect.addEventListener("change", showDefaultStages);
showDefaultStages();

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void generate();
});

function progress(done: number, total: number, text: string, kind: "info" | "error" = "info"): void {
  progressBox.hidden = false;
  progressBar.style.width = `${total === 0 ? 100 : Math.round((done / total) * 100)}%`;
  progressBar.parentElement?.setAttribute("aria-valuenow", String(total === 0 ? 100 : Math.round((done / total) * 100)));
  showStatus(progressText, text, kind);
}

/**
 * Waits for the user's choice when sheets or workbook names of the template exist. "Add only the missing
 * sheets" is offered only when some sheets exist (with only names taken — another template's — the new sheets
 * would read its figures), "add a copy" only when a number is free. The box (an alertdialog) takes the focus
 * on its first choice; Escape cancels. The form stays locked meanwhile, so the choice applies to what it shows.
 */
function askClash(clash: Clash): Promise<ClashChoice | "cancel"> {
  byId("clash-text").textContent = t("clash", { sheets: list([...clash.sheets, ...clash.names]) });
  const missingButton = byId<HTMLButtonElement>("add-missing");
  const copyButton = byId<HTMLButtonElement>("add-copy");
  missingButton.hidden = clash.sheets.length === 0;
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

function readStages(): string[] {
  return stagesInput.value
    .split(/[\n,，、;；]/)
    .map((stage) => stage.trim())
    .filter((stage) => stage !== "");
}

/** Lets the browser paint (the progress text) before the core works for a moment. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Generate: builds the template here (the core runs in the browser), then generation.ts puts it in. The form
 * is locked until the end — the clash choices included — so what is written is always what the form shows;
 * then the focus returns to the Generate button (unless the user moved it elsewhere meanwhile).
 */
async function generate(): Promise<void> {
  const language = LOCALES.find((tag) => tag === languageSelect.value) ?? templateLocale;
  const stages = readStages();
  createdList.replaceChildren();
  clashBox.hidden = true;
  const problem = stages.length === 0 ? undefined : stageListProblem(stages);
  if (problem !== undefined) return progress(0, 1, stageListMessage(problem, locale), "error");
  for (const control of formControls) control.disabled = true;
  try {
    progress(0, 1, t("building"));
    await nextPaint();
    // Today in the browser's local calendar: the Reviews months are fixed from it (the core reads no clock).
    const today = localToday(new Date());
    const spec = buildTemplate({ locale: language, stages: stages.length > 0 ? stages : undefined, sampleDeals: Number(sampleSelect.value), today });
    progress(0, 1, t("planning"));
    const outcome = await generateThroughServer(spec, {
      callServer,
      askClash: (clash) => {
        progressBox.hidden = true;
        return askClash(clash);
      },
      progress: (step, steps, sheet) => progress(step, steps, t("writing", { step: step + 1, steps, sheet })),
      added: (sheets) => createdList.append(element("li", "created-sheet", list(sheets))),
    });
    if (outcome.status === "cancelled") return progress(0, 1, t("cancelled"));
    if (outcome.status === "invalid") return progress(0, 1, outcome.message, "error");
    if (outcome.status === "tooLarge") return progress(0, 1, t("tooLarge", { sheet: outcome.sheet }), "error");
    const done = tCount("done", outcome.created.length);
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
    for (const control of formControls) control.disabled = false;
    // The clash choice (hidden now) or the disabled button had the focus: give it back to Generate.
    const focused = document.activeElement;
    if (focused === null || focused === document.body || clashBox.contains(focused) || form.contains(focused)) generateButton.focus();
  }
}
