import { Link, useRouteError } from "react-router";
import { errorMessage } from "../lib/api-error.ts";
import { paths } from "../lib/paths.ts";
import { ErrorBanner } from "../ui/ErrorBanner.tsx";

/** Last line of defence: a page that crashed says so and offers a way on, instead of a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <main className="shell__main">
      <ErrorBanner
        title="This page ran into a problem."
        action={
          <Link to={paths.home} className="button button--small" reloadDocument>
            Back to the overview
          </Link>
        }
      >
        {errorMessage(error)}
      </ErrorBanner>
    </main>
  );
}
