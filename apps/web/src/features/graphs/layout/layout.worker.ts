import ELK from "elkjs/lib/elk.bundled.js";
import { layoutGraph } from "./layout.ts";
import type { TLayoutRequestMessage, TLayoutResponseMessage } from "./layout-messages.ts";

/** The slice of a dedicated worker's global scope used here (the app compiles against the DOM library). */
interface TWorkerScope {
  onmessage: ((event: MessageEvent<TLayoutRequestMessage>) => void) | null;
  postMessage(message: TLayoutResponseMessage): void;
}

// ELK runs synchronously inside this worker (its bundled build starts no worker of its own), so the page stays responsive.
const elk = new ELK();
const scope = self as unknown as TWorkerScope;

scope.onmessage = async (event) => {
  const { id, request, strategy } = event.data;
  const started = performance.now();
  let response: TLayoutResponseMessage;
  try {
    const result = await layoutGraph(request, elk, strategy);
    response = { id, result, milliseconds: performance.now() - started };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
