import type { ReactNode } from "react";
import { useModalDialog } from "../../../ui/use-modal-dialog.ts";
import "./Dialog.css";

interface TDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom; a Close button is always there. */
  actions?: ReactNode;
  wide?: boolean;
}

/** A modal with a title, content and a row of actions ending in Close (behaviour: useModalDialog). */
export function Dialog({ open, title, onClose, children, actions, wide = false }: TDialogProps) {
  const { titleId, dialogProps } = useModalDialog(open, onClose);

  return (
    <dialog className={wide ? "practice-dialog practice-dialog--wide" : "practice-dialog"} {...dialogProps}>
      <div className="practice-dialog__body">
        <h2 id={titleId}>{title}</h2>
        {open ? children : null}
        <div className="practice-dialog__actions button-row">
          {actions}
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}
