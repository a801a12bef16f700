import { SETUP_PATH } from "./setup.ts";

export const SIGN_IN_PATH = "/sign-in";

const ORIGIN = "https://topograph.invalid";
/** Pages that would bounce straight back: after signing in nobody wants to see them again. */
const NOT_A_DESTINATION = [SIGN_IN_PATH, SETUP_PATH];

/**
 * Where to go after signing in: the `next` path when it stays on this site, otherwise home. Only
 * paths are accepted ("/teams?q=a#x"), never another origin ("//evil.example", "https://…",
 * "/\\evil.example"), so a crafted link cannot send people elsewhere with their fresh session.
 * The web sign-in page and the server's OpenID Connect callback both go by it.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== ORIGIN || NOT_A_DESTINATION.includes(url.pathname)) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
