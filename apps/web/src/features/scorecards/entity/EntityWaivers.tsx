import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { RevokeWaiverDialog } from "./RevokeWaiverDialog.tsx";
import type { TEntityScorecard, TScoredEntityRef, TWaiverEntry } from "./types.ts";

/** The entity's active waivers across its scorecards, each revocable. */
export function EntityWaivers({ entity, scorecards }: { entity: TScoredEntityRef; scorecards: TEntityScorecard[] }) {
  const trpc = useTRPC();
  const waivers = useQuery(trpc.waiver.list.queryOptions({ entity, includeInactive: false }));
  const names = new Map(scorecards.map((s) => [s.scorecard.slug, s.scorecard.name]));
  if (waivers.isError && !waivers.data) {
    return (
      <ErrorBanner title="Could not load the waivers." onRetry={() => void waivers.refetch()}>
        {errorMessage(waivers.error)}
      </ErrorBanner>
    );
  }
  const list = waivers.data;
  if (!list) return null;
  return (
    <div className="entity-waivers">
      <h3 className="entity-scorecard__subheading">Active waivers ({list.length})</h3>
      {list.length === 0 ? (
        <p className="subtle">No rule is waived for this entry.</p>
      ) : (
        <ul className="stack-list entity-waivers__list" aria-label="Active waivers">
          {list.map((waiver) => (
            <WaiverItem key={waiver.id} waiver={waiver} scorecardName={names.get(waiver.scorecardSlug) ?? waiver.scorecardSlug} />
          ))}
        </ul>
      )}
    </div>
  );
}

function WaiverItem({ waiver, scorecardName }: { waiver: TWaiverEntry; scorecardName: string }) {
  const [revoking, setRevoking] = useState(false);
  return (
    <li className="entity-waivers__item" data-rule-id={waiver.ruleId}>
      <div>
        <Link to={paths.scorecard(waiver.scorecardSlug)}>{scorecardName}</Link> · <code>{waiver.ruleId}</code>
        <p className="entity-waivers__reason">“{waiver.reason}”</p>
        <p className="entity-waivers__meta">
          Granted by {waiver.grantedBy} on {waiver.grantedAt.slice(0, 10)}, expires <time dateTime={waiver.expiresAt}>{waiver.expiresAt.slice(0, 10)}</time>
        </p>
      </div>
      <button type="button" className="button button--small button--danger-outline" onClick={() => setRevoking(true)} aria-label={`Revoke the waiver of ${waiver.ruleId}`}>
        Revoke
      </button>
      <RevokeWaiverDialog open={revoking} onClose={() => setRevoking(false)} waiver={waiver} ruleTitle={waiver.ruleId} />
    </li>
  );
}
