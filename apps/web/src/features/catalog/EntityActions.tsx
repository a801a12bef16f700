import type { ReactNode } from "react";
import { Link } from "react-router";
import type { TCatalogKind } from "../../lib/catalog-kinds.ts";
import { paths } from "../../lib/paths.ts";

/** The header actions of an entity page: Edit, then Delete (passed in, it needs the entity's mutation). */
export function EntityActions({ kind, slug, deleteButton }: { kind: TCatalogKind; slug: string; deleteButton: ReactNode }) {
  return (
    <>
      <Link to={paths.edit(kind, slug)} className="button">
        Edit
      </Link>
      {deleteButton}
    </>
  );
}
