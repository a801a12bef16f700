import { Link } from "react-router";
import { formatDateTime } from "../../../lib/format-date.ts";
import { paths } from "../../../lib/paths.ts";
import { scopeFromRef, scopeKindLabel } from "../shared/scope.ts";
import type { TChecklistEntry } from "./checklist-types.ts";

/** Where an entry's status comes from: answered on this checklist, inherited (with a link), or nobody yet. */
export function AnswerSource({ entry }: { entry: TChecklistEntry }) {
  const by = entry.answer ? (
    <>
      {" "}
      by {entry.answer.answeredBy} · <time dateTime={String(entry.answer.answeredAt)}>{formatDateTime(entry.answer.answeredAt)}</time>
    </>
  ) : null;
  if (entry.source === "answered") {
    return (
      <p className="answer-source answer-source--answered">
        <strong>Answered here</strong>
        {by}
      </p>
    );
  }
  if (entry.source === "inherited" && entry.inheritedFrom) {
    const from = entry.inheritedFrom;
    const scope = scopeFromRef(from);
    return (
      <p className="answer-source answer-source--inherited">
        <strong>Inherited</strong> from {scopeKindLabel(from.kind).toLowerCase()} {scope ? <Link to={paths.checklist(scope)}>{from.name}</Link> : from.name}
        {by}
      </p>
    );
  }
  return <p className="answer-source answer-source--unanswered">Not answered yet</p>;
}
