import { useEffect, useRef, useState } from 'react';
import { HIGHLIGHT_COLORS } from '../../../electron/common/shapes/highlightColors';
import { DEFAULT_SETTINGS, ENTITY_DISPLAYS, READING_FONTS, THEMES } from '../../../electron/common/shapes/settingChoices';
import { Check, Choice, Slider, type SettingProps } from './settingControls';
import { VersionsKeptField } from '../versions/VersionsKeptField';
import './settings.css';

interface Props extends SettingProps {
  onClose(): void;
}

/**
 * The Settings view (Ctrl/Cmd+, and the app menu): every setting, where the "Aa" panel holds how the article
 * is set. Changes apply at once and are kept in the library, so there is nothing to save or cancel.
 */
export function SettingsDialog({ onClose, ...common }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const shown = dialog.current;
    if (shown && !shown.open) shown.showModal();
  }, []);
  const { filtersWidth, listWidth } = DEFAULT_SETTINGS;
  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <header>
        <h2 id="settings-title">Settings</h2>
        <button type="button" className="bar-button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </header>
      <section aria-labelledby="settings-text">
        <h3 id="settings-text">Text</h3>
        <Choice legend="Theme" field="theme" values={THEMES} scope="all" {...common} />
        <Choice legend="Font" field="font" values={READING_FONTS} scope="all" {...common} />
        <Slider label="Text size" field="fontSize" step={1} {...common} />
        <Slider label="Line spacing" field="lineHeight" step={0.1} {...common} />
        <Slider label="Line length" field="measure" step={2} {...common} />
        <Check label="Justify and hyphenate" field="justify" {...common} />
        <Check label="Mark an article read when it is read to the end" field="markReadAtEnd" {...common} />
        <Check label="Show the pictures articles keep (their captions stay)" field="pictures" {...common} />
      </section>
      <section aria-labelledby="settings-marks">
        <h3 id="settings-marks">Marks</h3>
        <Choice legend="People, places and organisations" field="entities" values={ENTITY_DISPLAYS} scope="all" {...common} />
        <Choice legend="Highlight colour for h, n and the toolbar" field="highlightColor" values={HIGHLIGHT_COLORS} scope="all" {...common} />
      </section>
      <section aria-labelledby="settings-layout">
        <h3 id="settings-layout">Layout</h3>
        <Check label="Show the filter pane (Ctrl/Cmd+1)" field="filtersOpen" {...common} />
        <Check label="Show the notes sidebar" field="notesOpen" {...common} />
        <button type="button" className="bar-button" onClick={() => common.onChange({ filtersWidth, listWidth })}>
          Reset pane widths
        </button>
      </section>
      <section aria-labelledby="settings-library">
        <h3 id="settings-library">Library</h3>
        <VersionsKeptField onError={setError} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </section>
    </dialog>
  );
}
