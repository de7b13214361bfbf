import { useCallback, useRef, useState } from 'react';
import type { ReaderSettings } from '../../../electron/common/shapes/settingsShapes';
import { api } from '../api/client';

export type SettingsChange = Partial<ReaderSettings>;

export interface Settings {
  settings: ReaderSettings;
  /** Shows the change at once and stores it; the library's answer then stands. */
  update(change: SettingsChange): void;
}

/**
 * The reader's settings, loaded once before the first render and kept in the library. Changes are written one
 * at a time: a change made while a write is under way (a splitter being dragged) joins the next write, so the
 * writes never overtake each other and an older answer never undoes a newer change.
 */
export function useSettings(initial: ReaderSettings): Settings {
  const [settings, setSettings] = useState(initial);
  const pending = useRef<SettingsChange | null>(null);
  const writing = useRef(false);

  const write = useCallback(() => {
    const change = pending.current;
    if (writing.current || !change) return;
    pending.current = null;
    writing.current = true;
    const done = (stored: ReaderSettings) => {
      writing.current = false;
      if (pending.current) write();
      else setSettings(stored);
    };
    // A refused write shows what the library holds rather than what it did not keep.
    api.invoke('settings.set', { settings: change }).then(
      (answer) => done(answer.settings),
      () =>
        void api.invoke('settings.get', {}).then(
          (answer) => done(answer.settings),
          () => (writing.current = false),
        ),
    );
  }, []);

  const update = useCallback(
    (change: SettingsChange) => {
      setSettings((current) => ({ ...current, ...change }));
      pending.current = { ...pending.current, ...change };
      write();
    },
    [write],
  );
  return { settings, update };
}
