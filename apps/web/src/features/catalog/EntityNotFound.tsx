import { Link } from "react-router";
import { CATALOG_KINDS, kindTitle, type TCatalogKind } from "../../lib/catalog-kinds.ts";
import { paths } from "../../lib/paths.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";

/** A link to an entry that no longer exists says so, and offers the ways to find it again. */
export function EntityNotFound({ kind, slug }: { kind: TCatalogKind; slug: string }) {
  const { singular, plural } = CATALOG_KINDS[kind];
  useDocumentTitle(`${kindTitle(kind)} not found`);
  return (
    <EmptyState
      panel
      title={`${kindTitle(kind)} not found`}
      action={
        <div className="button-row">
          <Link to={paths.list(kind)} className="button">
            All {plural.toLowerCase()}
          </Link>
          <Link to={paths.search(slug)} className="button button--ghost">
            Search for “{slug}”
          </Link>
        </div>
      }
    >
      <h1 className="visually-hidden">{kindTitle(kind)} not found</h1>
      No {singular} has the slug <code>{slug}</code>. It may have been renamed or deleted.
    </EmptyState>
  );
}
