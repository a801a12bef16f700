import { useEffect, useId, useRef, useState } from "react";
import { Form } from "../../ui/form/Form.tsx";
import { TextAreaField } from "../../ui/form/TextAreaField.tsx";
import type { TProposal } from "./proposal.ts";
import { useProposeChangeRequest } from "./use-propose-change-request.ts";
import "./ProposeChangeRequest.css";

/**
 * Shown where a save was refused because other teams own what it changes: the refusal, and a way to
 * send the same change to those owners as a change request, with a reason for them to judge.
 */
export function ProposeChangeRequest({ proposal }: { proposal: TProposal }) {
  const propose = useProposeChangeRequest();
  const [reason, setReason] = useState("");
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  // The save button is at the foot of a long form; bring the way forward into view where the refusal is read.
  useEffect(() => panelRef.current?.focus(), []);

  return (
    <section ref={panelRef} className="propose-change-request" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId} className="propose-change-request__title">
        Not saved: only the owners may make this change
      </h2>
      <p role="alert">{proposal.refusal}</p>
      <p className="muted">Propose it to them instead: they see what it changes and your reason, and approve or reject it. It is applied when they approve it.</p>
      <Form
        label="Propose as a change request"
        error={propose.error}
        submitting={propose.isPending}
        submitLabel="Propose as a change request"
        submittingLabel="Proposing…"
        onSubmit={() => propose.mutate({ operation: proposal.operation, input: proposal.input, reason })}
      >
        <TextAreaField name="reason" label="Reason" value={reason} onChange={setReason} hint="Required: why the owners should make this change." />
      </Form>
    </section>
  );
}
