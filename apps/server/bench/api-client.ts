import http from "node:http";

/** One procedure call as the web app makes it. */
export interface TCall {
  path: string;
  input?: unknown;
}

/** A GET of the calls the web app would batch into one request (tRPC's httpBatchLink), keeping the connection open. */
export function batchUrl(calls: readonly TCall[]): string {
  const input = Object.fromEntries(calls.map((call, i) => [i, call.input ?? {}]));
  return `/trpc/${calls.map((c) => c.path).join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * Sends one batch and checks every call in it answered; resolves with the response's size. A
 * kept-alive connection the server closed meanwhile (idle timeout) is retried once on a new one.
 */
export async function callBatch(baseUrl: string, cookie: string, calls: readonly TCall[]): Promise<number> {
  try {
    return await get(baseUrl, cookie, calls);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ECONNRESET") throw error;
    return get(baseUrl, cookie, calls);
  }
}

function get(baseUrl: string, cookie: string, calls: readonly TCall[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl}${batchUrl(calls)}`, { agent, headers: { cookie } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        if (response.statusCode !== 200) return reject(new Error(`${calls.map((c) => c.path).join(",")}: HTTP ${response.statusCode} ${body.toString().slice(0, 500)}`));
        resolve(body.length);
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}
