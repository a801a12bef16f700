import type { AddressInfo } from "node:net";
import { ScoreRecorder } from "@topograph/api";
import { createApp, type TAppOptions } from "../app.ts";

/** The real HTTP app listening on a free loopback port, for tests that call it over HTTP. */
export interface TListeningApp {
  url: string;
  close: () => Promise<void>;
  /** Marks the app unready, as SIGTERM does. */
  beginShutdown: () => void;
}

/** Starts the app with test defaults: its own score recorder, no web build, a silent log. */
export async function listeningApp(options: Omit<TAppOptions, "scores" | "webDist"> & Partial<Pick<TAppOptions, "scores" | "webDist">>): Promise<TListeningApp> {
  const app = createApp({ scores: new ScoreRecorder(options.db, () => new Date()), webDist: "/nonexistent", log: () => {}, ...options });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => app.server.close(() => resolve())),
    beginShutdown: app.beginShutdown,
  };
}
