import { DEFAULT_SETTINGS } from '../../common/shapes/settingChoices';
import { readerSettings, type ReaderSettings } from '../../common/shapes/settingsShapes';
import type { Library } from '../../library/Library';
import type { HandlerContext, PrefixHandlers } from './Handlers';

const KEY = 'reader.settings';

/** The stored settings, field by field: one that is missing or no longer valid falls back to its default alone. */
function stored(library: Library): ReaderSettings {
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(library.getSetting(KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') saved = parsed as Record<string, unknown>;
  } catch {
    // A damaged value is as good as none: the defaults stand.
  }
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, field] of Object.entries(readerSettings.shape)) {
    const value = field.safeParse(saved[key]);
    if (value.success) settings[key] = value.data;
  }
  return settings as ReaderSettings;
}

export function settingsHandlers({ library }: HandlerContext): PrefixHandlers<'settings'> {
  return {
    'settings.get': () => ({ settings: stored(library) }),
    'settings.set': ({ settings }) => {
      const next = { ...stored(library), ...settings };
      library.setSetting(KEY, JSON.stringify(next));
      return { settings: next };
    },
  };
}
