import type { RouterOutputs } from "@topograph/api";
import { COMPONENT_KIND_LABELS } from "@topograph/domain";
import { useId } from "react";
import { Link } from "react-router";
import { labelOf } from "../../../lib/labels.ts";
import { paths } from "../../../lib/paths.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { CATEGORY_LABELS, EVIDENCE_KIND_LABELS, SCOPE_JUDGED_LABELS } from "../shared/practice-labels.ts";
import "./PracticeItemCard.css";

type TCatalogue = RouterOutputs["practice"]["list"];
type TPracticeItem = TCatalogue["items"][number];

/** One practice of the catalogue: what it asks, of whom, at which level, and how evidence proves it. */
export function PracticeItemCard({ item, decisionTitle }: { item: TPracticeItem; decisionTitle?: string }) {
  const id = useId();
  return (
    <li className="practice-item" id={`practice-${item.id}`} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <div className="practice-item__head">
        <h3 id={`${id}-title`} className="practice-item__title">
          {item.title}
        </h3>
        <code className="practice-item__id">{item.id}</code>
      </div>
      <p className="practice-item__description">{item.description}</p>
      <dl className="practice-item__facts">
        <div>
          <dt>Category</dt>
          <dd>{labelOf(CATEGORY_LABELS, item.category)}</dd>
        </div>
        <div>
          <dt>Judged</dt>
          <dd>{labelOf(SCOPE_JUDGED_LABELS, item.scope)}</dd>
        </div>
        {item.scope === "component" ? (
          <div>
            <dt>Applies to</dt>
            <dd>
              {item.appliesTo === "all" ? (
                "Every component kind"
              ) : (
                <ul className="inline-list" aria-label="Component kinds">
                  {item.appliesTo.map((kind) => (
                    <li key={kind}>
                      <Badge>{labelOf(COMPONENT_KIND_LABELS, kind)}</Badge>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Evidence</dt>
          <dd>
            {item.evidence ? (
              <>
                <Badge tone="accent">Machine-verifiable</Badge>{" "}
                <span className="practice-item__evidence-kinds">{item.evidence.kinds.map((kind) => labelOf(EVIDENCE_KIND_LABELS, kind)).join(", ")}</span>
                <span className="practice-item__how">{item.evidence.how}</span>
              </>
            ) : (
              <span className="subtle">Judged by people: a review, an agreement or a process.</span>
            )}
          </dd>
        </div>
        {item.decisionPointId ? (
          <div>
            <dt>Follows from</dt>
            <dd>
              <Link to={paths.decision(item.decisionPointId)}>{decisionTitle ?? item.decisionPointId}</Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {item.scope === "component" ? (
        <p className="practice-item__action">
          <Link to={paths.bulkAnswer(item.id)}>Answer for many components</Link>
        </p>
      ) : null}
    </li>
  );
}
