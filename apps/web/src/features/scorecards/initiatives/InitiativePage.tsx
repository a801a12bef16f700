import { useQuery } from "@tanstack/react-query";
import { SCORED_KIND_LABELS } from "@topograph/domain";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { errorMessage, isNotFound } from "../../../lib/api-error.ts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { labelOf } from "../../../lib/labels.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { EmptyState } from "../../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { Section } from "../../../ui/Section.tsx";
import { EntityAuditTrail } from "../../audit/EntityAuditTrail.tsx";
import { DeleteButton } from "../../catalog/DeleteButton.tsx";
import { useAllReferenceOptions } from "../../catalog/reference-options.ts";
import { Breadcrumb } from "../shared/Breadcrumb.tsx";
import { LevelBadge } from "../shared/LevelBadge.tsx";
import { ScorecardNotFound } from "../shared/ScorecardNotFound.tsx";
import type { TInitiative } from "../shared/scorecard-types.ts";
import { InitiativeForm } from "./InitiativeForm.tsx";
import { InitiativeProgressBar } from "./InitiativeProgressBar.tsx";
import { InitiativeProgressChart } from "./InitiativeProgressChart.tsx";
import { formatTargetDate } from "./target-date.ts";
import "../../../ui/DataTable.css";
import "./Initiatives.css";

/** One initiative: the goal, how far it has come, over time, and which teams still have work to do. */
export function InitiativePage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const initiative = useQuery({ ...trpc.initiative.get.queryOptions({ slug }), refetchOnWindowFocus: !editing });
  useDocumentTitle(initiative.data?.name ?? "Initiative");

  if (initiative.isError && !initiative.data) {
    if (isNotFound(initiative.error)) return <ScorecardNotFound slug={slug} noun="initiative" />;
    return (
      <ErrorBanner title="Could not load the initiative." onRetry={() => void initiative.refetch()}>
        {errorMessage(initiative.error)}
      </ErrorBanner>
    );
  }
  if (!initiative.data) return <Loading label={`Loading initiative “${slug}”…`} />;
  const data = initiative.data;
  if (editing) {
    return (
      <>
        <Breadcrumb
          trail={[
            { to: paths.initiatives, label: "Initiatives" },
            { to: paths.initiative(data.slug), label: data.name },
          ]}
          current="Edit"
        />
        <PageHeader eyebrow="Edit initiative" title={data.name} />
        <InitiativeForm key={data.version} initiative={data} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} onReload={() => void initiative.refetch()} />
      </>
    );
  }
  return <InitiativeView initiative={data} onEdit={() => setEditing(true)} />;
}

function InitiativeView({ initiative, onEdit }: { initiative: TInitiative; onEdit: () => void }) {
  const teams = useAllReferenceOptions("team");
  const teamNames = new Map(teams.options.map((team) => [team.value, team.label]));
  const kind = initiative.scorecard.entityKind;
  const ruleTitles = new Map(initiative.rules.map((rule) => [rule.id, rule.title]));
  const targetIndex = initiative.ladder.findIndex((level) => level.name === initiative.targetLevel);
  const { status } = initiative;
  const kindName = labelOf(SCORED_KIND_LABELS, kind).toLowerCase();
  const kindWords = `${kindName}s`;
  const behind = status.inScope - status.done;

  return (
    <>
      <Breadcrumb trail={[{ to: paths.initiatives, label: "Initiatives" }]} current={initiative.name} />
      <PageHeader
        eyebrow="Initiative"
        title={initiative.name}
        meta={
          <>
            <span>
              Scorecard: <Link to={paths.scorecard(initiative.scorecard.slug)}>{initiative.scorecard.name}</Link>
            </span>
            <span>
              Target: <LevelBadge ladder={initiative.ladder} levelIndex={targetIndex} size="small" />
            </span>
            <span>By {formatTargetDate(initiative.targetDate)}</span>
            {initiative.closed ? <Badge>Closed</Badge> : initiative.overdue ? <Badge tone="danger">Overdue</Badge> : null}
            {initiative.ownerTeam ? (
              <span>
                Owner: <Link to={paths.detail("team", initiative.ownerTeam.slug)}>{initiative.ownerTeam.name}</Link>
              </span>
            ) : null}
          </>
        }
        description={initiative.description || undefined}
        actions={
          <>
            <button type="button" className="button button--primary" onClick={onEdit}>
              Edit
            </button>
            <DeleteInitiativeButton initiative={initiative} />
          </>
        }
      />
      <div className="stack">
        <div className="initiative-page__overview">
          <Section title="Progress">
            <div className="initiative-page__progress">
              <p className="initiative-page__goal">
                Every {kindName} in scope reaches <strong>{initiative.targetLevel}</strong> on {initiative.scorecard.name} by{" "}
                <strong>{formatTargetDate(initiative.targetDate)}</strong>.
              </p>
              <p className="initiative-page__big">
                <strong>{status.percent}%</strong>
                <span className="subtle">
                  {status.done} of {status.inScope} {kindWords} at {initiative.targetLevel} or above
                </span>
              </p>
              <InitiativeProgressBar percent={status.percent} label={`${initiative.name} progress`} />
              {initiative.closed ? (
                <p className="initiative-page__closed" role="note">
                  Closed on {formatDateTime(initiative.closed.at)}, after its target date: <strong>{initiative.closed.percent}%</strong> ({initiative.closed.done} of {initiative.closed.inScope}{" "}
                  {kindWords}) had reached {initiative.targetLevel}. The figures above are today's.
                </p>
              ) : null}
              {initiative.overdue && !initiative.closed ? (
                <p className="initiative-page__overdue" role="note">
                  The target date has passed with {behind === 1 ? "1 entity" : `${behind} entities`} still below {initiative.targetLevel}.
                </p>
              ) : null}
            </div>
          </Section>
          <Section title="Over time">
            <InitiativeProgressChart points={initiative.progress} label={`Share of ${kindWords} at ${initiative.targetLevel} over time`} targetDate={initiative.targetDate} />
          </Section>
        </div>
        <Section title="Who still has work to do" count={status.remaining.length}>
          {status.remaining.length === 0 ? (
            <EmptyState title={status.inScope === 0 ? "Nothing is in scope." : "Everyone has reached the target."}>
              {status.inScope === 0 ? "The scorecard scores no entity this initiative's scope admits." : `All ${status.inScope} ${kindWords} are at ${initiative.targetLevel} or above.`}
            </EmptyState>
          ) : (
            <ul className="initiative-work">
              {status.remaining.map((work) => (
                <li key={work.team ?? "none"} className="initiative-work__team">
                  <h3 className="initiative-work__heading">
                    {work.team ? <Link to={paths.detail("team", work.team)}>{teamNames.get(work.team) ?? work.team}</Link> : <span className="subtle">No owning team</span>}{" "}
                    <span className="subtle">
                      {work.entities.length === 1 ? "1 entity" : `${work.entities.length} entities`} below {initiative.targetLevel}
                    </span>
                  </h3>
                  <table className="data-table initiative-work__table">
                    <caption className="visually-hidden">Entities of {work.team ? (teamNames.get(work.team) ?? work.team) : "no owning team"} below the target level</caption>
                    <thead>
                      <tr>
                        <th scope="col">Entity</th>
                        <th scope="col">Level now</th>
                        <th scope="col">Blocking rules</th>
                      </tr>
                    </thead>
                    <tbody>
                      {work.entities.map((entity) => (
                        <tr key={entity.slug}>
                          <td>
                            <Link to={paths.detail(kind, entity.slug)}>{entity.name}</Link>
                          </td>
                          <td className="data-table__nowrap">
                            <LevelBadge ladder={initiative.ladder} levelIndex={entity.levelIndex} size="small" />
                          </td>
                          <td>
                            <ul className="inline-list">
                              {entity.blockingRules.map((ruleId) => (
                                <li key={ruleId}>
                                  <code title={ruleTitles.get(ruleId)}>{ruleId}</code>
                                </li>
                              ))}
                            </ul>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <EntityAuditTrail kind="initiative" slug={initiative.slug} />
      </div>
    </>
  );
}

function DeleteInitiativeButton({ initiative }: { initiative: TInitiative }) {
  const trpc = useTRPC();
  return (
    <DeleteButton mutation={trpc.initiative.delete.mutationOptions()} variables={{ id: initiative.id, version: initiative.version }} afterDelete={paths.initiatives} title={`Delete initiative “${initiative.name}”?`} confirmLabel="Delete initiative">
      The scorecard and its scores stay; only the initiative and its target go.
    </DeleteButton>
  );
}
