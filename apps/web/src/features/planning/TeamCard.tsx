import { Badge } from "../../ui/Badge.tsx";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";
import { formatNumber } from "./metric-format.ts";
import type { TTeamCard } from "./planning-types.ts";
import { listDelta, type TCardComparison } from "./team-card-compare.ts";

/** A figure in the scenario, with today's beside it when it differs. */
function Figure({ value, was, hasBaseline }: { value: number | null; was: number | null | undefined; hasBaseline: boolean }) {
  return (
    <>
      {formatNumber(value)}
      {hasBaseline && was !== value ? <span className="team-card__was team-card__was--figure">today {formatNumber(was ?? null)}</span> : null}
    </>
  );
}

/** A list the team holds in the scenario: gains marked, losses struck through. */
function Holdings({ before, after }: { before: string[] | undefined; after: string[] }) {
  const { entries, removed } = listDelta(before, after);
  if (entries.length === 0 && removed.length === 0) return <span className="subtle">None</span>;
  return (
    <ul className="team-card__list">
      {entries.map((entry) =>
        entry.added ? (
          <li key={entry.name}>
            <ins title="Gained in the scenario">{entry.name}</ins>
          </li>
        ) : (
          <li key={entry.name}>{entry.name}</li>
        ),
      )}
      {removed.map((name) => (
        <li key={`removed-${name}`}>
          <del title="Lost in the scenario">{name}</del>
        </li>
      ))}
    </ul>
  );
}

const FIGURES = [
  ["members", "Members"],
  ["fanIn", "Fan-in"],
  ["fanOut", "Fan-out"],
  ["meanScore", "Mean score"],
] as const satisfies readonly (readonly [keyof TTeamCard, string])[];

const LISTS = [
  ["components", "Components"],
  ["repositories", "Repositories"],
  ["boundedContexts", "Bounded contexts"],
  ["namespaces", "Namespaces"],
] as const satisfies readonly (readonly [keyof TTeamCard, string])[];

/** One team as the scenario has it, compared with today: load, dependencies, scores and the metrics' flags. */
export function TeamCard({ comparison }: { comparison: TCardComparison }) {
  const { card, baseline } = comparison;
  const has = baseline !== null;
  const newFlags = new Set(card.flags.filter((flag) => !baseline?.flags.includes(flag)));
  return (
    <article className={`team-card${comparison.changed ? " team-card--changed" : ""}`} id={`team-${card.slug}`} aria-labelledby={`team-${card.slug}-name`} tabIndex={-1}>
      <header className="team-card__header">
        <h3 id={`team-${card.slug}-name`}>{card.name}</h3>
        <VocabularyBadge vocabulary="teamType" value={card.type} />
        {!has ? <Badge tone="violet">New team</Badge> : comparison.changed ? <Badge tone="warning">Changed</Badge> : null}
      </header>
      {has && baseline.name !== card.name ? <p className="team-card__was">Today: {baseline.name}</p> : null}
      <dl className="team-card__facts">
        {FIGURES.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>
              <Figure value={card[key]} was={baseline?.[key]} hasBaseline={has} />
            </dd>
          </div>
        ))}
        {LISTS.map(([key, label]) => (
          <div key={key} className="team-card__holding">
            <dt>
              {label} ({card[key].length})
            </dt>
            <dd>
              <Holdings before={baseline?.[key]} after={card[key]} />
            </dd>
          </div>
        ))}
      </dl>
      {card.flags.length > 0 ? (
        <ul className="team-card__flags" aria-label={`Flags on ${card.name}`}>
          {card.flags.map((flag) => (
            <li key={flag}>
              <Badge tone={newFlags.has(flag) && has ? "danger" : "warning"}>{flag}</Badge>
              {newFlags.has(flag) && has ? <span className="team-card__was"> new</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
