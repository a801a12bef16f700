import type { TLayoutRequestMessage, TLayoutResponseMessage } from "./layout-messages.ts";
import type { TLayoutRequest, TLayoutResult, TLayoutStrategy } from "./layout-types.ts";

export interface TTimedLayout {
  result: TLayoutResult;
  /** Time inside the worker, and from posting the request to receiving the answer (adds copying both ways). */
  workerMilliseconds: number;
  roundTripMilliseconds: number;
}

interface TPending {
  message: TLayoutRequestMessage;
  started: number;
  resolve: (layout: TTimedLayout) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, TPending>();

function onMessage(event: MessageEvent<TLayoutResponseMessage>) {
  const answer = event.data;
  const request = pending.get(answer.id);
  if (!request) return;
  pending.delete(answer.id);
  if ("error" in answer) request.reject(new Error(answer.error));
  else request.resolve({ result: answer.result, workerMilliseconds: answer.milliseconds, roundTripMilliseconds: performance.now() - request.started });
}

function startWorker(): Worker {
  const started = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  started.onmessage = onMessage;
  started.onerror = (event) => {
    const error = new Error(`The layout worker failed: ${event.message || "unknown error"}`);
    for (const request of pending.values()) request.reject(error);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return started;
}

function ensureWorker(): Worker {
  worker ??= startWorker();
  return worker;
}

/**
 * A layout stuck on a request nobody wants any more (the user changed the filter) is cut short by
 * replacing the worker; requests still wanted are sent again to the new one.
 */
function abandon(id: number) {
  if (!pending.delete(id)) return;
  worker?.terminate();
  worker = null;
  if (pending.size === 0) return;
  const fresh = ensureWorker();
  for (const request of pending.values()) fresh.postMessage(request.message);
}

/** Lays out a request in the shared layout worker; aborting the signal stops the work. */
export function layoutInWorker(request: TLayoutRequest, options: { signal?: AbortSignal; strategy?: TLayoutStrategy } = {}): Promise<TTimedLayout> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new DOMException("Layout aborted", "AbortError"));
    const id = nextId++;
    const message: TLayoutRequestMessage = { id, request, ...(options.strategy ? { strategy: options.strategy } : {}) };
    pending.set(id, { message, started: performance.now(), resolve, reject });
    ensureWorker().postMessage(message);
    options.signal?.addEventListener(
      "abort",
      () => {
        if (!pending.has(id)) return;
        abandon(id);
        reject(new DOMException("Layout aborted", "AbortError"));
      },
      { once: true },
    );
  });
}

/** Starts the worker and lets ELK compile before the first real graph arrives. */
export function warmUpLayout(): void {
  if (worker) return;
  void layoutInWorker({ direction: "RIGHT", containers: [{ id: "g" }], boxes: [{ id: "a", width: 100, height: 40, parentId: "g" }, { id: "b", width: 100, height: 40 }], links: [{ id: "l", source: "a", target: "b" }] }).catch(() => {});
}
