import { type MouseEvent, useEffect, useId, useRef } from "react";

/**
 * The behaviour of a modal on the native <dialog>: it opens and closes with `open`, traps focus,
 * closes on Escape and on a backdrop click (unless `canClose` is false), and returns focus to the
 * button that opened it. Spread `dialogProps` on the <dialog> and label it with `titleId`.
 */
export function useModalDialog(open: boolean, onClose: () => void, canClose = true) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return {
    titleId,
    dialogProps: {
      ref,
      "aria-labelledby": titleId,
      onClose,
      // A click on the backdrop lands on the dialog element itself.
      onClick: (event: MouseEvent<HTMLDialogElement>) => {
        if (event.target === ref.current && canClose) onClose();
      },
    },
  };
}
