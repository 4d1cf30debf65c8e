import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request, type RequestOptions } from "node:https";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUNCTIONS_METADATA_FILE } from "../../addin/functions/files";
import { buildAddinInto, runNode } from "./excelRuntime";

// `npm start`'s server, on a fresh build: https with office-addin-dev-certs certificates (made in a temporary
// folder here, never trusted system-wide), the right content types, nothing outside dist/, and `npm stop`.
// It listens on this machine's loopback addresses unless --host says otherwise, and sends a CORS header only
// with the functions metadata, which Excel on the web fetches from its own origin.

let distDir = "";
let work = "";
let server: ChildProcess | undefined;
let port = 0;
let ca: Buffer;
let pidFile = "";

interface Reply {
  readonly status: number;
  readonly type: string | undefined;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function get(path: string, method = "GET", options: RequestOptions = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: "localhost", port, path, method, ca, rejectUnauthorized: true, ...options }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => done({ status: response.statusCode ?? 0, type: response.headers["content-type"], headers: response.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

/** Whether a TCP connection to host:port is accepted (true) or refused (false). */
function accepts(host: string, at: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port: at });
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

/** This machine's first address that is not loopback (IPv4), if it has one. */
const outward = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry !== undefined && !entry.internal && entry.family === "IPv4")?.address;

/** Starts serve.mjs with the given arguments; resolves with the process, its port and its output so far. */
function startServer(args: string[]): Promise<{ child: ChildProcess; port: number; output: string }> {
  const child = spawn(process.execPath, ["scripts/serve.mjs", "--no-build", "--no-templates", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on port (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done({ child, port: Number(match[1]), output });
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.on("exit", (code) => fail(new Error(`the server exited (${code}):\n${output}`)));
  });
}

/** Ends a server started here and waits until it has gone. */
async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once("exit", done));
  child.kill();
  await exited;
}

let startOutput = "";

beforeAll(async () => {
  distDir = await buildAddinInto();
  work = mkdtempSync(join(tmpdir(), "addin-serve-"));
  writeFileSync(join(work, "secret.txt"), "outside dist");
  symlinkSync(join(work, "secret.txt"), join(distDir, "link.txt"));
  writeFileSync(join(distDir, ".hidden"), "dotfile");
  pidFile = join(work, "serve.pid");
  // No --host: the default binding.
  const started = await startServer(["--dist", distDir, "--cert-dir", join(work, "certs"), "--pid-file", pidFile]);
  server = started.child;
  port = started.port;
  startOutput = started.output;
  ca = readFileSync(join(work, "certs", "ca.crt"));
}, 120_000);

afterAll(async () => {
  await stopServer(server);
  for (const dir of [distDir, work]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the development server", () => {
  it("serves the add-in over https with the developer certificate", async () => {
    const page = await get("/taskpane.html");
    expect(page.status).toBe(200);
    expect(page.type).toBe("text/html; charset=utf-8");
    expect(page.body).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect((await get("/")).body).toBe(page.body);
  });

  it("sends each kind of file with its content type", async () => {
    const expected: Record<string, string> = {
      "/taskpane.js": "text/javascript; charset=utf-8",
      "/functions.json": "application/json; charset=utf-8",
      "/functions-zh-cn.json": "application/json; charset=utf-8",
      "/manifest.xml": "application/xml; charset=utf-8",
      "/assets/icon-32.png": "image/png",
      "/assets/help.css": "text/css; charset=utf-8",
      "/help.zh-CN.html": "text/html; charset=utf-8",
    };
    for (const [path, type] of Object.entries(expected)) {
      const response = await get(path);
      expect([path, response.status, response.type]).toEqual([path, 200, type]);
    }
    expect((await get("/functions.json?v=2")).status).toBe(200);
    expect((await get("/taskpane.js", "HEAD")).body).toBe("");
  });

  it("lists no directory and serves nothing outside dist", async () => {
    for (const path of ["/assets", "/assets/", "/../package.json", "/%2e%2e/package.json", "/..%2f..%2fetc%2fpasswd", "/assets/..%5c..%5cpackage.json", "/link.txt", "/.hidden", "/nothing.html", "/%E0%A4%A"]) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.body).not.toContain("outside dist");
    }
    expect((await get("/taskpane.html", "POST")).status).toBe(405);
  });

  it("listens on the loopback addresses only, unless --host says otherwise", async () => {
    if (outward !== undefined) expect(await accepts(outward, port)).toBe(false);
    expect(await accepts("127.0.0.1", port)).toBe(true);
    expect((await get("/taskpane.html", "GET", { host: "127.0.0.1", servername: "localhost" })).status).toBe(200);
    expect(startOutput).toMatch(/listening on port \d+ at 127\.0\.0\.1/);
  });

  it.runIf(outward !== undefined)("--host 0.0.0.0 widens it to every interface", async () => {
    let wide: ChildProcess | undefined;
    try {
      const started = await startServer(["--host", "0.0.0.0", "--dist", distDir, "--cert-dir", join(work, "certs"), "--pid-file", join(work, "wide.pid")]);
      wide = started.child;
      expect(started.output).toMatch(/listening on port \d+ at 0\.0\.0\.0/);
      expect(await accepts(outward!, started.port)).toBe(true);
    } finally {
      await stopServer(wide);
    }
  }, 60_000);

  it("sends no wildcard CORS header with the pages; only the functions metadata, which Excel on the web fetches from its own origin, has one", async () => {
    for (const path of ["/taskpane.html", "/", "/taskpane.js", "/manifest.xml", "/assets/icon-32.png", "/help.en.html", "/nothing.html"]) {
      const response = await get(path, "GET", { headers: { Origin: "https://excel.officeapps.live.com" } });
      expect([path, response.headers["access-control-allow-origin"]]).toEqual([path, undefined]);
    }
    for (const file of Object.values(FUNCTIONS_METADATA_FILE)) {
      const response = await get(`/${file}`, "GET", { headers: { Origin: "https://excel.officeapps.live.com" } });
      expect([file, response.status, response.headers["access-control-allow-origin"]]).toEqual([file, 200, "*"]);
    }
  });

  it("writes a pid file, and --stop ends the server and removes it", async () => {
    expect(readFileSync(pidFile, "utf8").trim()).toBe(String(server!.pid));
    const exited = new Promise((done) => server!.once("exit", done));
    const { code, stdout } = await runNode(["scripts/serve.mjs", "--stop", "--pid-file", pidFile]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Stopped the add-in server (pid ${server!.pid})`);
    await exited;
    expect(existsSync(pidFile)).toBe(false);
    expect((await runNode(["scripts/serve.mjs", "--stop", "--pid-file", pidFile])).stdout).toContain("not running");
  });
});
