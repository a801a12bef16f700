import { useMutation } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { TGraphNode } from "../graphs/graph-types.ts";
import { dropMove } from "./drop-move.ts";
import { OrganisationMap } from "./OrganisationMap.tsx";
import type { TScenarioView } from "./planning-types.ts";

type TStatus = { tone: "working" | "done" | "refused"; text: string } | null;

/**
 * Today's organisation map beside the scenario's, what the scenario changes ringed on both. On the
 * scenario's map a repository or bounded context dropped on a team becomes a move.
 */
export function ScenarioMaps({ scenarioId, maps, editable }: { scenarioId: string; maps: TScenarioView["maps"]; editable: boolean }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.scenario.change.mutationOptions());
  const [status, setStatus] = useState<TStatus>(null);
  const { after } = maps;
  const mutate = change.mutate;

  const onDrop = useCallback(
    (draggedId: string, teamId: string) => {
      const move = dropMove(after, draggedId, teamId);
      if (!move) return;
      if ("refused" in move) return setStatus({ tone: "refused", text: move.refused });
      setStatus({ tone: "working", text: move.summary });
      mutate(
        { scenarioId, operation: move.operation },
        {
          onSuccess: (added) => setStatus({ tone: "done", text: `Added: ${added.summary}.` }),
          onError: (error) => setStatus({ tone: "refused", text: errorMessage(error) }),
        },
      );
    },
    [after, scenarioId, mutate],
  );

  // Teams only the scenario has are not catalog pages yet: their nodes lead to their cards below.
  const today = useMemo(() => new Set(maps.before.nodes.map((node) => node.id)), [maps.before]);
  const hrefOf = useCallback((node: TGraphNode) => (node.kind === "team" && !today.has(node.id) ? `#team-${node.slug}` : undefined), [today]);

  return (
    <div className="scenario-maps">
      <p className="scenario-maps__hint">
        {editable
          ? "Drag a repository or bounded context onto a team on the scenario's map to move it there (the Move form below does the same from the keyboard). What the scenario changes is ringed on both maps."
          : "The organisation today, with what the scenario changed ringed."}
      </p>
      <div className={editable ? "scenario-maps__pair" : undefined}>
        {editable ? (
          <figure className="scenario-maps__map">
            <figcaption>Today</figcaption>
            <div className="scenario-maps__stage" data-testid="map-today">
              <OrganisationMap map={maps.before} label="Organisation map today" />
            </div>
          </figure>
        ) : null}
        <figure className="scenario-maps__map">
          <figcaption>{editable ? "Scenario" : "Today"}</figcaption>
          <div className="scenario-maps__stage" data-testid="map-scenario">
            <OrganisationMap map={after} label="Organisation map in the scenario" hrefOf={hrefOf} {...(editable ? { onDrop } : {})} />
          </div>
        </figure>
      </div>
      <p className={`scenario-maps__status${status ? ` scenario-maps__status--${status.tone}` : ""}`} role="status">
        {status?.text ?? ""}
      </p>
    </div>
  );
}
