import type { ReactNode } from "react";
import { useModalDialog } from "./use-modal-dialog.ts";
import "./ConfirmDialog.css";

interface TConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Shown in the dialog when confirming failed, e.g. why a delete is refused. */
  error?: ReactNode;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A modal confirmation on the native <dialog>: it traps focus, closes on Escape and returns focus
 * to the button that opened it, all without a library.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, error, busy = false, onConfirm, onClose }: TConfirmDialogProps) {
  const { titleId, dialogProps } = useModalDialog(open, onClose, !busy);

  return (
    <dialog className="confirm-dialog" {...dialogProps}>
      <div className="confirm-dialog__body">
        <h2 id={titleId}>{title}</h2>
        <div className="confirm-dialog__text">{children}</div>
        {error ? (
          <div className="confirm-dialog__error" role="alert">
            {error}
          </div>
        ) : null}
        <div className="confirm-dialog__actions button-row">
          <button type="button" className="button" onClick={onClose} autoFocus>
            {error ? "Close" : "Cancel"}
          </button>
          {error ? null : (
            <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy}>
              {busy ? "Working…" : confirmLabel}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}
