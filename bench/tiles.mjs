// A stand-in tile server on loopback for bench/budgets.sh: the map's tiles come from another
// server in production (OpenStreetMap's by default), which this machine cannot reach. Every
// request gets the same 256 × 256 light-grey PNG, made here, in about the size of a real tile.
import http from "node:http";
import zlib from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const size = 256;
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 0; // greyscale
const rows = Buffer.alloc((size + 1) * size, 0xee);
for (let y = 0; y < size; y++) rows[y * (size + 1)] = 0; // no filter
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", zlib.deflateSync(rows)),
  chunk("IEND", Buffer.alloc(0)),
]);

const port = Number(process.argv[2] ?? 3411);
http
  .createServer((_, response) => {
    response.writeHead(200, {
      "content-type": "image/png",
      "cache-control": "public, max-age=86400",
      "access-control-allow-origin": "*",
    });
    response.end(png);
  })
  .listen(port, "127.0.0.1");
