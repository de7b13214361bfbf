import { SETTING_RANGES } from '../../../electron/common/shapes/settingChoices';
import type { ReaderSettings } from '../../../electron/common/shapes/settingsShapes';
import type { SettingsChange } from './useSettings';

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

const label = (value: string) => LABELS[value] ?? value[0]!.toUpperCase() + value.slice(1);

/** What each control needs: the settings as they stand, and where a change goes. */
export interface SettingProps {
  settings: ReaderSettings;
  onChange(change: SettingsChange): void;
}

type ChoiceField = 'theme' | 'font' | 'entities' | 'highlightColor';
type SliderField = 'fontSize' | 'lineHeight' | 'measure';
type CheckField = 'justify' | 'markReadAtEnd' | 'pictures' | 'filtersOpen' | 'notesOpen';

/** One of a few values, as radio buttons. `scope` keeps two panels showing the same setting from sharing a group. */
export function Choice<K extends ChoiceField>({
  legend,
  field,
  values,
  scope,
  settings,
  onChange,
}: SettingProps & { legend: string; field: K; values: readonly ReaderSettings[K][]; scope: string }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input type="radio" name={`${scope}-${field}`} checked={settings[field] === value} onChange={() => onChange({ [field]: value })} /> {label(value)}
        </label>
      ))}
    </fieldset>
  );
}

export function Slider({ label, field, step, settings, onChange }: SettingProps & { label: string; field: SliderField; step: number }) {
  const [min, max] = SETTING_RANGES[field];
  return (
    <label className="setting-slider">
      <span>{label}</span>
      <input type="range" min={min} max={max} step={step} value={settings[field]} onChange={(e) => onChange({ [field]: Number(e.currentTarget.value) })} />
      <output>{settings[field]}</output>
    </label>
  );
}

export function Check({ label, field, settings, onChange }: SettingProps & { label: string; field: CheckField }) {
  return (
    <label className="setting-check">
      <input type="checkbox" checked={settings[field]} onChange={(e) => onChange({ [field]: e.currentTarget.checked })} /> {label}
    </label>
  );
}
