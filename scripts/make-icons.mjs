// Draws Pingyue's toolbar icon (three tag-coloured bars on a dark page) as PNGs into public/icon/.
// Run once when the design changes: node scripts/make-icons.mjs
import fs from 'node:fs';
import zlib from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => buf.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff;
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
};

function icon(size) {
  const px = (x, y) => {
    const u = x / size, v = y / size, r = 0.18;
    const inside = (Math.max(0, Math.abs(u - 0.5) - (0.5 - r)) ** 2 + Math.max(0, Math.abs(v - 0.5) - (0.5 - r)) ** 2) <= r * r;
    if (!inside) return [0, 0, 0, 0];
    const bars = [[0.25, [22, 163, 74]], [0.45, [220, 38, 38]], [0.65, [37, 99, 235]]];
    for (const [top, rgb] of bars) if (v >= top && v < top + 0.12 && u >= 0.2 && u <= (top === 0.45 ? 0.62 : 0.8)) return [...rgb, 255];
    return [30, 41, 59, 255];
  };
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) Buffer.from(px(x + 0.5, y + 0.5)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

fs.mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) fs.writeFileSync(`public/icon/${size}.png`, icon(size));
