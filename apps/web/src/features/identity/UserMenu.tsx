import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { errorMessage } from "../../lib/api-error.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { signInFrom } from "./next-path.ts";
import { type TSignedInUser, useSignedIn } from "./use-signed-in.ts";
import "./UserMenu.css";

/** The header's corner: "Sign in" for visitors; for a signed-in user their name, opening Account and Sign out. */
export function UserMenu() {
  const { user, loading, isAdministrator } = useSignedIn();
  const location = useLocation();
  // Holds the space while asking, so the header does not shift when the answer comes.
  if (loading) return <span className="user-menu__placeholder" aria-hidden="true" />;
  if (!user) {
    if (location.pathname === paths.signIn()) return null;
    return (
      <Link to={signInFrom(location)} className="user-menu__sign-in">
        Sign in
      </Link>
    );
  }
  return <SignedInMenu user={user} isAdministrator={isAdministrator} />;
}

/** Pages that only mean something signed in: signing out there goes home. */
const SIGNED_IN_PAGES = [paths.account, paths.adminUsers, paths.adminJobs];

/** A disclosure, not an ARIA menu: a button and a short list of links, closed by Escape or a click elsewhere. */
function SignedInMenu({ user, isAdministrator }: { user: TSignedInUser; isAdministrator: boolean }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        if (SIGNED_IN_PAGES.includes(pathname)) navigate(paths.home);
      },
    }),
  );

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`Account menu for ${user.name}`}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__name">{user.name}</span>
        <span className="user-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={listId} className="user-menu__popup" hidden={!open}>
        <p className="user-menu__who">
          Signed in as <span className="user-menu__email">{user.email}</span>
        </p>
        <ul>
          <li>
            <Link to={paths.account}>Account</Link>
          </li>
          {isAdministrator ? (
            <>
              <li>
                <Link to={paths.adminUsers}>Users</Link>
              </li>
              <li>
                <Link to={paths.adminJobs}>Scheduled jobs</Link>
              </li>
            </>
          ) : null}
          <li>
            <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
              {signOut.isPending ? "Signing out…" : "Sign out"}
            </button>
          </li>
        </ul>
        {signOut.error ? (
          <p className="user-menu__error" role="alert">
            {errorMessage(signOut.error)}
          </p>
        ) : null}
      </div>
    </div>
  );
}
