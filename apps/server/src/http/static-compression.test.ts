import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { demoDatabase } from "@topograph/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listeningApp, type TListeningApp } from "./testing/listening-app.ts";

/** A built web app as `vite build` leaves it: each text asset beside its brotli and gzip copies. */
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-web-"));
const script = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, name: `component-${i}` })))};\n`;
const page = "<!doctype html><title>Topograph</title><script type=module src=/assets/index-4f2a9c.js></script>";

function writeWithCompressedCopies(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text, { level: 9 }));
}

interface TRawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent, still encoded. */
  body: Buffer;
}

/** GET without fetch, which would ask for compression itself and hide what was sent. */
function get(url: string, headers: http.OutgoingHttpHeaders): Promise<TRawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

const decoders: Record<string, (body: Buffer) => Buffer> = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync, identity: (body) => body };
const decoded = (response: TRawResponse) => decoders[response.headers["content-encoding"] ?? "identity"]!(response.body).toString("utf8");

let app: TListeningApp;
beforeAll(async () => {
  writeWithCompressedCopies(path.join(webDist, "index.html"), page);
  writeWithCompressedCopies(path.join(webDist, "assets", "index-4f2a9c.js"), script);
  app = await listeningApp({ db: await demoDatabase(), webDist });
});
afterAll(() => app.close());

describe("the built web app", () => {
  it.each([
    { client: "a client asking for no encoding", acceptEncoding: undefined, sent: "the plain file", encoding: undefined },
    { client: "a client accepting gzip", acceptEncoding: "gzip", sent: "the gzip copy", encoding: "gzip" },
    { client: "a browser accepting brotli", acceptEncoding: "gzip, deflate, br, zstd", sent: "the brotli copy", encoding: "br" },
  ])("sends $client $sent of a script, the script itself once decoded", async ({ acceptEncoding, encoding }) => {
    const response = await get(`${app.url}/assets/index-4f2a9c.js`, acceptEncoding ? { "accept-encoding": acceptEncoding } : {});
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe(encoding);
    expect(response.headers["content-type"]).toBe("text/javascript");
    // Caches keep one copy per encoding, never handing brotli to a client that cannot read it.
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(decoded(response)).toBe(script);
  });

  it("sends compressed copies much smaller than the script", async () => {
    const plain = await get(`${app.url}/assets/index-4f2a9c.js`, {});
    const brotli = await get(`${app.url}/assets/index-4f2a9c.js`, { "accept-encoding": "br" });
    expect(brotli.body.length).toBeLessThan(plain.body.length / 4);
  });

  it("sends the page of a client-side route compressed too, as HTML", async () => {
    const response = await get(`${app.url}/components/b-service`, { accept: "text/html", "accept-encoding": "gzip, br" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toBe("text/html;charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(decoded(response)).toBe(page);
  });
});
