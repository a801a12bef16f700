import { useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import { formatDateTime } from "../../../lib/format-date.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { sectionTitle } from "../shared/practice-labels.ts";
import { scopeFromRef, scopeKindLabel, type TChecklistScope } from "../shared/scope.ts";
import { AlternativeMarks } from "./AlternativeMarks.tsx";
import type { TOwnDecision } from "./decision-source.ts";
import { DecisionForm } from "./DecisionForm.tsx";
import type { TScopeDecision } from "./decision-types.ts";
import { DiscouragedWarning } from "./DiscouragedWarning.tsx";
import "./DecisionRow.css";

type TRecorded = RouterOutputs["decision"]["record"];

interface TDecisionRowProps {
  scope: TChecklistScope;
  entry: TScopeDecision;
  /** This scope's own decision record for the point, if any (its version guards the next change). */
  own?: TOwnDecision;
}

/** Where a decision in force comes from, in words, with a link to the scope that made it. */
function DecisionSource({ entry }: { entry: TScopeDecision }) {
  const { decision } = entry;
  switch (entry.source) {
    case "own":
      return <strong>Decided here</strong>;
    case "inherited": {
      const from = decision && "scope" in decision && decision.scope ? decision.scope : null;
      const scope = from ? scopeFromRef(from) : null;
      return (
        <>
          <strong>Inherited</strong>
          {from ? (
            <>
              {" "}
              from {scopeKindLabel(from.kind).toLowerCase()} {scope ? <Link to={paths.checklist(scope)}>{from.name}</Link> : from.name}
            </>
          ) : null}
        </>
      );
    }
    case "setting":
      return (
        <>
          <strong>Catalog setting</strong> — no recorded decision explains it yet (<Link to={paths.settings}>settings</Link>)
        </>
      );
    default:
      return <strong>Undecided</strong>;
  }
}

/** One decision point as it stands for a scope, with a form to record this scope's own decision. */
export function DecisionRow({ scope, entry, own }: TDecisionRowProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [recorded, setRecorded] = useState<TRecorded | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { point, decision } = entry;
  const alternative = decision ? point.alternatives.find((other) => other.id === decision.alternativeId) : undefined;
  const details = decision && "decidedBy" in decision ? decision : null;

  useEffect(() => {
    if (!recorded) return;
    const timer = setTimeout(() => setRecorded(null), 10000);
    return () => clearTimeout(timer);
  }, [recorded]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <li className={`decision-row decision-row--${entry.source}`} aria-labelledby={`${id}-title`}>
      <div className="decision-row__main">
        <p className="decision-row__section">{sectionTitle(point.section)}</p>
        <h3 id={`${id}-title`} className="decision-row__title">
          <Link to={paths.decision(point.id)}>{point.title}</Link>
        </h3>
        <p className="decision-row__question">{point.question}</p>
        <div className="decision-row__choice">
          {decision ? (
            <>
              <span className="decision-row__alternative">{decision.alternativeTitle}</span>
              {alternative ? <AlternativeMarks alternative={alternative} /> : null}
            </>
          ) : (
            <span className="decision-row__alternative decision-row__alternative--none">No alternative chosen</span>
          )}
        </div>
        <p className="decision-row__source">
          <DecisionSource entry={entry} />
          {details?.decidedBy ? (
            <>
              {" "}
              · by {details.decidedBy}
              {details.decidedAt ? (
                <>
                  {" "}
                  · <time dateTime={String(details.decidedAt)}>{formatDateTime(details.decidedAt)}</time>
                </>
              ) : null}
            </>
          ) : null}
        </p>
        {details?.rationale ? <p className="decision-row__rationale">{details.rationale}</p> : null}
        {decision?.warning ? <DiscouragedWarning reason={decision.warning} lead="In force against the article's advice." /> : null}
        {recorded ? (
          <p className="decision-row__recorded" role="status">
            Decision recorded: {recorded.alternativeTitle}.{recorded.warning ? " It stays flagged with the article's warning." : ""}
          </p>
        ) : null}
      </div>
      <div className="decision-row__actions">
        <button ref={button} type="button" className="button button--small" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen((value) => !value)}>
          {entry.source === "own" ? "Change decision" : "Record decision"}
          <span className="visually-hidden"> “{point.title}”</span>
        </button>
      </div>
      <div id={`${id}-form`} className="decision-row__form" hidden={!open}>
        {open ? (
          <DecisionForm
            key={formKey}
            scope={scope}
            point={point}
            currentId={decision?.alternativeId}
            own={own}
            onCancel={close}
            onSaved={(result) => {
              close();
              setRecorded(result);
            }}
            onReload={async () => {
              await queryClient.refetchQueries({ queryKey: trpc.decision.pathKey() });
              setFormKey((key) => key + 1);
            }}
          />
        ) : null}
      </div>
    </li>
  );
}
