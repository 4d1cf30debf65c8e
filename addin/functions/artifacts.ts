import { LOCALES } from "../../core/index";
import { FUNCTIONS_METADATA_FILE, HELP_PAGE_FILE } from "./files";
import { helpPage } from "./helpPage";
import { functionsMetadata } from "./metadata";

/** A file the build writes into the output folder. */
export interface BuildArtifact {
  /** Path relative to the output folder. */
  readonly file: string;
  readonly content: string;
}

/**
 * Everything about the functions that the build derives from the registry: functions.json (en),
 * functions-zh-cn.json, and a help page per language. Called by scripts/build-addin.mjs at build time; nothing
 * here runs in Excel.
 *
 * @param baseUrl the add-in's address (https, ending in "/"), for the functions' help links
 */
export function functionArtifacts(baseUrl: string): BuildArtifact[] {
  return LOCALES.flatMap((locale) => [
    { file: FUNCTIONS_METADATA_FILE[locale], content: `${JSON.stringify(functionsMetadata(locale, baseUrl), null, 2)}\n` },
    { file: HELP_PAGE_FILE[locale], content: helpPage(locale) },
  ]);
}
