import { useMutation } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { useTRPC } from "../../lib/trpc.ts";
import { Form } from "../../ui/form/Form.tsx";
import { withFieldPaths } from "./operation-issues.ts";
import type { TOperation } from "./planning-types.ts";

interface TOperationFormProps {
  scenarioId: string;
  /** Names the form, e.g. "Move an item". */
  label: string;
  /** The operation the fields describe, read when the form is sent. */
  operation: () => TOperation;
  /** After the change is added: clear what should not be sent twice. */
  onAdded?: () => void;
  children: ReactNode;
}

/**
 * The frame of every change form: sends one operation to `scenario.change`, shows the server's
 * messages next to the fields they are about (list entries under their list) and says what was added.
 */
export function OperationForm({ scenarioId, label, operation, onAdded, children }: TOperationFormProps) {
  const trpc = useTRPC();
  const change = useMutation(trpc.scenario.change.mutationOptions());
  const error = useMemo(() => (change.error ? withFieldPaths(change.error) : null), [change.error]);
  return (
    <>
      <Form label={label} error={error} submitting={change.isPending} submitLabel="Add change" submittingLabel="Adding…" onSubmit={() => change.mutate({ scenarioId, operation: operation() }, { onSuccess: () => onAdded?.() })}>
        <div className="form-grid">{children}</div>
      </Form>
      <p className="operation-form__status" role="status">
        {change.isSuccess ? `Added: ${change.data.summary}.` : ""}
      </p>
    </>
  );
}
