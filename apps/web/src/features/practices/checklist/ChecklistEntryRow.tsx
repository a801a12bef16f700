import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { EvidenceLinks } from "../shared/EvidenceLinks.tsx";
import type { TChecklistScope } from "../shared/scope.ts";
import { scopeKindLabel } from "../shared/scope.ts";
import { StatusBadge } from "../shared/StatusBadge.tsx";
import { AnswerForm } from "./AnswerForm.tsx";
import { AnswerSource } from "./AnswerSource.tsx";
import type { TChecklistEntry } from "./checklist-types.ts";
import { HistoryList } from "./HistoryList.tsx";
import { VerifiedBadge, VerifiedEvidence } from "./VerifiedEvidence.tsx";
import "./ChecklistEntryRow.css";

type TPanel = "answer" | "history" | null;

/** The label of the button that opens the answer form: what answering means for this entry. */
function answerLabel(entry: TChecklistEntry): string {
  if (entry.source === "answered") return "Edit answer";
  if (entry.source === "inherited") return "Override";
  return "Answer";
}

/** One practice on a checklist: its status and where it comes from, with its answer form and history in place. */
export function ChecklistEntryRow({ scope, entry }: { scope: TChecklistScope; entry: TChecklistEntry }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [panel, setPanel] = useState<TPanel>(null);
  const [saved, setSaved] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const answerButton = useRef<HTMLButtonElement>(null);
  const { item } = entry;

  // A saved answer is announced, then the message fades once the user moves on.
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), 6000);
    return () => clearTimeout(timer);
  }, [saved]);

  const toggle = (next: Exclude<TPanel, null>) => {
    setSaved(false);
    setPanel((current) => (current === next ? null : next));
  };
  const closeForm = () => {
    setPanel(null);
    answerButton.current?.focus();
  };

  return (
    <li className={`checklist-entry checklist-entry--${entry.status}`} id={`practice-${item.id}`} aria-labelledby={`${id}-title`}>
      <div className="checklist-entry__status">
        <StatusBadge status={entry.status} />
        {entry.verified ? <VerifiedBadge verified={entry.verified} contradicted={entry.contradicted} /> : null}
      </div>
      <div className="checklist-entry__main">
        <h3 id={`${id}-title`} className="checklist-entry__title">
          {item.title}
        </h3>
        <p className="checklist-entry__description">{item.description}</p>
        <div className="checklist-entry__facts">
          <Link to={paths.practiceItem(item.id)} className="checklist-entry__id" title="Open in the practice catalogue">
            <code>{item.id}</code>
          </Link>
          {item.verification.by === "evidence" ? (
            <Badge tone="accent" title={item.verification.how}>
              Machine-verifiable
            </Badge>
          ) : null}
          {item.scope !== scope.kind ? <Badge>Judged per {scopeKindLabel(item.scope).toLowerCase()}</Badge> : null}
        </div>
        <AnswerSource entry={entry} />
        {entry.answer?.note ? <p className="checklist-entry__note">{entry.answer.note}</p> : null}
        {entry.answer ? <EvidenceLinks links={entry.answer.evidenceLinks} /> : null}
        <VerifiedEvidence entry={entry} />
        {saved ? (
          <p className="checklist-entry__saved" role="status">
            Answer saved.
          </p>
        ) : null}
      </div>
      <div className="checklist-entry__actions">
        <button
          ref={answerButton}
          type="button"
          className={panel === "answer" ? "button button--small checklist-entry__toggle--open" : "button button--small"}
          aria-expanded={panel === "answer"}
          aria-controls={`${id}-panel`}
          onClick={() => toggle("answer")}
        >
          {answerLabel(entry)}
          <span className="visually-hidden"> “{item.title}”</span>
        </button>
        <button
          type="button"
          className={panel === "history" ? "button button--ghost button--small checklist-entry__toggle--open" : "button button--ghost button--small"}
          aria-expanded={panel === "history"}
          aria-controls={`${id}-panel`}
          onClick={() => toggle("history")}
        >
          History<span className="visually-hidden"> of “{item.title}”</span>
        </button>
      </div>
      <div id={`${id}-panel`} className="checklist-entry__panel" hidden={panel === null}>
        {panel === "answer" ? (
          <AnswerForm
            key={formKey}
            scope={scope}
            entry={entry}
            onCancel={closeForm}
            onSaved={() => {
              closeForm();
              setSaved(true);
            }}
            onReload={async () => {
              await queryClient.refetchQueries({ queryKey: trpc.checklist.get.queryKey({ scope }) });
              setFormKey((key) => key + 1);
            }}
          />
        ) : null}
        {panel === "history" ? (
          <div className="checklist-entry__history">
            <h4 className="checklist-entry__panel-title">Changes on this checklist</h4>
            <HistoryList
              scope={scope}
              itemId={item.id}
              pageSize={5}
              empty={
                entry.source === "inherited" && entry.inheritedFrom
                  ? `Never answered on this checklist: the status is inherited from ${entry.inheritedFrom.name}, whose checklist keeps its history.`
                  : "Never answered on this checklist."
              }
            />
          </div>
        ) : null}
      </div>
    </li>
  );
}
