import type { TLayoutRequest } from "./layout-types.ts";

/** Parent lookups over a layout request: children per container and links lifted to the level they connect. */
export interface THierarchy {
  /** Children (box and container ids) of each container; `""` is the root. */
  children: Map<string, string[]>;
  isContainer: (id: string) => boolean;
  parentOf: (id: string) => string;
  /** Links between siblings of each container, deduplicated: a link between nested boxes becomes one between their ancestors. */
  liftedLinks: Map<string, { id: string; source: string; target: string }[]>;
}

export const ROOT = "";

export function buildHierarchy(request: TLayoutRequest): THierarchy {
  const parent = new Map<string, string>();
  const containers = new Set(request.containers.map((c) => c.id));
  for (const c of request.containers) parent.set(c.id, c.parentId && containers.has(c.parentId) ? c.parentId : ROOT);
  for (const b of request.boxes) parent.set(b.id, b.parentId && containers.has(b.parentId) ? b.parentId : ROOT);
  const parentOf = (id: string) => parent.get(id) ?? ROOT;

  const children = new Map<string, string[]>([[ROOT, []]]);
  for (const c of request.containers) children.set(c.id, []);
  // Containers first, so a parent precedes its children in every listing built from this one.
  for (const c of request.containers) children.get(parentOf(c.id))!.push(c.id);
  for (const b of request.boxes) children.get(parentOf(b.id))!.push(b.id);

  const ancestry = (id: string) => {
    const chain = [id];
    for (let p = parentOf(id); ; p = parentOf(p)) {
      chain.push(p);
      if (p === ROOT) return chain;
    }
  };
  const liftedLinks = new Map<string, { id: string; source: string; target: string }[]>();
  const seen = new Set<string>();
  for (const link of request.links) {
    if (!parent.has(link.source) || !parent.has(link.target) || link.source === link.target) continue;
    const from = ancestry(link.source);
    const to = ancestry(link.target);
    const toSet = new Set(to);
    const common = from.findIndex((id, index) => index > 0 && toSet.has(id));
    const level = from[common]!;
    const source = from[common - 1]!;
    const target = to[to.indexOf(level) - 1];
    if (target === undefined || source === target) continue;
    const key = `${source}\u0000${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!liftedLinks.has(level)) liftedLinks.set(level, []);
    liftedLinks.get(level)!.push({ id: link.id, source, target });
  }
  return { children, isContainer: (id) => containers.has(id), parentOf, liftedLinks };
}
