import { HIGHLIGHT_COLORS, type HighlightColor, MAX_MEANING } from '../../common/shapes/highlightColors';

const SETTING = 'highlights.colorMeanings';

type Settings = { get(key: string): string | null; set(key: string, value: string): void };

/** What each colour means to the user ("key claim", "disputed"), named once and shown in the toolbar, filters and exports. */
export class HighlightColors {
  constructor(private readonly settings: Settings) {}

  meanings(): Record<HighlightColor, string> {
    const stored = safeParse(this.settings.get(SETTING));
    return Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, typeof stored[c] === 'string' ? stored[c] : ''])) as Record<HighlightColor, string>;
  }

  /** Sets the meanings given; colours left out keep theirs. */
  setMeanings(changes: Partial<Record<HighlightColor, string>>): Record<HighlightColor, string> {
    const next = { ...this.meanings() };
    for (const c of HIGHLIGHT_COLORS) {
      const meaning = changes[c];
      if (meaning !== undefined) next[c] = meaning.trim().slice(0, MAX_MEANING);
    }
    this.settings.set(SETTING, JSON.stringify(next));
    return next;
  }
}

function safeParse(json: string | null): Record<string, unknown> {
  try {
    const value: unknown = json === null ? {} : JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    // A hand-edited setting that no longer parses falls back to no meanings rather than breaking the reader.
    return {};
  }
}
