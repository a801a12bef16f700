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
      <div className="practice-item__tags">
        <span className="visually-hidden">Judged: </span>
        <Badge tone="violet">{labelOf(SCOPE_JUDGED_LABELS, item.scope)}</Badge>
        <span className="visually-hidden">Category: </span>
        <Badge>{labelOf(CATEGORY_LABELS, item.category)}</Badge>
        {item.scope === "component" ? (
          <span className="practice-item__applies">
            <span className="practice-item__label">Applies to</span>
            {item.appliesTo === "all" ? (
              <span>every component kind</span>
            ) : (
              <ul className="inline-list" aria-label="Component kinds">
                {item.appliesTo.map((kind) => (
                  <li key={kind}>{labelOf(COMPONENT_KIND_LABELS, kind)}</li>
                ))}
              </ul>
            )}
          </span>
        ) : null}
      </div>
      {item.evidence ? (
        <p className="practice-item__evidence">
          <Badge tone="accent">Machine-verifiable</Badge>
          <span>
            <span className="practice-item__label">from</span> <strong>{item.evidence.kinds.map((kind) => labelOf(EVIDENCE_KIND_LABELS, kind)).join(", ")}:</strong> {item.evidence.how}
          </span>
        </p>
      ) : (
        <p className="practice-item__evidence practice-item__evidence--person">Judged by people: a review, an agreement or a process.</p>
      )}
      {item.decisionPointId || item.scope === "component" ? (
        <p className="practice-item__links">
          {item.decisionPointId ? (
            <span>
              Follows from the decision <Link to={paths.decision(item.decisionPointId)}>{decisionTitle ?? item.decisionPointId}</Link>
            </span>
          ) : null}
          {item.scope === "component" ? <Link to={paths.bulkAnswer(item.id)}>Answer for many components</Link> : null}
        </p>
      ) : null}
    </li>
  );
}
