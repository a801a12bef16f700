import { CATALOG_KINDS, type TCatalogKind } from "./catalog-kinds.ts";

const section = (kind: TCatalogKind) => `/${CATALOG_KINDS[kind].section}`;

/** The one place URLs are spelled, so links and routes cannot drift apart. */
export const paths = {
  home: "/",
  settings: "/settings",
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  list: (kind: TCatalogKind, filters?: Record<string, string>) => {
    const query = filters ? new URLSearchParams(filters).toString() : "";
    return query ? `${section(kind)}?${query}` : section(kind);
  },
  create: (kind: TCatalogKind) => `${section(kind)}/new`,
  detail: (kind: TCatalogKind, slug: string) => `${section(kind)}/${encodeURIComponent(slug)}`,
  edit: (kind: TCatalogKind, slug: string) => `${section(kind)}/${encodeURIComponent(slug)}/edit`,
};
