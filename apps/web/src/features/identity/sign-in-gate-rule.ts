/** Pages anyone may open: signing in, and the first administrator's one-time setup. */
const OPEN_PAGES = ["/sign-in", "/setup"];

/** Whether this page needs the visitor to sign in first. */
export function mustSignInFor(pathname: string, me: { user: unknown; anonymousRead: boolean }): boolean {
  if (me.user !== null || me.anonymousRead) return false;
  return !OPEN_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}
