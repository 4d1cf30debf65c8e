// The add-in's icons, drawn in code: flat shapes in Excel green, written as RGBA PNGs with node:zlib. Run by the
// build (scripts/build-addin.mjs → writeIcons); `node addin/assets/icons.mjs OUT_DIR` writes them by hand.
// Deterministic: the same bytes on every run, so no binary files live in the repository.
import { Buffer } from "node:buffer";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { argv, stdout } from "node:process";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

/** Sizes written for every icon (the manifest uses 16, 32 and 80 on the ribbon, 32 and 64 as the add-in's icon). */
export const ICON_SIZES = [16, 32, 64, 80, 128];

const GREEN = [33, 115, 70];
const MID = [51, 162, 101];
const LIGHT = [108, 192, 139];
const WHITE = [255, 255, 255];
const BLUE = [0, 103, 184];

const inRect = (x, y, left, top, right, bottom) => x >= left && x < right && y >= top && y < bottom;
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/**
 * Each icon as a function of a point in the unit square (0,0 top left) → its colour, or null for transparent.
 * `icon`: a funnel of three bars; `generate`: a sheet with a header row; `analyze`: a rising bar chart;
 * `help`: an "i" in a circle.
 */
export const ICONS = {
  icon(x, y) {
    if (inRect(x, y, 0.06, 0.12, 0.94, 0.34)) return GREEN;
    if (inRect(x, y, 0.2, 0.4, 0.8, 0.62)) return MID;
    if (inRect(x, y, 0.34, 0.68, 0.66, 0.9)) return LIGHT;
    return null;
  },
  generate(x, y) {
    if (!inRect(x, y, 0.1, 0.1, 0.9, 0.9)) return null;
    if (y < 0.3) return GREEN;
    const line = 0.045;
    const onGrid = [0.1, 0.37, 0.63, 0.9 - line].some((gx) => x >= gx && x < gx + line) ||
      [0.3, 0.5, 0.7, 0.9 - line].some((gy) => y >= gy && y < gy + line);
    return onGrid ? GREEN : WHITE;
  },
  analyze(x, y) {
    if (inRect(x, y, 0.08, 0.86, 0.92, 0.92)) return GREEN;
    if (inRect(x, y, 0.14, 0.56, 0.34, 0.86)) return LIGHT;
    if (inRect(x, y, 0.4, 0.36, 0.6, 0.86)) return MID;
    if (inRect(x, y, 0.66, 0.12, 0.86, 0.86)) return GREEN;
    return null;
  },
  help(x, y) {
    if (!inCircle(x, y, 0.5, 0.5, 0.44)) return null;
    if (inCircle(x, y, 0.5, 0.28, 0.075) || inRect(x, y, 0.43, 0.42, 0.57, 0.78)) return WHITE;
    return BLUE;
  },
};

const SUBSAMPLES = 4;

/** RGBA pixels of `draw` at `size`×`size`, each pixel the average of 4×4 samples (smooth edges). */
function render(draw, size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const colour = draw((px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size);
          if (colour === null) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const offset = (py * size + px) * 4;
      if (covered > 0) for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(sum[c] / covered);
      pixels[offset + 3] = Math.round(sum[3] / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * A PNG (8-bit RGBA, no interlace) of `size`×`size` pixels.
 * @example
 * encodePng(new Uint8Array(4 * 16 * 16), 16).subarray(1, 4).toString() //=> "PNG"
 */
export function encodePng(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, adaptive filters, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * Writes every icon at every size into `outDir` as NAME-SIZE.png (icon-32.png, help-80.png, …).
 * @returns the paths written
 */
export function writeIcons(outDir) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const [name, draw] of Object.entries(ICONS)) {
    for (const size of ICON_SIZES) {
      const path = join(outDir, `${name}-${size}.png`);
      writeFileSync(path, encodePng(render(draw, size), size));
      written.push(path);
    }
  }
  return written;
}

if (argv[1] === fileURLToPath(import.meta.url)) {
  for (const path of writeIcons(argv[2] ?? "dist/assets")) stdout.write(`${path}\n`);
}
