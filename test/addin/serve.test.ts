import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAddinInto, runNode } from "./excelRuntime";

// `npm start`'s server, on a fresh build: https with office-addin-dev-certs certificates (made in a temporary
// folder here, never trusted system-wide), the right content types, nothing outside dist/, and `npm stop`.

let distDir = "";
let work = "";
let server: ChildProcess | undefined;
let port = 0;
let ca: Buffer;
let pidFile = "";

function get(path: string, method = "GET"): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: "localhost", port, path, method, ca, rejectUnauthorized: true }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => done({ status: response.statusCode ?? 0, type: response.headers["content-type"], body }));
    });
    req.on("error", fail);
    req.end();
  });
}

beforeAll(async () => {
  distDir = await buildAddinInto();
  work = mkdtempSync(join(tmpdir(), "addin-serve-"));
  writeFileSync(join(work, "secret.txt"), "outside dist");
  symlinkSync(join(work, "secret.txt"), join(distDir, "link.txt"));
  writeFileSync(join(distDir, ".hidden"), "dotfile");
  pidFile = join(work, "serve.pid");
  server = spawn(
    process.execPath,
    ["scripts/serve.mjs", "--no-build", "--no-templates", "--port", "0", "--host", "localhost", "--dist", distDir, "--cert-dir", join(work, "certs"), "--pid-file", pidFile],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on port (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    };
    server!.stdout!.on("data", read);
    server!.stderr!.on("data", read);
    server!.on("exit", (code) => fail(new Error(`the server exited (${code}):\n${output}`)));
  });
  ca = readFileSync(join(work, "certs", "ca.crt"));
}, 120_000);

afterAll(() => {
  if (server && server.exitCode === null) server.kill();
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
