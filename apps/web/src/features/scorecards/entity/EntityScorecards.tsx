import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { plural } from "../../../lib/labels.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { Section } from "../../../ui/Section.tsx";
import { LevelBadge } from "../shared/LevelBadge.tsx";
import { RuleStatusBadge } from "../shared/RuleStatusBadge.tsx";
import { EntityWaivers } from "./EntityWaivers.tsx";
import { ScorecardRules } from "./ScorecardRules.tsx";
import type { TEntityScorecard, TScoredEntityRef } from "./types.ts";
import "./EntityScorecards.css";

/**
 * The "Scorecards" section of a component, team, bounded-context or namespace page: every scorecard
 * scoring the entity with its level and what blocks the next one; a row expands to every rule.
 */
export function EntityScorecards({ entity }: { entity: TScoredEntityRef }) {
  const trpc = useTRPC();
  const scorecards = useQuery(trpc.scorecard.forEntity.queryOptions({ entity }));
  const list = scorecards.data;
  return (
    <Section
      title="Scorecards"
      count={list?.length}
      actions={
        <Link to={paths.scorecards} className="button button--small">
          All scorecards
        </Link>
      }
    >
      {scorecards.isError && !list ? (
        <ErrorBanner title="Could not load the scorecards." onRetry={() => void scorecards.refetch()}>
          {errorMessage(scorecards.error)}
        </ErrorBanner>
      ) : !list ? (
        <Loading label="Scoring…" />
      ) : list.length === 0 ? (
        <p className="subtle">No scorecard scores this {entity.kind.replace("-", " ")}.</p>
      ) : (
        <>
          <ul className="stack-list entity-scorecards" aria-label="Scorecards scoring this entry">
            {list.map((summary) => (
              <ScorecardRow key={summary.scorecard.slug} entity={entity} summary={summary} />
            ))}
          </ul>
          <EntityWaivers entity={entity} scorecards={list} />
        </>
      )}
    </Section>
  );
}

function nextLine(summary: TEntityScorecard): string {
  if (!summary.next) return "Top level reached";
  const count = summary.next.rules.length;
  return `Next: ${summary.next.level} — ${plural(count, "rule")} to fix`;
}

function ScorecardRow({ entity, summary }: { entity: TScoredEntityRef; summary: TEntityScorecard }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const { scorecard, counts } = summary;
  return (
    <li className={open ? "entity-scorecard entity-scorecard--open" : "entity-scorecard"} data-scorecard={scorecard.slug} aria-label={scorecard.name}>
      <div className="entity-scorecard__row">
        <button type="button" className="entity-scorecard__toggle-button" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
          <span className="entity-scorecard__chevron" aria-hidden="true">
            ▸
          </span>
          <span className="entity-scorecard__name">{scorecard.name}</span>
        </button>
        <LevelBadge ladder={scorecard.ladder} levelIndex={summary.levelIndex} />
        <span className="entity-scorecard__score" title="Weighted share of passing rules; waived rules count neither way">
          {summary.score}%
        </span>
        <span className="entity-scorecard__counts" aria-label={`${counts.pass} pass, ${counts.fail} fail, ${counts.unknown} unknown, ${counts.waived} waived`}>
          <RuleStatusBadge status="pass" count={counts.pass} />
          <RuleStatusBadge status="fail" count={counts.fail} />
          <RuleStatusBadge status="unknown" count={counts.unknown} />
          {counts.waived > 0 ? <RuleStatusBadge status="waived" count={counts.waived} /> : null}
        </span>
        <span className={summary.next ? "entity-scorecard__next" : "entity-scorecard__next entity-scorecard__next--top"}>{nextLine(summary)}</span>
        <Link to={paths.scorecard(scorecard.slug)} className="entity-scorecard__link">
          Open scorecard<span className="visually-hidden"> {scorecard.name}</span>
        </Link>
      </div>
      {open ? <ScorecardRules entity={entity} summary={summary} panelId={panelId} /> : null}
    </li>
  );
}
