import { useEffect, useRef } from "react";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from "react-router";
import { ChangeRequestsLink } from "../features/change-requests/ChangeRequestsLink.tsx";
import { SignInGate } from "../features/identity/SignInGate.tsx";
import { UserMenu } from "../features/identity/UserMenu.tsx";
import { HeaderSearch } from "../features/search/HeaderSearch.tsx";
import { CATALOG_KINDS } from "../lib/catalog-kinds.ts";
import { paths } from "../lib/paths.ts";
import "./AppShell.css";

const NAV_ITEMS = [
  { to: paths.list("team"), label: CATALOG_KINDS.team.plural },
  { to: paths.list("solution-area"), label: CATALOG_KINDS["solution-area"].plural },
  { to: paths.list("bounded-context"), label: CATALOG_KINDS["bounded-context"].plural },
  { to: paths.list("component"), label: CATALOG_KINDS.component.plural },
  { to: paths.list("repository"), label: CATALOG_KINDS.repository.plural },
  { to: paths.list("namespace"), label: CATALOG_KINDS.namespace.plural },
  { to: "/graphs", label: "Graphs" },
];

/** Header with the product, global search, who is signed in and navigation to every kind; pages render below it. */
export function AppShell() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // After moving to another page, start keyboard and screen-reader users at its content, as a full
  // page load would; changes of the query string alone (filters, paging) keep focus where it is.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  const inRuntime = pathname.startsWith("/clusters") || pathname.startsWith("/environments");
  const inPractices = pathname.startsWith(paths.practices) || pathname.startsWith("/decisions/") || pathname.startsWith(paths.evidence);
  const inScorecards = pathname.startsWith(paths.scorecards) || pathname.startsWith(paths.initiatives);
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link to={paths.home} className="shell__brand" aria-label="Topograph home">
            <img src="/favicon.svg" alt="" width={26} height={26} />
            <span>Topograph</span>
          </Link>
          <HeaderSearch />
          <NavLink to={paths.settings} className="shell__settings">
            Organisation settings
          </NavLink>
          <NavLink to={paths.audit()} className="shell__settings">
            Audit log
          </NavLink>
          <ChangeRequestsLink className="shell__settings" />
          <UserMenu />
        </div>
        <nav className="shell__nav" aria-label="Catalog">
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
            <li>
              <NavLink to={paths.list("cluster")} aria-current={inRuntime ? "page" : undefined} className={inRuntime ? "active" : undefined}>
                Clusters &amp; environments
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.practices} aria-current={inPractices ? "page" : undefined} className={inPractices ? "active" : undefined}>
                Practices
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.scorecards} aria-current={inScorecards ? "page" : undefined} className={inScorecards ? "active" : undefined}>
                Scorecards
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.planning}>Planning</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} className="shell__main" tabIndex={-1}>
        <SignInGate>
          <Outlet />
        </SignInGate>
      </main>
      <ScrollRestoration />
    </div>
  );
}
