import { useEffect, useState } from 'react';
import { desktopBridge } from '../api/client';
import { isTyping } from '../list/useListKeys';
import { ExportDialog, type ExportDialogProps } from './ExportDialog';

/** "Export notes…": a button beside the import buttons, the `e` key and the File menu's command, all opening the export dialog. */
export function ExportControls(props: Omit<ExportDialogProps, 'onClose'>) {
  const [open, setOpen] = useState(false);

  useEffect(() => desktopBridge?.onCommand((command) => command === 'export-notes' && setOpen(true)), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'e' || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="link-button export-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Export notes…
      </button>
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
