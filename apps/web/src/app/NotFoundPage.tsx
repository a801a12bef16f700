import { Link } from "react-router";
import { paths } from "../lib/paths.ts";
import { useDocumentTitle } from "../lib/use-document-title.ts";
import { EmptyState } from "../ui/EmptyState.tsx";

export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <>
      <h1 className="visually-hidden">Page not found</h1>
      <EmptyState
        panel
        title="Page not found"
        action={
          <Link to={paths.home} className="button">
            Go to the overview
          </Link>
        }
      >
        There is no page at this address. Use the search box above to find a component, team or repository.
      </EmptyState>
    </>
  );
}
