import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { plural } from "../../../lib/labels.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { Section } from "../../../ui/Section.tsx";
import { TrendChart } from "../shared/TrendChart.tsx";
import type { TGroupRollup, TRollupGroupBy } from "./types.ts";
import "./GroupRollups.css";

interface TGroupRollupsProps {
  groupBy: TRollupGroupBy;
  slug: string;
  /** The group's name, for labels: "Payments team". */
  name: string;
}

const KIND_PLURAL: Record<string, string> = { component: "components", team: "teams", "bounded-context": "bounded contexts", namespace: "namespaces" };
/** The group's own kind: its own scorecards show in the Scorecards section, not rolled up over itself. */
const OWN_KIND: Record<TRollupGroupBy, string> = { team: "team", boundedContext: "bounded-context" };

/** Team and bounded-context pages: each scorecard rolled up over what the team owns or the context holds. */
export function GroupRollups({ groupBy, slug, name }: TGroupRollupsProps) {
  const trpc = useTRPC();
  const rollups = useQuery(trpc.scorecard.rollupFor.queryOptions({ groupBy, slug }));
  const list = rollups.data?.filter((rollup) => rollup.scorecard.entityKind !== OWN_KIND[groupBy]);
  const over = groupBy === "team" ? "what the team owns" : "what the context holds";
  return (
    <Section title="Scorecard rollup" count={list?.length}>
      {rollups.isError && !list ? (
        <ErrorBanner title="Could not load the rollup." onRetry={() => void rollups.refetch()}>
          {errorMessage(rollups.error)}
        </ErrorBanner>
      ) : !list ? (
        <Loading label="Rolling up…" />
      ) : list.length === 0 ? (
        <p className="subtle">No scorecard scores anything {groupBy === "team" ? "this team owns" : "in this context"} yet.</p>
      ) : (
        <>
          <p className="group-rollups__intro subtle">Levels and weakest rules over {over}.</p>
          <ul className="group-rollups">
            {list.map((rollup) => (
              <RollupCard key={rollup.scorecard.slug} rollup={rollup} groupBy={groupBy} slug={slug} name={name} />
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function RollupCard({ rollup, groupBy, slug, name }: { rollup: TGroupRollup } & TGroupRollupsProps) {
  const trpc = useTRPC();
  const history = useQuery(trpc.scorecard.history.queryOptions({ scorecardId: rollup.scorecard.slug, group: { groupBy, slug } }));
  const { scorecard, distribution } = rollup;
  const kinds = KIND_PLURAL[scorecard.entityKind] ?? scorecard.entityKind;
  const filtered = paths.scorecard(scorecard.slug, groupBy === "team" ? { team: slug } : { boundedContext: slug });
  const segments = [{ name: "No level", color: "", count: distribution.belowFirst }, ...distribution.levels];
  return (
    <li className="group-rollup" data-scorecard={scorecard.slug} aria-label={scorecard.name}>
      <div className="group-rollup__head">
        <h3 className="group-rollup__title">{scorecard.name}</h3>
        <span className="group-rollup__average">
          average <strong>{distribution.averageScore}%</strong> over {plural(distribution.total, kinds.replace(/s$/, ""), kinds)}
        </span>
        <Link to={filtered} className="group-rollup__link">
          See {kinds} of {name} on the scorecard
        </Link>
      </div>
      <div className="group-rollup__bar" role="img" aria-label={segments.map((s) => `${s.name}: ${s.count}`).join(", ")}>
        {segments.map((segment) =>
          segment.count > 0 ? (
            <span
              key={segment.name}
              className={segment.color ? "group-rollup__segment" : "group-rollup__segment group-rollup__segment--none"}
              style={{ flexGrow: segment.count, ...(segment.color ? { background: segment.color } : {}) }}
              title={`${segment.name}: ${segment.count}`}
            />
          ) : null,
        )}
      </div>
      <ul className="group-rollup__legend">
        {segments.map((segment) => (
          <li key={segment.name}>
            <span className={segment.color ? "group-rollup__swatch" : "group-rollup__swatch group-rollup__swatch--none"} style={segment.color ? { background: segment.color } : undefined} aria-hidden="true" />
            {segment.name}: <strong>{segment.count}</strong>
          </li>
        ))}
      </ul>
      <div className="group-rollup__body">
        <div className="group-rollup__weakest">
          <h4 className="group-rollup__subheading">Weakest rules</h4>
          {rollup.weakestRules.length === 0 ? (
            <p className="subtle">Every rule passes everywhere it is judged.</p>
          ) : (
            <ol className="group-rollup__rules">
              {rollup.weakestRules.map((rule) => (
                <li key={rule.id}>
                  <span className="group-rollup__rule-title">{rule.title}</span>
                  <span className="group-rollup__rate" title={`${rule.pass} pass, ${rule.fail} fail, ${rule.unknown} unknown, ${rule.waived} waived`}>
                    <span className="group-rollup__rate-bar" aria-hidden="true">
                      <span style={{ width: `${rule.passRate ?? 0}%` }} />
                    </span>
                    {rule.passRate}% pass
                  </span>
                  <span className="group-rollup__rule-counts subtle">
                    {rule.fail} fail · {rule.unknown} unknown{rule.waived > 0 ? ` · ${rule.waived} waived` : ""}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div className="group-rollup__trend">
          <h4 className="group-rollup__subheading">Trend</h4>
          {history.isError && !history.data ? (
            <ErrorBanner title="Could not load the trend." onRetry={() => void history.refetch()}>
              {errorMessage(history.error)}
            </ErrorBanner>
          ) : !history.data ? (
            <Loading label="Loading the trend…" />
          ) : history.data.scope === "group" ? (
            <TrendChart variant="distribution" ladder={history.data.ladder} points={history.data.points} label={`${scorecard.name} over ${kinds} of ${name}, over time`} height={180} />
          ) : null}
        </div>
      </div>
    </li>
  );
}
