import { DISABLED_ACCOUNT_MESSAGE } from "./sign-in.ts";
import { ZUserEmailSchema } from "./user.ts";

/** Starts signing in through the OpenID Connect provider (a server route, not a page of the web app). */
export const OIDC_START_PATH = "/auth/oidc/start";
/** Where the provider sends the browser back: the portal's public URL and this is the redirect URI to register. */
export const OIDC_CALLBACK_PATH = "/auth/oidc/callback";

/** The link that signs in through the provider and comes back to `next` (a path on this site) afterwards. */
export function oidcStartLink(next?: string): string {
  return next && next !== "/" ? `${OIDC_START_PATH}?next=${encodeURIComponent(next)}` : OIDC_START_PATH;
}

/**
 * Why signing in through the provider did not work. The callback sends the browser to the sign-in
 * page with one of these codes (`?error=`), never with free text, so a crafted link cannot put
 * words of its own on the page.
 */
export const OIDC_SIGN_IN_ERRORS = {
  "oidc-unavailable": "The sign-in provider could not be reached. Try again later, or sign in with your password.",
  "oidc-expired": "Signing in took too long, or was started in another tab. Try again.",
  "oidc-denied": "The sign-in provider did not sign you in.",
  "oidc-invalid": "The sign-in provider's answer could not be verified. Try again.",
  "oidc-no-email": "The sign-in provider did not share a verified email address, and Topograph knows people by their email.",
  "oidc-failed": "Signing in could not be finished because of a problem on the portal's side. Try again later.",
  "account-disabled": DISABLED_ACCOUNT_MESSAGE,
} as const;
export type TOidcSignInError = keyof typeof OIDC_SIGN_IN_ERRORS;

/** The sentence for a `?error=` code; an unknown code gets a general one. */
export function oidcSignInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return Object.hasOwn(OIDC_SIGN_IN_ERRORS, code) ? OIDC_SIGN_IN_ERRORS[code as TOidcSignInError] : "Signing in did not work. Try again.";
}

/**
 * The claims of an ID token (or userinfo answer), as the provider sent them: of these, email,
 * email_verified, name, given_name, family_name and preferred_username are read; any may be missing.
 */
export type TOidcClaims = Readonly<Record<string, unknown>>;

export type TOidcIdentity = { ok: true; email: string; name: string } | { ok: false; error: TOidcSignInError };

const NAME_MAX = 120;
const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/**
 * The email (lower-case) and display name of the provider's user. An email the provider calls
 * unverified is refused, since anyone could put another person's address on an account of their own;
 * a provider that says nothing about verification is trusted, as the operator chose it. Some
 * providers send the flag as the string "false".
 */
export function oidcIdentityOf(claims: TOidcClaims): TOidcIdentity {
  const email = ZUserEmailSchema.safeParse(claims.email);
  if (!email.success || claims.email_verified === false || claims.email_verified === "false") return { ok: false, error: "oidc-no-email" };
  const fullName = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  const name = [text(claims.name), fullName, text(claims.preferred_username), email.data.split("@")[0]!].find(Boolean)!;
  return { ok: true, email: email.data, name: name.slice(0, NAME_MAX) };
}
