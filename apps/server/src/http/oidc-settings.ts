import type { TRole } from "@topograph/domain";

/** Signing in through an OpenID Connect provider, as configured by the TOPOGRAPH_OIDC_* variables. */
export interface TOidcSettings {
  issuer: URL;
  clientId: string;
  /** Also keys the encryption of the short-lived sign-in cookie, so every replica can read it. */
  clientSecret: string;
  /** `<TOPOGRAPH_PUBLIC_URL>/auth/oidc/callback`, registered with the provider. */
  redirectUri: URL;
  /** The sign-in button says "Sign in with <label>". */
  label: string;
  /** The role of people signing in for the first time. */
  defaultRole: TRole;
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Plain http is allowed for a provider on this machine only: the fake issuer of the tests. */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
}
