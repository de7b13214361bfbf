import { Download } from 'lucide-react';
import { useEffect, useState } from 'react';
import { IconButton } from '../app/IconButton';
import { useWindowKeys } from '../app/useWindowKeys';
import { desktopBridge } from '../api/client';
import { isTyping } from '../list/useListKeys';
import { ExportDialog, type ExportDialogProps } from './ExportDialog';

/** "Export notes…": a button in the top bar beside the import buttons, the `e` key and the File menu's command, all opening the export dialog. */
export function ExportControls(props: Omit<ExportDialogProps, 'onClose'>) {
  const [open, setOpen] = useState(false);

  useEffect(() => desktopBridge?.onCommand((command) => command === 'export-notes' && setOpen(true)), []);
  useWindowKeys((e) => {
    if (e.key !== 'e' || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    e.preventDefault();
    setOpen(true);
  });

  return (
    <>
      <IconButton icon={Download} label="Export notes…" shortcut="e" onClick={() => setOpen(true)} aria-haspopup="dialog" />
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
