import { EntityLink } from "../catalog/EntityLink.tsx";

/** A bounded context's solution area is the bounded context itself, so its link goes there. */
export function SolutionAreaLink({ area, none = "No solution area" }: { area: { slug: string; name: string; kind: string } | null; none?: string }) {
  if (!area) return <span className="subtle">{none}</span>;
  return (
    <EntityLink kind={area.kind === "bounded-context" ? "bounded-context" : "solution-area"} slug={area.slug}>
      {area.name}
    </EntityLink>
  );
}
