import { useEffect, useRef, type ReactNode } from 'react';
import './shelves.css';

interface Props {
  title: string;
  children: ReactNode;
  /** The button that does it, named for what it does ("Move to Trash"). */
  confirm: string;
  /** Called once: true for the confirming button, false for Cancel, Escape or closing. */
  onSettle(confirmed: boolean): void;
}

/** A modal question before a write that is not plain to undo; Cancel has the focus, so Enter alone changes nothing. */
export function ConfirmDialog({ title, children, confirm, onSettle }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const answer = useRef(false);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const close = (confirmed: boolean) => {
    answer.current = confirmed;
    dialog.current?.close();
  };
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      onClose={() => onSettle(answer.current)}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id="confirm-title">{title}</h2>
      <div id="confirm-text">{children}</div>
      <div className="confirm-buttons">
        <button type="button" className="tool-button" autoFocus onClick={() => close(false)}>
          Cancel
        </button>
        <button type="button" className="tool-button confirm-do" onClick={() => close(true)}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
