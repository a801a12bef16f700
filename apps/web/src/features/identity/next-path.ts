import { paths } from "../../lib/paths.ts";

const ORIGIN = "https://topograph.invalid";
/** Pages that would bounce straight back: after signing in nobody wants to see them again. */
const NOT_A_DESTINATION = [paths.signIn(), paths.setup];

/**
 * Where to go after signing in: the `next` path when it stays on this site, otherwise home. Only
 * paths are accepted ("/teams?q=a#x"), never another origin ("//evil.example", "https://…",
 * "/\\evil.example"), so a crafted link cannot send people elsewhere with their fresh session.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return paths.home;
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return paths.home;
  }
  if (url.origin !== ORIGIN || NOT_A_DESTINATION.includes(url.pathname)) return paths.home;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in link for someone on `location`: they come back to it afterwards. */
export function signInFrom(location: { pathname: string; search: string; hash: string }): string {
  if (NOT_A_DESTINATION.includes(location.pathname)) return paths.signIn();
  return paths.signIn(`${location.pathname}${location.search}${location.hash}`);
}
