import type { Locale } from "../../core/model/locale";
import { DEFAULT_STAGES } from "../../core/model/stages";
import { MAX_STAGES, MIN_STAGES, stageListMessage, stageListProblem as findStageListProblem } from "../../core/model/stageListProblem";
import { paneText } from "../i18n/paneStrings";
import { el, replaceChildren, uniqueId } from "./dom";

export { MAX_STAGES, MIN_STAGES };

/** An editable, ordered list of stage names. */
export interface StageEditor {
  readonly element: HTMLFieldSetElement;
  /** The names as typed, trimmed. */
  stages(): string[];
  /** Replaces the list with the default stages in `templateLocale`. */
  reset(templateLocale: Locale): void;
  /** True while the list is exactly the default stages of `templateLocale`. */
  isDefault(templateLocale: Locale): boolean;
  /** Checks the list; shows and returns the problem, or `undefined` when it is fine. */
  validate(): string | undefined;
}

/** The default stage names in a language. */
export function defaultStages(locale: Locale): string[] {
  return DEFAULT_STAGES.map((stage) => stage[locale]);
}

/**
 * The problem with a stage list, in the pane's language: too few or too many, a blank name, or two names that
 * are the same stage once case, spaces and full-width forms are folded (as the core matches them).
 * @example
 * stageListProblem(["Lead", " lead "], "en") //=> "“lead” appears twice."
 */
export function stageListProblem(names: readonly string[], locale: Locale): string | undefined {
  const problem = findStageListProblem(names);
  return problem === undefined ? undefined : stageListMessage(problem, locale);
}

/**
 * The stage list editor: one labelled text box per stage with move-up, move-down and remove buttons, then
 * "Add stage" and "Default stages" (in the template's language, asked of `templateLocale`). Everything is a native control, so Tab reaches each one and Enter/Space
 * press the buttons; after a move or a removal the focus stays with the stage the user was working on. The
 * buttons' accessible names say which stage they act on, as it is named now (they follow a rename as it is
 * typed). `onChange` is called after every change the user makes to the list (typing, moving, removing,
 * adding, restoring the defaults).
 */
export function stageEditor(uiLocale: Locale, templateLocale: () => Locale, onChange: () => void = () => undefined): StageEditor {
  let names = defaultStages(templateLocale());
  const list = el("ol", { class: "stage-list" });
  const errorId = uniqueId("stage-error");
  const error = el("p", { class: "field-error", id: errorId, role: "alert", hidden: true });
  const addButton = el("button", { type: "button", class: "secondary" }, `+ ${paneText(uiLocale, "addStage")}`);
  const resetButton = el("button", { type: "button", class: "subtle" }, paneText(uiLocale, "resetStages"));
  const element = el(
    "fieldset",
    { class: "field stages" },
    el("legend", {}, paneText(uiLocale, "stagesLegend")),
    list,
    el("div", { class: "row" }, addButton, resetButton),
    error,
  );

  const focusLater = (index: number, part: "input" | "up" | "down" | "remove") => {
    const item = list.children[Math.min(index, list.children.length - 1)];
    const target = item?.querySelector<HTMLElement>(`[data-part="${part}"]`) ?? addButton;
    if (target instanceof HTMLButtonElement && target.disabled) item?.querySelector<HTMLElement>('[data-part="input"]')?.focus();
    else target.focus();
  };

  const render = () => {
    replaceChildren(
      list,
      ...names.map((name, index) => {
        const label = paneText(uiLocale, "stageLabel", { n: index + 1 });
        const input = el("input", { type: "text", value: name, "aria-label": label, "data-part": "input", maxlength: 60, "aria-describedby": errorId, spellcheck: false });
        const up = el("button", { type: "button", class: "icon", "data-part": "up", disabled: index === 0 }, "↑");
        const down = el("button", { type: "button", class: "icon", "data-part": "down", disabled: index === names.length - 1 }, "↓");
        const remove = el("button", { type: "button", class: "icon", "data-part": "remove", disabled: names.length <= MIN_STAGES }, "✕");
        /** Names each button after the stage as it is named now (its number while blank). */
        const nameButtons = () => {
          const shown = names[index].trim() === "" ? label : names[index].trim();
          for (const [button, key] of [[up, "moveUp"], [down, "moveDown"], [remove, "removeStage"]] as const) {
            const text = paneText(uiLocale, key, { stage: shown });
            button.setAttribute("aria-label", text);
            button.title = text;
          }
        };
        nameButtons();
        input.addEventListener("input", () => {
          names[index] = input.value;
          nameButtons();
          clearError();
          onChange();
        });
        up.addEventListener("click", () => move(index, -1, "up"));
        down.addEventListener("click", () => move(index, 1, "down"));
        remove.addEventListener("click", () => {
          names.splice(index, 1);
          render();
          focusLater(index, "input");
          onChange();
        });
        return el("li", { class: "stage-item" }, el("span", { class: "stage-number", "aria-hidden": "true" }, index + 1), input, up, down, remove);
      }),
    );
    addButton.disabled = names.length >= MAX_STAGES;
  };

  const move = (index: number, step: -1 | 1, part: "up" | "down") => {
    const target = index + step;
    if (target < 0 || target >= names.length) return;
    [names[index], names[target]] = [names[target], names[index]];
    render();
    focusLater(target, part);
    onChange();
  };

  const clearError = () => {
    error.hidden = true;
    error.textContent = "";
  };

  addButton.addEventListener("click", () => {
    names.push("");
    render();
    const inputs = list.querySelectorAll<HTMLInputElement>('[data-part="input"]');
    const last = inputs[inputs.length - 1];
    last.placeholder = paneText(uiLocale, "newStage");
    last.focus();
    onChange();
  });

  const editor: StageEditor = {
    element,
    stages: () => names.map((name) => name.trim()),
    reset(templateLocale) {
      names = defaultStages(templateLocale);
      clearError();
      render();
    },
    isDefault: (templateLocale) => {
      const defaults = defaultStages(templateLocale);
      return names.length === defaults.length && names.every((name, index) => name.trim() === defaults[index]);
    },
    validate() {
      const problem = stageListProblem(names, uiLocale);
      if (problem === undefined) clearError();
      else {
        error.textContent = problem;
        error.hidden = false;
      }
      return problem;
    },
  };
  resetButton.addEventListener("click", () => {
    editor.reset(templateLocale());
    focusLater(0, "input");
    onChange();
  });
  render();
  return editor;
}
