import type { ReactNode } from "react";
import { Form } from "../../../ui/form/Form.tsx";
import { useModalDialog } from "../../../ui/use-modal-dialog.ts";
import "./FormDialog.css";

interface TFormDialogProps {
  open: boolean;
  title: string;
  /** Shown under the title: what the form is about. */
  intro?: ReactNode;
  onClose: () => void;
  /** The last failed submit; its field issues show by their fields. */
  error: unknown;
  submitting: boolean;
  submitLabel: string;
  onSubmit: () => void;
  children: ReactNode;
}

/** A modal holding a form: the shared Form frame (field issues by field, the rest on top) in a native dialog. */
export function FormDialog({ open, title, intro, onClose, error, submitting, submitLabel, onSubmit, children }: TFormDialogProps) {
  const { titleId, dialogProps } = useModalDialog(open, onClose, !submitting);
  return (
    <dialog className="form-dialog" {...dialogProps}>
      <div className="form-dialog__body">
        <h2 id={titleId}>{title}</h2>
        {intro ? <div className="form-dialog__intro">{intro}</div> : null}
        {open ? (
          <Form label={title} error={error} submitting={submitting} submitLabel={submitLabel} onSubmit={onSubmit} onCancel={onClose}>
            {children}
          </Form>
        ) : null}
      </div>
    </dialog>
  );
}
