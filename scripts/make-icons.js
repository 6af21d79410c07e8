#!/usr/bin/env node
/**
 * Writes the add-in's ribbon and store icons (assets/icon-{16,32,64,80}.png) without any
 * image library: an RGBA raster drawn with 4×4 supersampling, encoded as PNG with zlib.
 * The picture: three equal white bars on a blue rounded square — schools brought level,
 * which is what 均衡 means. Run: node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [0x1f, 0x6f, 0xb2];
const WHITE = [0xff, 0xff, 0xff];

/** Coverage of one icon pixel (u, v in 0..1 of the icon) by each shape. */
function shade(u, v) {
  const r = 0.18; // corner radius, as a fraction of the side
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  const inSquare = (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  if (!inSquare) return null;
  const bars = [0.2, 0.425, 0.65]; // left edges; each bar 0.15 wide
  const inBar = v >= 0.28 && v <= 0.7 && bars.some((x) => u >= x && u <= x + 0.15);
  const inBase = v >= 0.76 && v <= 0.82 && u >= 0.16 && u <= 0.84;
  return inBar || inBase ? WHITE : BLUE;
}

function render(size) {
  const ss = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let j = 0; j < ss; j++) {
        for (let i = 0; i < ss; i++) {
          const c = shade((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = 1 + x * 4;
      if (a > 0) {
        row[o] = Math.round(r / a);
        row[o + 1] = Math.round(g / a);
        row[o + 2] = Math.round(b / a);
      }
      row[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(render(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
}
console.log("icons written to", dir);
