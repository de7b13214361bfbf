import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Popover, type Anchor } from './Popover';
import { COLOR_LABEL, HIGHLIGHT_COLORS, type Color, type Meanings } from './useColorMeanings';

const SAVE_DELAY_MS = 400;

interface Props {
  meanings: Meanings | null;
  anchor: Anchor;
  onChange(changes: Partial<Meanings>): Promise<boolean>;
  onClose(): void;
}

/**
 * Names each colour once ("key claim", "disputed"). What is typed is stored a moment after typing stops, when its
 * box is left and when the popover closes, however it closes: nothing typed is lost. Escape in a box whose typing
 * is not stored yet takes that typing back (and says so); otherwise it closes.
 */
export function ColorMeanings({ meanings, anchor, onChange, onClose }: Props) {
  const [drafts, setDrafts] = useState<Partial<Meanings>>({});
  const [status, setStatus] = useState('');
  // What was last sent for each colour, so a name is sent once however many ways it is stored.
  const sent = useRef<Partial<Meanings>>({});
  const pending = useRef(new Map<Color, ReturnType<typeof setTimeout>>());
  const latest = useRef({ drafts, meanings, onChange });
  latest.current = { drafts, meanings, onChange };

  const stored = (color: Color) => sent.current[color] ?? latest.current.meanings?.[color] ?? '';
  const store = (color: Color) => {
    clearTimeout(pending.current.get(color));
    pending.current.delete(color);
    const value = latest.current.drafts[color];
    if (value === undefined || value === stored(color)) return;
    sent.current[color] = value;
    void latest.current.onChange({ [color]: value }).then((ok) => ok && setStatus(`${COLOR_LABEL[color]} saved.`));
  };
  const storeRef = useRef(store);
  storeRef.current = store;
  // Closing stores what is still waiting.
  useEffect(() => () => HIGHLIGHT_COLORS.forEach((c) => storeRef.current(c)), []);

  const type = (color: Color, value: string) => {
    setDrafts((d) => ({ ...d, [color]: value }));
    latest.current.drafts = { ...latest.current.drafts, [color]: value };
    clearTimeout(pending.current.get(color));
    pending.current.set(
      color,
      setTimeout(() => storeRef.current(color), SAVE_DELAY_MS),
    );
  };
  const escape = (color: Color, e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !pending.current.has(color)) return;
    e.stopPropagation();
    clearTimeout(pending.current.get(color));
    pending.current.delete(color);
    setDrafts((d) => ({ ...d, [color]: stored(color) }));
    latest.current.drafts = { ...latest.current.drafts, [color]: stored(color) };
    setStatus(`The unsaved change to ${COLOR_LABEL[color]} was taken back; Escape again closes.`);
  };
  return (
    <Popover label="Colour meanings" anchor={anchor} onClose={onClose}>
      <form
        className="color-meanings"
        onSubmit={(e) => {
          e.preventDefault();
          onClose();
        }}
      >
        {HIGHLIGHT_COLORS.map((color, i) => (
          <label key={color} className="color-meaning-row">
            <span className={`color-dot hl-${color}`} aria-hidden="true" />
            <span className="color-meaning-name">{COLOR_LABEL[color]}</span>
            <input
              value={drafts[color] ?? meanings?.[color] ?? ''}
              maxLength={60}
              placeholder="What it means"
              autoFocus={i === 0}
              onChange={(e) => type(color, e.currentTarget.value)}
              onBlur={() => store(color)}
              onKeyDown={(e) => escape(color, e)}
            />
          </label>
        ))}
        <p className="color-meanings-status" role="status">
          {status}
        </p>
        <div className="annotate-actions">
          <button type="submit">Done</button>
        </div>
      </form>
    </Popover>
  );
}
