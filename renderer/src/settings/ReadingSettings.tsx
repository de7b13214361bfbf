import { useEffect, useRef } from 'react';
import { ENTITY_DISPLAYS, READING_FONTS, SETTING_RANGES, THEMES } from '../../../electron/common/shapes/settingChoices';
import type { ReaderSettings } from '../../../electron/common/shapes/settingsShapes';
import type { SettingsChange } from './useSettings';
import './settings.css';

const LABELS: Record<string, string> = {
  system: 'System',
  light: 'Light',
  sepia: 'Sepia',
  dark: 'Dark',
  serif: 'Serif',
  sans: 'Sans',
  off: 'Off',
  hover: 'On hover',
  always: 'Always',
};

interface Props {
  settings: ReaderSettings;
  onChange(change: SettingsChange): void;
  onClose(): void;
}

function Choice<K extends 'theme' | 'font' | 'entities'>({
  legend,
  field,
  values,
  settings,
  onChange,
}: {
  legend: string;
  field: K;
  values: readonly ReaderSettings[K][];
  settings: ReaderSettings;
  onChange(change: SettingsChange): void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input type="radio" name={field} checked={settings[field] === value} onChange={() => onChange({ [field]: value })} /> {LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}

function Slider({
  label,
  field,
  step,
  settings,
  onChange,
}: {
  label: string;
  field: 'fontSize' | 'lineHeight' | 'measure';
  step: number;
  settings: ReaderSettings;
  onChange(change: SettingsChange): void;
}) {
  const [min, max] = SETTING_RANGES[field];
  return (
    <label className="setting-slider">
      <span>{label}</span>
      <input
        type="range"
        min={min ?? undefined}
        max={max ?? undefined}
        step={step}
        value={settings[field]}
        onChange={(e) => onChange({ [field]: Number(e.currentTarget.value) })}
      />
      <output>{settings[field]}</output>
    </label>
  );
}

/** The "Aa" panel: every reading setting, applied as it is changed. Not modal, so the article stays readable behind it. */
export function ReadingSettings({ settings, onChange, onClose }: Props) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);
  const common = { settings, onChange };
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
      <Choice legend="Theme" field="theme" values={THEMES} {...common} />
      <Choice legend="Font" field="font" values={READING_FONTS} {...common} />
      <Slider label="Text size" field="fontSize" step={1} {...common} />
      <Slider label="Line spacing" field="lineHeight" step={0.1} {...common} />
      <Slider label="Line length" field="measure" step={2} {...common} />
      <label className="setting-check">
        <input type="checkbox" checked={settings.justify} onChange={(e) => onChange({ justify: e.currentTarget.checked })} /> Justify and hyphenate
      </label>
      <Choice legend="Entity marks" field="entities" values={ENTITY_DISPLAYS} {...common} />
      <label className="setting-check">
        <input type="checkbox" checked={settings.markReadAtEnd} onChange={(e) => onChange({ markReadAtEnd: e.currentTarget.checked })} /> Mark read at the end
      </label>
      <button type="button" className="bar-button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
