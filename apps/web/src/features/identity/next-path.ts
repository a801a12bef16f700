import { safeNextPath } from "@topograph/domain";
import { paths } from "../../lib/paths.ts";

/** The same rule as the server's OpenID Connect callback: same-site paths only, never sign-in or setup. */
export { safeNextPath };

/** Pages that would bounce straight back: after signing in nobody wants to see them again. */
const NOT_A_DESTINATION = [paths.signIn(), paths.setup];

/** The sign-in link for someone on `location`: they come back to it afterwards. */
export function signInFrom(location: { pathname: string; search: string; hash: string }): string {
  if (NOT_A_DESTINATION.includes(location.pathname)) return paths.signIn();
  return paths.signIn(`${location.pathname}${location.search}${location.hash}`);
}
