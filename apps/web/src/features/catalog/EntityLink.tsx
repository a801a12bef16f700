import type { ReactNode } from "react";
import { Link } from "react-router";
import type { TCatalogKind } from "../../lib/catalog-kinds.ts";
import { paths } from "../../lib/paths.ts";

/** A link to an entry's page. */
export function EntityLink({ kind, slug, children }: { kind: TCatalogKind; slug: string; children: ReactNode }) {
  return <Link to={paths.detail(kind, slug)}>{children}</Link>;
}
