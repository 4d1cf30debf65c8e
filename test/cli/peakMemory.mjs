/* global process */
// Preloaded into the built CLI by a test (NODE_OPTIONS=--import): at exit, the process's peak resident memory
// in kB as the last line of stderr, "peak-rss-kb=N". On Linux it is VmHWM of /proc/self/status, the peak of
// this program's own memory: getrusage's maxrss keeps the parent's peak across fork and exec, so a big test
// runner would show through. A process that aborts writes nothing.
import { readFileSync } from "node:fs";
process.on("exit", () => {
  let kb = process.resourceUsage().maxRSS;
  try {
    kb = Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"))[1]);
  } catch {
    // Not Linux: maxrss it is.
  }
  process.stderr.write(`\npeak-rss-kb=${kb}\n`);
});
