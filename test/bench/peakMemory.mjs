/**
 * Runs a Node program and, when it exits, prints its peak memory on stderr as `MAXRSS <kB>`:
 *   node test/bench/peakMemory.mjs PROGRAM.js ARGS…
 * (files.bench.ts reads it; the program's own output passes through.)
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [program, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(program), ...args];
process.on("exit", () => process.stderr.write(`MAXRSS ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(resolve(program)).href);
