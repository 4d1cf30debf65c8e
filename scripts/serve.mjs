// `npm start`: builds, writes the sample templates into dist/, and serves dist/ at https://localhost:3000/ with the
// Office Add-in developer certificates, for sideloading. `npm stop` (this script with --stop) ends it.
//   node scripts/serve.mjs [--no-build] [--no-templates] [--port 3000] [--host HOST] [--dist dist] [--cert-dir DIR] [--pid-file FILE]
//   node scripts/serve.mjs --stop [--pid-file FILE]
// Only files inside dist/ are served: no directory listings, no dotfiles, nothing outside through "..", links or
// encoded slashes. Node's https module, nothing else.
// Where it listens: on this machine's loopback addresses only (127.0.0.1 and, where the machine has IPv6, ::1,
// so "localhost" reaches it whichever of the two a client tries), so nothing else on the network can fetch the
// files. --host HOST listens on that address alone instead; --host 0.0.0.0 (or ::) widens it to every interface,
// for an Excel on another machine — which then also needs the manifest built for this machine's name.
// CORS: the pages, scripts and icons are loaded by Excel from this origin (or as images, which need no CORS), so
// they carry no Access-Control-Allow-Origin. The functions metadata is the exception: Excel on the web fetches
// it with XMLHttpRequest from its own origin (excel.officeapps.live.com and others; Microsoft lists none), and
// without the header custom functions do not register there (Microsoft's custom-functions docs ask for CORS on
// the server that hosts the JSON; OfficeDev/office-js issue 3970, office-js-docs-pr issue 1920). It is public,
// read-only and sent without credentials, so it gets "*".
import { spawnSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:https";
import { homedir } from "node:os";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEFAULT_PORT = 3000;
const DEFAULT_PID_FILE = join(ROOT, "node_modules/.cache/sales-process-tracker/serve.pid");
const DEFAULT_CERT_DIR = join(homedir(), ".office-addin-dev-certs");
const TEMPLATE_LANGUAGES = ["zh-CN", "en"];
/** The loopback addresses listened on without --host; the IPv6 one only where the machine has it. */
const LOOPBACK_HOSTS = ["127.0.0.1", "::1"];
/** The functions metadata files (addin/functions/files.ts FUNCTIONS_METADATA_FILE), the only ones sent with CORS. */
export const CORS_FILES = new Set(["functions.json", "functions-zh-cn.json"]);

/** Content types for what dist/ holds. Anything else is sent as application/octet-stream. */
export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function parseArgs(argv) {
  const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  return {
    stop: argv.includes("--stop"),
    build: !argv.includes("--no-build"),
    templates: !argv.includes("--no-templates"),
    port: Number(option("--port", DEFAULT_PORT)),
    host: option("--host", undefined),
    distDir: resolve(option("--dist", join(ROOT, "dist"))),
    certDir: resolve(option("--cert-dir", DEFAULT_CERT_DIR)),
    pidFile: resolve(option("--pid-file", DEFAULT_PID_FILE)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Build and templates

function run(command, args) {
  return spawnSync(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
}

function buildAll() {
  const result = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build failed");
}

/** dist/sales-template.<lang>.xlsx through the CLI; a CLI without the template command only gets a warning. */
function writeTemplates(distDir) {
  const written = [];
  for (const lang of TEMPLATE_LANGUAGES) {
    const out = join(distDir, `sales-template.${lang}.xlsx`);
    const result = run(process.execPath, [join(ROOT, "dist/cli.js"), "template", "--lang", lang, "--sample", "--out", out, "--force"]);
    if (result.status === 0) written.push(out);
    else console.warn(`warning: no ${relative(ROOT, out)}: ${(result.stderr || result.stdout || "the CLI failed").trim().split("\n")[0]}`);
  }
  return written;
}

// ---------------------------------------------------------------------------------------------------------
// Certificates (office-addin-dev-certs: ca.crt, localhost.crt, localhost.key)

function certificatePaths(certDir) {
  return { ca: join(certDir, "ca.crt"), cert: join(certDir, "localhost.crt"), key: join(certDir, "localhost.key") };
}

/** True when the three files exist and the localhost certificate is valid for at least another day. */
function certificatesUsable(paths) {
  if (![paths.ca, paths.cert, paths.key].every((path) => existsSync(path))) return false;
  try {
    return new Date(new X509Certificate(readFileSync(paths.cert)).validTo).getTime() > Date.now() + 86_400_000;
  } catch {
    return false;
  }
}

/**
 * The developer certificates, made with office-addin-dev-certs when missing or about to expire (this works
 * offline). In the default folder (~/.office-addin-dev-certs) the new CA is also trusted, as
 * `office-addin-dev-certs install` does; that needs the system's certificate store (sudo on Linux), and when it
 * fails the server still runs and the warning says how to trust it. A --cert-dir of one's own is never trusted
 * system-wide.
 */
async function ensureCertificates(certDir) {
  const paths = certificatePaths(certDir);
  if (!certificatesUsable(paths)) {
    const imported = await import("office-addin-dev-certs");
    const devCerts = imported.default ?? imported;
    for (const path of Object.values(paths)) rmSync(path, { force: true });
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
    if (certDir !== DEFAULT_CERT_DIR) return readCertificates(paths);
    try {
      await devCerts.installCaCertificate(paths.ca);
    } catch (error) {
      console.warn(`warning: the developer CA is not trusted by this system (${error.message.split("\n")[0]})`);
      console.warn(`         trust it with \`npx office-addin-dev-certs install\` (administrator rights), or accept it in the browser.`);
    }
  }
  return readCertificates(paths);
}

function readCertificates(paths) {
  return { ca: readFileSync(paths.ca), cert: readFileSync(paths.cert), key: readFileSync(paths.key), paths };
}

// ---------------------------------------------------------------------------------------------------------
// The server

/**
 * The file under `root` that a request path names, or undefined when it must not be served: outside root
 * (after decoding, "..", or a symbolic link), a dotfile, a directory, or not there. "/" is taskpane.html.
 */
export function fileFor(root, requestPath) {
  let path;
  try {
    path = decodeURIComponent(requestPath.split("?")[0].split("#")[0]);
  } catch {
    return undefined;
  }
  if (path.includes("\0") || path.includes("\\")) return undefined;
  if (path === "/" || path === "") path = "/taskpane.html";
  const segments = path.split("/").filter(Boolean);
  if (segments.some((segment) => segment.startsWith("."))) return undefined;
  const candidate = resolve(root, ...segments);
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(candidate);
    if (!real.startsWith(realRoot + sep) || !statSync(real).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

/** The request handler: GET and HEAD of the files under distDir. */
function handler(options) {
  return (request, response) => {
    const send = (status, text) => {
      response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
      response.end(request.method === "HEAD" ? undefined : `${text}\n`);
    };
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("Allow", "GET, HEAD");
      return send(405, "Method not allowed");
    }
    const file = fileFor(options.distDir, request.url ?? "/");
    if (file === undefined) return send(404, "Not found");
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": statSync(file).size,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      // Excel on the web fetches the functions metadata from its own origin (see the top of this file).
      ...(CORS_FILES.has(basename(file)) ? { "Access-Control-Allow-Origin": "*" } : {}),
    });
    if (request.method === "HEAD") return response.end();
    createReadStream(file).pipe(response);
  };
}

/** One https server listening on host:port; resolves once it listens. */
function listen(options, credentials, host, port) {
  const server = createServer({ key: credentials.key, cert: credentials.cert }, handler(options));
  return new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ready(server));
  });
}

/**
 * The servers: one on --host when given, else one on each loopback address, on the same port (the first one's,
 * when --port 0 lets the system choose). An IPv6 loopback the machine does not have is skipped.
 */
async function serve(options, credentials) {
  if (options.host !== undefined) return [await listen(options, credentials, options.host, options.port)];
  const [first, ...others] = LOOPBACK_HOSTS;
  const servers = [await listen(options, credentials, first, options.port)];
  for (const host of others) {
    try {
      servers.push(await listen(options, credentials, host, servers[0].address().port));
    } catch (error) {
      if (!["EADDRNOTAVAIL", "EAFNOSUPPORT"].includes(error.code)) {
        for (const server of servers) server.close();
        throw error;
      }
    }
  }
  return servers;
}

// ---------------------------------------------------------------------------------------------------------
// The pid file and `npm stop`

function runningPid(pidFile) {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // Where /proc exists, make sure the pid is still this server and not a reused number.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, "utf8").includes("serve.mjs")) return undefined;
  return pid;
}

async function stop(pidFile) {
  const pid = runningPid(pidFile);
  if (pid === undefined) {
    rmSync(pidFile, { force: true });
    console.log("The add-in server is not running.");
    return;
  }
  process.kill(pid, "SIGTERM");
  for (let waited = 0; waited < 5000 && runningPid(pidFile) === pid; waited += 100) await sleep(100);
  rmSync(pidFile, { force: true });
  console.log(`Stopped the add-in server (pid ${pid}).`);
  console.log("A sideloaded add-in stays registered in Excel desktop until: npx office-addin-debugging stop manifest.xml");
}

function printHowToSideload(url, distDir, templates) {
  const manifest = relative(process.cwd(), join(distDir, "manifest.xml"));
  console.log(`
Serving ${relative(process.cwd(), distDir) || "."}/ at ${url}   (npm stop ends it)
${templates.map((path) => `  template: ${url}${relative(distDir, path)}`).join("\n")}
Sideload the add-in:
  Excel desktop (Windows, Mac): in another terminal, npm run sideload
      (office-addin-debugging start manifest.xml desktop: registers manifest.xml and opens Excel)
  Excel on the web: Home › Add-ins › More add-ins › My add-ins › Upload My Add-in › ${manifest}
Then open the "Sales Process" tab (销售流程), or type =SALES. in a cell.
`);
}

async function start(options) {
  const already = runningPid(options.pidFile);
  if (already !== undefined) throw new Error(`already running (pid ${already}); npm stop ends it`);
  if (options.build) buildAll();
  const templates = options.templates ? writeTemplates(options.distDir) : [];
  if (!existsSync(join(options.distDir, "taskpane.html"))) throw new Error(`${relative(process.cwd(), options.distDir)}/taskpane.html is missing: npm run build`);
  const credentials = await ensureCertificates(options.certDir);
  const servers = await serve(options, credentials);
  mkdirSync(dirname(options.pidFile), { recursive: true });
  writeFileSync(options.pidFile, `${process.pid}\n`);
  const shutdown = () => {
    if (existsSync(options.pidFile) && readFileSync(options.pidFile, "utf8").trim() === String(process.pid)) rmSync(options.pidFile, { force: true });
    for (const server of servers) {
      server.close();
      server.closeAllConnections?.();
    }
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  const port = servers[0].address().port;
  const addresses = servers.map((server) => server.address().address).join(", ");
  printHowToSideload(`https://localhost:${port}/`, options.distDir, templates);
  console.log(`listening on port ${port} at ${addresses} (pid ${process.pid}), certificate ${credentials.paths.cert}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  try {
    if (options.stop) await stop(options.pidFile);
    else await start(options);
  } catch (error) {
    console.error(`serve: ${error.code === "EADDRINUSE" ? `port ${options.port} is in use (npm stop, or --port N)` : error.message}`);
    process.exit(1);
  }
}
