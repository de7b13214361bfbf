import { useEffect, useState } from 'react';
import { desktopBridge } from '../api/client';
import { ExportDialog, type ExportDialogProps } from './ExportDialog';

/** "Export notes…": a button beside the import buttons and the File menu's command, both opening the export dialog. */
export function ExportControls(props: Omit<ExportDialogProps, 'onClose'>) {
  const [open, setOpen] = useState(false);

  useEffect(() => desktopBridge?.onCommand((command) => command === 'export-notes' && setOpen(true)), []);

  return (
    <>
      <button type="button" className="link-button export-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Export notes…
      </button>
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
