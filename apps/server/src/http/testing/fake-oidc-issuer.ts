import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

/** Who the fake provider signs in next, with the claims it vouches for. */
export interface TFakeIdentity {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  /** Like providers that keep the email out of the ID token: only /userinfo tells it. */
  emailOnlyFromUserinfo?: boolean;
}

/** Ways to make the next ID token wrong, to see the portal refuse it. */
export interface TFakeTampering {
  nonce?: string;
  /** Signed with a key the JWKS does not publish. */
  foreignKey?: boolean;
}

interface TIssuedCode {
  redirectUri: string;
  codeChallenge: string;
  nonce: string | undefined;
  identity: TFakeIdentity;
}

/**
 * A small OpenID Connect provider for tests, on a loopback port: discovery, JWKS, an /authorize that
 * signs `identity` in at once and redirects back with a code, a /token that checks the client secret
 * (Basic or in the body), the redirect URI and the PKCE verifier against the stored S256 challenge,
 * and returns an RS256 ID token carrying the nonce; /userinfo for the access token it issued.
 * It checks what a real provider checks; it is not one (no consent, one client, codes in memory).
 */
export async function startFakeIssuer(client: { clientId: string; clientSecret: string }) {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const foreign = await generateKeyPair("RS256");
  const kid = "fake-key-1";
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const codes = new Map<string, TIssuedCode>();
  const accessTokens = new Map<string, TFakeIdentity>();

  const state = {
    /** Set once the portal's address is known; /authorize refuses any other. */
    redirectUri: "",
    identity: { sub: "fake-user-1", email: "ada@example.com", email_verified: true, name: "Ada Lovelace" } as TFakeIdentity,
    /** Applied to the next ID token only. */
    tamper: null as TFakeTampering | null,
    /** The next /authorize answers with this OAuth error instead of a code. */
    denyNext: null as string | null,
    /** The query of every /authorize request, to check what the portal asked for. */
    authorizeRequests: [] as URLSearchParams[],
    tokenRequests: 0,
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { error: "server_error", error_description: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", issuer);
    switch (`${req.method} ${url.pathname}`) {
      case "GET /.well-known/openid-configuration":
        return send(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/userinfo`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ["code"],
          subject_types_supported: ["public"],
          id_token_signing_alg_values_supported: ["RS256"],
          code_challenge_methods_supported: ["S256"],
          token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
          scopes_supported: ["openid", "email", "profile"],
        });
      case "GET /jwks":
        return send(res, 200, { keys: [jwk] });
      case "GET /authorize":
        return authorize(url.searchParams, res);
      case "POST /token":
        return token(req, res);
      case "GET /userinfo":
        return userinfo(req, res);
      default:
        return send(res, 404, { error: "not_found" });
    }
  }

  function authorize(params: URLSearchParams, res: http.ServerResponse) {
    state.authorizeRequests.push(params);
    // An unknown client or redirect URI is never redirected to (that would make an open redirector).
    if (params.get("client_id") !== client.clientId) return send(res, 400, { error: "unauthorized_client" });
    if (!state.redirectUri || params.get("redirect_uri") !== state.redirectUri) return send(res, 400, { error: "invalid_request", error_description: "redirect_uri is not registered" });
    const back = new URL(state.redirectUri);
    const passState = () => params.has("state") && back.searchParams.set("state", params.get("state")!);
    const problem =
      state.denyNext ??
      (params.get("response_type") !== "code" ? "unsupported_response_type" : null) ??
      (!params.get("scope")?.split(" ").includes("openid") ? "invalid_scope" : null) ??
      (params.get("code_challenge_method") !== "S256" || !params.get("code_challenge") ? "invalid_request" : null);
    state.denyNext = null;
    if (problem) {
      back.searchParams.set("error", problem);
    } else {
      const code = randomBytes(16).toString("base64url");
      codes.set(code, { redirectUri: state.redirectUri, codeChallenge: params.get("code_challenge")!, nonce: params.get("nonce") ?? undefined, identity: state.identity });
      back.searchParams.set("code", code);
    }
    passState();
    res.writeHead(302, { location: back.href });
    res.end();
  }

  async function token(req: http.IncomingMessage, res: http.ServerResponse) {
    state.tokenRequests++;
    const body = new URLSearchParams(await readBody(req));
    const credentials = basicCredentials(req.headers.authorization) ?? { id: body.get("client_id"), secret: body.get("client_secret") };
    if (credentials.id !== client.clientId || credentials.secret !== client.clientSecret) return send(res, 401, { error: "invalid_client" });
    const code = body.get("code") ?? "";
    const issued = codes.get(code);
    codes.delete(code); // a code works once
    if (body.get("grant_type") !== "authorization_code" || !issued) return send(res, 400, { error: "invalid_grant" });
    if (body.get("redirect_uri") !== issued.redirectUri) return send(res, 400, { error: "invalid_grant", error_description: "redirect_uri differs" });
    const challenge = createHash("sha256").update(body.get("code_verifier") ?? "").digest("base64url");
    if (challenge !== issued.codeChallenge) return send(res, 400, { error: "invalid_grant", error_description: "PKCE verification failed" });

    const tamper = state.tamper ?? {};
    state.tamper = null;
    const { sub, emailOnlyFromUserinfo, ...profile } = issued.identity;
    const claims = { ...(emailOnlyFromUserinfo ? { name: profile.name } : profile), ...(issued.nonce || tamper.nonce ? { nonce: tamper.nonce ?? issued.nonce } : {}) };
    const idToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid })
      .setIssuer(issuer)
      .setAudience(client.clientId)
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(tamper.foreignKey ? foreign.privateKey : privateKey);
    const accessToken = randomBytes(16).toString("base64url");
    accessTokens.set(accessToken, issued.identity);
    send(res, 200, { access_token: accessToken, token_type: "Bearer", expires_in: 300, id_token: idToken });
  }

  function userinfo(req: http.IncomingMessage, res: http.ServerResponse) {
    const identity = accessTokens.get(/^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "");
    if (!identity) return send(res, 401, { error: "invalid_token" });
    const { emailOnlyFromUserinfo: _, ...claims } = identity;
    send(res, 200, claims);
  }

  return {
    issuer,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TFakeIssuer = Awaited<ReturnType<typeof startFakeIssuer>>;

/** RFC 6749 2.3.1: the id and secret are form-encoded before going into the Basic header. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const encoded = /^Basic (.+)$/.exec(header ?? "")?.[1];
  if (!encoded) return null;
  const [id = "", secret = ""] = Buffer.from(encoded, "base64").toString().split(":");
  const decode = (value: string) => decodeURIComponent(value.replace(/\+/g, " "));
  return { id: decode(id), secret: decode(secret) };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}
