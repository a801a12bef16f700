import { type ReactNode, useEffect, useId, useRef } from "react";
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

/**
 * A modal on the native <dialog>: focus is trapped inside, Escape closes it and focus goes back to
 * the button that opened it.
 */
export function Dialog({ open, title, onClose, children, actions, wide = false }: TDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={wide ? "practice-dialog practice-dialog--wide" : "practice-dialog"}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === ref.current) onClose();
      }}
    >
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
