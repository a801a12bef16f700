import type { TOidcClaims } from "@topograph/domain";
import * as client from "openid-client";
import { isLoopbackHttp, type TOidcSettings } from "./oidc-settings.ts";
import type { TPendingSignIn } from "./oidc-state-cookie.ts";

/** What Topograph asks the provider for: who signed in, their email and their name. */
const SCOPE = "openid email profile";
/** Seconds to wait for the provider's discovery, token and userinfo answers. */
const TIMEOUT_SECONDS = 10;

/** A new sign-in's secrets, checked when the provider sends the browser back; `next` is already safe. */
export function newPendingSignIn(next: string): TPendingSignIn {
  return { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier(), next };
}

/**
 * The provider's side of a sign-in, through openid-client: discovery, the authorization URL with
 * PKCE (S256), state and nonce, and the code exchange with the ID token checked.
 */
export class OidcClient {
  #configuration: Promise<client.Configuration> | null = null;

  constructor(private readonly settings: TOidcSettings) {}

  /** Discovered on first use and kept; a failed discovery is tried again by the next sign-in. */
  configuration(): Promise<client.Configuration> {
    this.#configuration ??= configure(this.settings).catch((error: unknown) => {
      this.#configuration = null;
      throw error;
    });
    return this.#configuration;
  }

  /** Where to send the browser: the provider's sign-in page, for this pending sign-in. */
  async authorizationUrl({ state, nonce, codeVerifier }: TPendingSignIn): Promise<URL> {
    return client.buildAuthorizationUrl(await this.configuration(), {
      redirect_uri: this.settings.redirectUri.href,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
  }

  /**
   * Redeems the code the provider sent back (`search` is the callback's query) and returns who signed
   * in. openid-client checks the state, sends the PKCE verifier, and checks the ID token's issuer,
   * audience, expiry, nonce and signature; any mismatch throws.
   */
  async claims(search: string, { state, nonce, codeVerifier }: TPendingSignIn): Promise<TOidcClaims> {
    const configuration = await this.configuration();
    // The redirect URI as registered, not as this request reached us behind a proxy: it goes to the token endpoint.
    const callback = new URL(this.settings.redirectUri);
    callback.search = search;
    const tokens = await client.authorizationCodeGrant(configuration, callback, { pkceCodeVerifier: codeVerifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
    const claims = tokens.claims()!;
    if (claims.email !== undefined || !configuration.serverMetadata().userinfo_endpoint) return claims;
    // Some providers keep the email out of the ID token; their userinfo endpoint has it (for the same subject).
    return { ...claims, ...(await client.fetchUserInfo(configuration, tokens.access_token, claims.sub)) };
  }
}

async function configure(settings: TOidcSettings): Promise<client.Configuration> {
  // The ID token's signature is checked against the provider's published keys, on top of TLS.
  const execute = [client.enableNonRepudiationChecks];
  if (settings.issuer.protocol !== "https:") {
    if (!isLoopbackHttp(settings.issuer)) throw new Error("The OpenID Connect issuer must use https.");
    execute.push(client.allowInsecureRequests);
  }
  const discovered = await client.discovery(settings.issuer, settings.clientId, undefined, client.None(), { execute, timeout: TIMEOUT_SECONDS });
  const metadata = discovered.serverMetadata();
  // client_secret_basic is the standard's default; use client_secret_post only for a provider that lists it alone.
  const methods = metadata.token_endpoint_auth_methods_supported;
  const authentication = !methods || methods.includes("client_secret_basic") ? client.ClientSecretBasic(settings.clientSecret) : client.ClientSecretPost(settings.clientSecret);
  const configuration = new client.Configuration(metadata, settings.clientId, undefined, authentication);
  configuration.timeout = TIMEOUT_SECONDS;
  for (const extension of execute) extension(configuration);
  return configuration;
}

/** Why the provider's side failed, as the sign-in page says it. */
export function providerFailure(error: unknown): "oidc-denied" | "oidc-unavailable" | "oidc-invalid" {
  // The provider sent the browser back with an error (the person cancelled, or may not use this client).
  if (error instanceof client.AuthorizationResponseError) return "oidc-denied";
  // Unreachable, or too slow: fetch fails with a TypeError, a timeout aborts.
  if ((error instanceof TypeError && error.message === "fetch failed") || (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))) return "oidc-unavailable";
  return "oidc-invalid";
}

/**
 * An error and its causes' messages, for the log: openid-client's own message is general ("invalid
 * response encountered"), the cause says what did not match. Messages only: causes also carry the
 * provider's response body and claims, which stay out of the log.
 */
export function failureMessage(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error && messages.length < 4; current = current.cause) {
    // The OAuth error code the provider answered with, e.g. access_denied or invalid_grant.
    const code = (current as { error?: unknown }).error;
    messages.push(typeof code === "string" ? `${current.message} (${code})` : current.message);
  }
  return messages.length ? messages.join(": ") : String(error);
}
