import { useEffect, useRef } from 'react';
import { ENTITY_DISPLAYS, READING_FONTS, THEMES } from '../../../electron/common/shapes/settingChoices';
import { Check, Choice, Slider, type SettingProps } from './settingControls';
import './settings.css';

interface Props extends SettingProps {
  onClose(): void;
  /** Opens the Settings view, which holds every setting. */
  onAll(): void;
}

/** The "Aa" panel: how the article is set and marked, applied as it is changed. Not modal, so the article stays readable behind it. */
export function ReadingSettings({ onClose, onAll, ...common }: Props) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);
  return (
    <section
      ref={panel}
      className="reading-settings"
      role="dialog"
      aria-label="Reading settings"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <Choice legend="Theme" field="theme" values={THEMES} scope="quick" {...common} />
      <Choice legend="Font" field="font" values={READING_FONTS} scope="quick" {...common} />
      <Slider label="Text size" field="fontSize" step={1} {...common} />
      <Slider label="Line spacing" field="lineHeight" step={0.1} {...common} />
      <Slider label="Line length" field="measure" step={2} {...common} />
      <Check label="Justify and hyphenate" field="justify" {...common} />
      <Choice legend="Entity marks" field="entities" values={ENTITY_DISPLAYS} scope="quick" {...common} />
      <Check label="Mark read at the end" field="markReadAtEnd" {...common} />
      <Check label="Show pictures" field="pictures" {...common} />
      <div className="reading-settings-actions">
        <button type="button" className="bar-button" onClick={onAll}>
          All settings…
        </button>
        <button type="button" className="bar-button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
