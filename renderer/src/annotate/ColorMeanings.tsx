import { useRef, useState } from 'react';
import { Popover, type Anchor } from './Popover';
import { COLOR_LABEL, HIGHLIGHT_COLORS, type Color, type Meanings } from './useColorMeanings';

interface Props {
  meanings: Meanings | null;
  anchor: Anchor;
  onChange(changes: Partial<Meanings>): void;
  onClose(): void;
}

/** Names each colour once ("key claim", "disputed"); each name is stored when its box is left. */
export function ColorMeanings({ meanings, anchor, onChange, onClose }: Props) {
  const [drafts, setDrafts] = useState<Partial<Meanings>>({});
  // Leaving a box and then pressing Done both store; each name is sent once.
  const sent = useRef<Partial<Meanings>>({});
  const store = (color: Color) => {
    const value = drafts[color];
    if (value === undefined || value === (sent.current[color] ?? meanings?.[color])) return;
    sent.current[color] = value;
    onChange({ [color]: value });
  };
  return (
    <Popover label="Colour meanings" anchor={anchor} onClose={onClose}>
      <form
        className="color-meanings"
        onSubmit={(e) => {
          e.preventDefault();
          HIGHLIGHT_COLORS.forEach(store);
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
              onChange={(e) => setDrafts({ ...drafts, [color]: e.currentTarget.value })}
              onBlur={() => store(color)}
            />
          </label>
        ))}
        <div className="annotate-actions">
          <button type="submit">Done</button>
        </div>
      </form>
    </Popover>
  );
}
