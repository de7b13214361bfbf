import { useEffect, useState } from 'react';
import type { ReviewSettings } from '../../../electron/common/contract/reviewContract';
import { api } from '../api/client';

interface Props {
  /** After a change is stored: today's cards are drawn again. */
  onChanged(): void;
  onError(message: string): void;
}

const FIELDS: { key: keyof ReviewSettings; label: string; min: number; max: number; step: number }[] = [
  { key: 'count', label: 'Cards a day', min: 1, max: 100, step: 1 },
  { key: 'favouriteWeight', label: 'Weight of starred articles’ highlights', min: 0.1, max: 10, step: 0.1 },
  { key: 'recentWeight', label: 'Weight of recent highlights', min: 0.1, max: 10, step: 0.1 },
  { key: 'recentDays', label: 'Recent: made in the last (days)', min: 1, max: 3650, step: 1 },
];

/** How the review draws, folded away under the cards: each value stored when it is changed to one within its range. */
export function ReviewSettingsForm({ onChanged, onError }: Props) {
  const [settings, setSettings] = useState<ReviewSettings | null>(null);
  useEffect(() => {
    api.invoke('review.settings', {}).then(setSettings, (err: Error) => onError(err.message));
  }, [onError]);
  if (!settings) return null;
  return (
    <details className="review-settings">
      <summary>Review settings</summary>
      {FIELDS.map(({ key, label, min, max, step }) => (
        <label key={key}>
          {label}
          <input
            type="number"
            min={min}
            max={max}
            step={step}
            defaultValue={settings[key]}
            onChange={(e) => {
              const value = e.currentTarget.valueAsNumber;
              if (!e.currentTarget.checkValidity() || Number.isNaN(value)) return;
              api.invoke('review.setSettings', { [key]: value }).then(
                (next) => {
                  setSettings(next);
                  onChanged();
                },
                (err: Error) => onError(err.message),
              );
            }}
          />
        </label>
      ))}
    </details>
  );
}
