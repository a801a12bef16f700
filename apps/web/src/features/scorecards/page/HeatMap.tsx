import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { EmptyState } from "../../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { Section } from "../../../ui/Section.tsx";
import { DistributionBar } from "../shared/DistributionBar.tsx";
import { formatPercent, passRateColour } from "../shared/heat-colour.ts";
import type { TRollup, TRollupRow } from "../shared/scorecard-types.ts";
import type { THeatMapGroup } from "./table-params.ts";
import "./HeatMap.css";

const GROUP_WORDS: Record<THeatMapGroup, { label: string; singular: string; kind: "team" | "bounded-context" }> = {
  team: { label: "Teams", singular: "Team", kind: "team" },
  boundedContext: { label: "Bounded contexts", singular: "Bounded context", kind: "bounded-context" },
};

interface THeatMapProps {
  slug: string;
  groupBy: THeatMapGroup;
  onGroupByChange: (groupBy: THeatMapGroup) => void;
  /** The scored-entity table's URL filtered to one row's team or context. */
  tableLink: (groupBy: THeatMapGroup, key: string) => string;
  onShowEntities: () => void;
}

/** The rules in ladder order, each level's rules together, so the header can span them by level. */
function columnsOf(rollup: TRollup) {
  const levels = rollup.ladder
    .map((level) => ({ ...level, rules: rollup.rules.filter((rule) => rule.level === level.name) }))
    .filter((level) => level.rules.length > 0);
  return { levels, rules: levels.flatMap((level) => level.rules) };
}

/**
 * Teams (or bounded contexts) × rules: each cell the share of the row's entities passing the rule,
 * red to green; "—" where none of them is judged (all waived, or none scored).
 */
export function HeatMap({ slug, groupBy, onGroupByChange, tableLink, onShowEntities }: THeatMapProps) {
  const trpc = useTRPC();
  const rollup = useQuery({ ...trpc.scorecard.rollup.queryOptions({ scorecardId: slug, groupBy }), placeholderData: keepPreviousData });
  const words = GROUP_WORDS[groupBy];

  const toggle = (
    <div className="heat-map__toggle" role="group" aria-label="Rows of the heat map">
      {(Object.keys(GROUP_WORDS) as THeatMapGroup[]).map((group) => (
        <button key={group} type="button" className="button button--small" aria-pressed={group === groupBy} onClick={() => onGroupByChange(group)}>
          {GROUP_WORDS[group].label}
        </button>
      ))}
    </div>
  );

  let body;
  if (rollup.isError && !rollup.data) {
    body = (
      <ErrorBanner title="Could not load the heat map." onRetry={() => void rollup.refetch()}>
        {errorMessage(rollup.error)}
      </ErrorBanner>
    );
  } else if (!rollup.data) {
    body = <Loading label="Loading the heat map…" />;
  } else if (rollup.data.rows.length === 0 || rollup.data.rules.length === 0) {
    body = <EmptyState title={rollup.data.rules.length === 0 ? "This scorecard has no rules yet." : "No entity is scored yet."} />;
  } else {
    const { levels, rules } = columnsOf(rollup.data);
    body = (
      <>
        <div className={rollup.isPlaceholderData ? "heat-map__scroll heat-map__scroll--stale" : "heat-map__scroll"}>
          <table className="heat-map">
            <caption className="visually-hidden">
              Pass rate of each rule per {words.singular.toLowerCase()}; rows are {words.label.toLowerCase()}, columns are rules grouped by level
            </caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className="heat-map__corner">
                  {words.singular}
                </th>
                <th scope="col" rowSpan={2} className="heat-map__corner">
                  Levels
                </th>
                {levels.map((level) => (
                  <th key={level.name} scope="colgroup" colSpan={level.rules.length} className="heat-map__level" style={{ borderTopColor: level.color }}>
                    {level.name}
                  </th>
                ))}
              </tr>
              <tr>
                {rules.map((rule) => (
                  <th key={rule.id} scope="col" className="heat-map__rule" title={`${rule.title} (${rule.id}) · ${rule.level} · weight ${rule.weight}`}>
                    <span className="heat-map__rule-text">{rule.title}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rollup.data.rows.map((row) => (
                <HeatMapRow key={row.key ?? "none"} row={row} rules={rules} groupBy={groupBy} tableLink={tableLink} onShowEntities={onShowEntities} />
              ))}
            </tbody>
          </table>
        </div>
        <p className="heat-map__scale subtle">
          <span className="heat-map__scale-bar" aria-hidden="true" /> Pass rate 0% → 100% of the entities judged; “—” where none is judged. Entities with several {words.label.toLowerCase()} count in each.
          {rollup.data.total > rollup.data.rows.length ? ` Showing the first ${rollup.data.rows.length} of ${rollup.data.total} rows.` : ""}
        </p>
      </>
    );
  }

  return (
    <Section title="Heat map" actions={toggle}>
      {body}
    </Section>
  );
}

interface THeatMapRowProps {
  row: TRollupRow;
  rules: TRollup["rules"];
  groupBy: THeatMapGroup;
  tableLink: (groupBy: THeatMapGroup, key: string) => string;
  onShowEntities: () => void;
}

function HeatMapRow({ row, rules, groupBy, tableLink, onShowEntities }: THeatMapRowProps) {
  const tallies = new Map(row.rules.map((tally) => [tally.id, tally]));
  const { kind } = GROUP_WORDS[groupBy];
  const count = row.distribution.total;
  const entities = `${count} ${count === 1 ? "entity" : "entities"}`;
  return (
    <tr>
      <th scope="row" className="heat-map__group">
        {row.key ? (
          <Link to={paths.detail(kind, row.key)} className="heat-map__group-name">
            {row.name}
          </Link>
        ) : (
          <span className="heat-map__group-name heat-map__group-name--none">{row.name}</span>
        )}
        {row.key ? (
          <Link to={tableLink(groupBy, row.key)} preventScrollReset onClick={onShowEntities} className="heat-map__group-count" aria-label={`Show the ${entities} of ${row.name} in the table`}>
            {entities}
          </Link>
        ) : (
          <span className="heat-map__group-count">{entities}</span>
        )}
      </th>
      <td className="heat-map__levels">
        <DistributionBar distribution={row.distribution} label={`${row.name} levels`} size="small" />
      </td>
      {rules.map((rule) => {
        const tally = tallies.get(rule.id);
        const colour = tally ? passRateColour(tally.passRate) : null;
        const detail = tally ? `${tally.pass} pass, ${tally.fail} fail, ${tally.unknown} unknown, ${tally.waived} waived` : "not scored";
        return (
          <td key={rule.id} className={colour ? "heat-map__cell" : "heat-map__cell heat-map__cell--empty"} style={colour ? { background: colour } : undefined} title={`${rule.title} · ${row.name}: ${detail}`}>
            {tally && tally.passRate !== null ? formatPercent(tally.passRate) : "—"}
          </td>
        );
      })}
    </tr>
  );
}
