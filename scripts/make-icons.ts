/**
 * Draws Punkt's own icon — a bold "P" with a dot beside it (the "punkt" of an agenda) — and writes
 * the PNGs the app package and the Outlook ribbon need into assets/:
 *   color.png 192×192 (white mark on a solid blue square), outline.png 32×32 (white on transparent,
 *   as Teams requires), icon-16/32/80.png (ribbon button icons) and icon-64/128.png (the alternate
 *   icons, for clients that do not read the unified manifest); Vite serves assets/ as its public
 *   folder, so they live at /icon-N.png.
 * `npx tsx scripts/make-icons.ts` regenerates them; the PNGs are committed so packaging needs no drawing.
 * The PNG encoder is hand-written over node:zlib (RGBA, 8 bit, filter 0) so nothing is downloaded.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

/** RGBA colour, each channel 0–255. */
export type Rgba = readonly [number, number, number, number];

const BLUE: Rgba = [0x1f, 0x4e, 0x8c, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [0xf2, 0xb7, 0x05, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** A shape as an inside test on the unit square (x right, y down). */
type Shape = (x: number, y: number) => boolean;

const inRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inCircle = (x: number, y: number, cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The bold "P": a stem plus a bowl (half ring joined to the stem by two bars). */
const letterP: Shape = (x, y) => {
  const stem = inRect(x, y, 0.24, 0.18, 0.42, 0.82);
  const outer = inRect(x, y, 0.42, 0.18, 0.52, 0.6) || (x >= 0.52 && inCircle(x, y, 0.52, 0.39, 0.21));
  const inner = inRect(x, y, 0.42, 0.32, 0.52, 0.46) || (x >= 0.52 && inCircle(x, y, 0.52, 0.39, 0.07));
  return stem || (outer && !inner);
};

/** The dot: the agenda's "punkt", bottom right of the letter. */
const dot: Shape = (x, y) => inCircle(x, y, 0.72, 0.73, 0.1);

/** A straight-alpha RGBA raster. */
export interface Raster {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * Paints layers over a background with 4×4 supersampling, so small sizes keep smooth edges
 * (the 16 px ribbon icon would otherwise look jagged).
 */
export function paint(size: number, background: Rgba, layers: ReadonlyArray<{ shape: Shape; color: Rgba }>): Raster {
  const pixels = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let c: Rgba = background;
          for (const layer of layers) if (layer.shape(x, y)) c = layer.color;
          // Premultiply while averaging so transparent samples do not darken the edges.
          acc[0]! += c[0] * c[3];
          acc[1]! += c[1] * c[3];
          acc[2]! += c[2] * c[3];
          acc[3]! += c[3];
        }
      }
      const o = (py * size + px) * 4;
      const alpha = acc[3]!;
      pixels[o + 3] = Math.round(alpha / (n * n));
      for (let ch = 0; ch < 3; ch++) pixels[o + ch] = alpha === 0 ? 0 : Math.round(acc[ch]! / alpha);
    }
  }
  return { width: size, height: size, pixels };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes a raster as a PNG (colour type 6, 8 bits per channel, every row filter 0). */
export function encodePng(raster: Raster): Buffer {
  const { width, height, pixels } = raster;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/** Every icon file the package and the ribbon use, by file name. */
export function drawIcons(): Record<string, Buffer> {
  const mark = [
    { shape: letterP, color: WHITE },
    { shape: dot, color: AMBER },
  ];
  // The outline icon must be white only (Teams tints it), so the dot is white there too.
  const outline = [
    { shape: letterP, color: WHITE },
    { shape: dot, color: WHITE },
  ];
  const ribbon = (size: number) =>
    encodePng(paint(size, CLEAR, [{ shape: (x, y) => inRect(x, y, 0.04, 0.04, 0.96, 0.96), color: BLUE }, ...mark]));
  return {
    'color.png': encodePng(paint(192, BLUE, mark)),
    'outline.png': encodePng(paint(32, CLEAR, outline)),
    'icon-16.png': ribbon(16),
    'icon-32.png': ribbon(32),
    'icon-80.png': ribbon(80),
    // The alternate icons, for clients that do not read the unified manifest (Microsoft: "for
    // future use"): a mail add-in's icon must measure 64×64 and its high-resolution icon 128×128
    // (the size field is ignored for these; the files are measured).
    // https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/extension-alternate-versions-array-alternate-icons
    'icon-64.png': ribbon(64),
    'icon-128.png': ribbon(128),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = fileURLToPath(new URL('../assets/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const [name, png] of Object.entries(drawIcons())) {
    writeFileSync(`${dir}${name}`, png);
    console.log(`${dir}${name}`);
  }
}
