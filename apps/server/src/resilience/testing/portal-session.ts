import { Pool } from "undici";

/** One answer of the portal's tRPC API over HTTP, and how long it took. */
export interface TCallResult<T = unknown> {
  status: number;
  data?: T;
  error?: { message: string; data: { code: string; appCode?: string } };
  milliseconds: number;
}

/** The tRPC API of a running portal as one signed-in user, over a shared pool of keep-alive connections. */
export interface TPortalSession {
  /** The session cookie (`name=value`), for requests sent some other way. */
  cookie: string;
  query: <T = unknown>(procedure: string, input?: unknown) => Promise<TCallResult<T>>;
  mutate: <T = unknown>(procedure: string, input?: unknown) => Promise<TCallResult<T>>;
}

/** At most `connections` keep-alive connections to the portal, one request on each at a time. */
export function portalPool(origin: string, connections: number): Pool {
  return new Pool(origin, { connections, pipelining: 1 });
}

async function call<T>(pool: Pool, origin: string, method: "GET" | "POST", procedure: string, input: unknown, headers: Record<string, string>): Promise<TCallResult<T> & { setCookie?: string }> {
  const started = performance.now();
  const query = method === "GET" && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(input))}` : "";
  const response = await pool.request({
    method,
    path: `/trpc/${procedure}${query}`,
    // Writes come from the portal's own origin, as the web app's do (the cross-site check refuses others).
    headers: { ...headers, ...(method === "POST" ? { "content-type": "application/json", origin } : {}) },
    ...(method === "POST" ? { body: JSON.stringify(input ?? null) } : {}),
  });
  const body = (await response.body.json()) as { result?: { data: T }; error?: TCallResult["error"] };
  const setCookie = response.headers["set-cookie"];
  return {
    status: response.statusCode,
    ...(body.result ? { data: body.result.data } : {}),
    ...(body.error ? { error: body.error } : {}),
    milliseconds: performance.now() - started,
    ...(typeof setCookie === "string" ? { setCookie } : {}),
  };
}

/** Signs in with email and password and returns the session, which sends the session cookie with every call. */
export async function signIn(pool: Pool, origin: string, credentials: { email: string; password: string }): Promise<TPortalSession> {
  const answer = await call(pool, origin, "POST", "auth.signIn", credentials, {});
  if (answer.status !== 200 || !answer.setCookie) throw new Error(`Signing in as ${credentials.email} failed: ${answer.status} ${answer.error?.message}`);
  const cookie = answer.setCookie.split(";")[0]!;
  return {
    cookie,
    query: (procedure, input) => call(pool, origin, "GET", procedure, input, { cookie }),
    mutate: (procedure, input) => call(pool, origin, "POST", procedure, input, { cookie }),
  };
}

/** The data of a call that must succeed (test set-up); anything else stops the test with the portal's message. */
export async function expectData<T>(answer: Promise<TCallResult<T>>): Promise<T> {
  const { status, data, error } = await answer;
  if (status !== 200) throw new Error(`Expected 200, got ${status}: ${error?.message}`);
  return data as T;
}
