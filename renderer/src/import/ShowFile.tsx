import { useState } from 'react';
import { api, desktopBridge } from '../api/client';

/**
 * A button that shows an imported file: in the desktop app, in its folder; in browser mode, which cannot open a
 * folder, its path on this computer to copy.
 */
export function ShowFile({ path, name }: { path: string; name: string }) {
  const [shown, setShown] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (desktopBridge) {
    const show = () =>
      api.invoke('dialogs.showInFolder', { path }).then(
        () => setProblem(null),
        (err: Error) => setProblem(err.message),
      );
    return (
      <>
        <button type="button" className="link-button show-file" onClick={() => void show()} aria-label={`Show ${name} in its folder`}>
          Show in folder
        </button>
        {problem && <span className="error">{problem}</span>}
      </>
    );
  }
  return shown ? (
    <input
      className="import-path"
      readOnly
      value={path}
      aria-label={`Path of ${name}`}
      size={Math.min(80, path.length)}
      // Focused with the whole path selected: Ctrl/Cmd+C copies it.
      autoFocus
      onFocus={(e) => e.target.select()}
    />
  ) : (
    <button type="button" className="link-button show-file" onClick={() => setShown(true)} aria-label={`Show where ${name} is`}>
      Show file
    </button>
  );
}
