#!/usr/bin/env node
// Draws the two Teams app icons for IntervisieBot and writes them as PNG files next to this script.
//   color.png   192x192: the symbol (two speech bubbles, the front one with three dots) in white and a light
//               tint, inside the central 96x96 square, on a solid background in the manifest's accentColor.
//   outline.png  32x32: the same symbol in pure white (255,255,255) on a fully transparent background.
// Pure Node (zlib only), deterministic output: running it twice gives byte-identical files.
// Usage: node manifest/make-icons.js [output-folder]   (default: this script's folder)

'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ACCENT = [0x00, 0x70, 0x7a]; // #00707A, must equal accentColor in manifest.json
const WHITE = [0xff, 0xff, 0xff];
const TINT = [0x9f, 0xd6, 0xd9]; // back bubble on the colour icon
const SUPERSAMPLE = 8; // 8x8 samples per pixel for smooth edges

// ---- The symbol, in unit coordinates (0..1 across the symbol's square, y down) ----

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

function inTriangle(x, y, a, b, c) {
  const s = (p, q, r) => (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1]);
  const pt = [x, y];
  const d1 = s(pt, a, b);
  const d2 = s(pt, b, c);
  const d3 = s(pt, c, a);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

function inCircle(x, y, cx, cy, r) {
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

// Front bubble: lower left, with a tail pointing down-left.
function inFront(x, y) {
  return inRoundedRect(x, y, 0.0, 0.30, 0.80, 0.84, 0.14) ||
    inTriangle(x, y, [0.12, 0.80], [0.36, 0.80], [0.06, 1.0]);
}

// The gap around the front bubble that separates it from the back bubble.
function inFrontGap(x, y) {
  const g = 0.07;
  return inRoundedRect(x, y, -g, 0.30 - g, 0.80 + g, 0.84 + g, 0.14 + g);
}

// Back bubble: upper right, tail pointing down-right.
function inBack(x, y) {
  return inRoundedRect(x, y, 0.34, 0.0, 1.0, 0.50, 0.12) ||
    inTriangle(x, y, [0.74, 0.46], [0.92, 0.46], [0.98, 0.64]);
}

// Three dots in the front bubble.
function inDots(x, y) {
  const r = 0.065;
  return inCircle(x, y, 0.20, 0.57, r) || inCircle(x, y, 0.40, 0.57, r) || inCircle(x, y, 0.60, 0.57, r);
}

// Which layer a point of the symbol belongs to: 'dot', 'front', 'back' or null (background).
function layerAt(x, y) {
  if (inFront(x, y)) return inDots(x, y) ? 'dot' : 'front';
  if (inFrontGap(x, y)) return null;
  if (inBack(x, y)) return 'back';
  return null;
}

// ---- Rasterising ----

// Renders an RGBA image. colours maps a layer (or 'background') to [r,g,b,a]; the symbol is drawn into the
// square [sx, sx+size) x [sy, sy+size) of the image.
function render(width, height, sx, sy, size, colours) {
  const rgba = Buffer.alloc(width * height * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      // Accumulate premultiplied colour over the subsamples.
      let r = 0, g = 0, b = 0, a = 0;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          const ux = (px + (i + 0.5) / n - sx) / size;
          const uy = (py + (j + 0.5) / n - sy) / size;
          const inside = ux >= 0 && ux <= 1 && uy >= 0 && uy <= 1;
          const layer = (inside && layerAt(ux, uy)) || 'background';
          const c = colours[layer];
          const alpha = c[3] / 255;
          r += c[0] * alpha; g += c[1] * alpha; b += c[2] * alpha; a += alpha;
        }
      }
      const o = (py * width + px) * 4;
      const count = n * n;
      const alpha = a / count;
      if (alpha === 0) continue; // stays (0,0,0,0)
      rgba[o] = Math.round(r / a);
      rgba[o + 1] = Math.round(g / a);
      rgba[o + 2] = Math.round(b / a);
      rgba[o + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

// ---- PNG encoding (8-bit RGBA, no interlace, filter 0 on every row) ----

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- The two icons ----

function main() {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : __dirname;
  fs.mkdirSync(dir, { recursive: true });
  const opaque = (c) => [c[0], c[1], c[2], 255];

  // Colour icon: 192x192, symbol inside the central 96x96 (48 px padding on every side).
  const color = render(192, 192, 48, 48, 96, {
    background: opaque(ACCENT),
    back: opaque(TINT),
    front: opaque(WHITE),
    dot: opaque(ACCENT),
  });
  fs.writeFileSync(path.join(dir, 'color.png'), encodePng(192, 192, color));

  // Outline icon: 32x32, white symbol on transparent, no padding beyond a 1 px safety margin.
  const clear = [0, 0, 0, 0];
  const outline = render(32, 32, 1, 1, 30, {
    background: clear,
    back: opaque(WHITE),
    front: opaque(WHITE),
    dot: clear,
  });
  fs.writeFileSync(path.join(dir, 'outline.png'), encodePng(32, 32, outline));

  console.log('wrote color.png (192x192) and outline.png (32x32) in ' + dir);
}

main();
