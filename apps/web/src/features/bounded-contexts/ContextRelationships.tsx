import { useMutation } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { CONTEXT_RELATIONSHIP_PATTERN_INFO, type TContextRelationshipPattern } from "@topograph/domain";
import { useState } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { Badge } from "../../ui/Badge.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { Section } from "../../ui/Section.tsx";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { RelationEmpty } from "../catalog/RelatedSection.tsx";
import { AddRelationshipForm } from "./AddRelationshipForm.tsx";

type TContext = RouterOutputs["boundedContext"]["get"];
type TRelationship = TContext["relationships"][number];

/** The context's place on the context map: who it supplies, who it depends on, and by which pattern. */
export function ContextRelationships({ context }: { context: TContext }) {
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TRelationship | null>(null);
  const trpc = useTRPC();
  const unrelate = useMutation({ ...trpc.boundedContext.unrelate.mutationOptions(), onSuccess: () => setRemoving(null) });

  return (
    <Section
      title="Context map relationships"
      count={context.relationships.length}
      flush
      actions={
        adding ? null : (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            Add relationship
          </button>
        )
      }
    >
      {adding ? <AddRelationshipForm context={context} onDone={() => setAdding(false)} /> : null}
      {context.relationships.length === 0 ? (
        <RelationEmpty>No relationships to other bounded contexts recorded.</RelationEmpty>
      ) : (
        <DataTable
          caption="Context map relationships"
          rows={context.relationships}
          rowKey={(relationship) => relationship.id}
          columns={[
            {
              key: "role",
              header: "This context is",
              nowrap: true,
              cell: (relationship) => <Badge tone={relationship.role === "upstream" ? "accent" : "violet"}>{relationship.role === "upstream" ? "Upstream of" : "Downstream of"}</Badge>,
            },
            {
              key: "other",
              header: "Context",
              cell: (relationship) => (
                <EntityLink kind="bounded-context" slug={relationship.other.slug}>
                  <span className="data-table__primary">{relationship.other.name}</span>
                </EntityLink>
              ),
            },
            { key: "pattern", header: "Pattern", nowrap: true, cell: (relationship) => <PatternLabel pattern={relationship.pattern} /> },
            { key: "description", header: "Notes", cell: (relationship) => relationship.description || <span className="subtle">—</span> },
            {
              key: "remove",
              header: "",
              nowrap: true,
              cell: (relationship) => (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={`Remove the ${patternInfo(relationship.pattern)?.label ?? relationship.pattern} relationship with ${relationship.other.name}`}
                  onClick={() => setRemoving(relationship)}
                >
                  Remove
                </button>
              ),
            },
          ]}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this relationship?"
        confirmLabel="Remove relationship"
        busy={unrelate.isPending}
        error={unrelate.error ? errorMessage(unrelate.error) : undefined}
        onConfirm={() => removing && unrelate.mutate({ id: removing.id })}
        onClose={() => {
          setRemoving(null);
          unrelate.reset();
        }}
      >
        {removing ? (
          <>
            {context.name} will no longer be recorded as {removing.role} of {removing.other.name} ({patternInfo(removing.pattern)?.label ?? removing.pattern}).
          </>
        ) : null}
      </ConfirmDialog>
    </Section>
  );
}

function patternInfo(pattern: string) {
  return CONTEXT_RELATIONSHIP_PATTERN_INFO[pattern as TContextRelationshipPattern] as (typeof CONTEXT_RELATIONSHIP_PATTERN_INFO)[TContextRelationshipPattern] | undefined;
}

function PatternLabel({ pattern }: { pattern: string }) {
  const info = patternInfo(pattern);
  if (!info) return <>{pattern}</>;
  return (
    <span>
      {info.label} <abbr className="subtle">({info.abbreviation})</abbr>
    </span>
  );
}
