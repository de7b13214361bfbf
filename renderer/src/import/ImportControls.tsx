import { FilePlus, FolderPlus } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { IconButton } from '../app/IconButton';
import { api, desktopBridge } from '../api/client';
import { filesFromDrop, filesFromInput, type PickedFile } from './readUploads';
import './import.css';

interface Props {
  importPaths(paths: string[]): void;
  importFiles(files: PickedFile[]): void;
  disabled: boolean;
}

/**
 * "Import files…" and "Import folder…", the menu's commands and drag-and-drop anywhere on the window.
 * The desktop app works with paths (native dialog, dropped files' paths); a browser uploads the files' contents.
 */
export function ImportControls({ importPaths, importFiles, disabled }: Props) {
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const pick = (kind: 'files' | 'folder') => {
    if (disabled) return;
    if (desktopBridge) void api.invoke('dialogs.pickImportPaths', { kind }).then(({ paths }) => importPaths(paths));
    else (kind === 'folder' ? folderInput : filesInput).current?.click();
  };

  useEffect(() =>
    desktopBridge?.onCommand((command) => {
      if (command === 'import-files') pick('files');
      else if (command === 'import-folder') pick('folder');
      // Paths named on a second launch's command line, imported like dropped files.
      else if (typeof command === 'object' && !disabled) importPaths(command.importPaths);
    }),
  );

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (e: DragEvent) => hasFiles(e) && (depth++, setDragging(true));
    const onLeave = (e: DragEvent) => hasFiles(e) && --depth <= 0 && ((depth = 0), setDragging(false));
    const onOver = (e: DragEvent) => hasFiles(e) && e.preventDefault();
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (disabled) return;
      if (desktopBridge) importPaths([...e.dataTransfer.files].map((f) => desktopBridge!.pathForFile(f)).filter(Boolean));
      else void filesFromDrop(e.dataTransfer.items).then(importFiles);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [disabled, importFiles, importPaths]);

  const onInput = (e: React.ChangeEvent<HTMLInputElement>) => {
    if (e.target.files) importFiles(filesFromInput(e.target.files));
    e.target.value = '';
  };

  return (
    <>
      <IconButton icon={FilePlus} label="Import files…" onClick={() => pick('files')} disabled={disabled} />
      <IconButton icon={FolderPlus} label="Import folder…" onClick={() => pick('folder')} disabled={disabled} />
      <input ref={filesInput} type="file" multiple hidden accept=".txt,.md,.markdown,.html,.htm,.csv,.zip" onChange={onInput} aria-label="Files to import" />
      <input ref={folderInput} type="file" hidden onChange={onInput} aria-label="Folder to import" {...{ webkitdirectory: '' }} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files or folders to import them
        </div>
      )}
    </>
  );
}
