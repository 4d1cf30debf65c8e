import { lstat, readFile } from "node:fs/promises";

/**
 * True when `path` is a regular file (not a symbolic link, not a folder) whose bytes are exactly `content`
 * (a string is compared as UTF-8). Lets `demo` analyze its own seeded sample again instead of refusing to
 * overwrite a file that already holds what it would write; anything else at the path is false, and the
 * writer's own refusals ({@link writeOwnFile}) apply.
 * @example
 *   await holdsExactly("dist/sample-deals.en.csv", "\uFEFFDeal ID,…") // true after a first `demo --lang en`
 */
export async function holdsExactly(path: string, content: Uint8Array | string): Promise<boolean> {
  const expected = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
  const found = await lstat(path).catch(() => undefined);
  if (found === undefined || !found.isFile() || found.size !== expected.length) return false;
  return (await readFile(path)).equals(expected);
}
