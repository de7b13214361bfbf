import { COLOR_LABEL, HIGHLIGHT_COLORS, colorName, type Color, type Meanings } from './useColorMeanings';

interface Props {
  label: string;
  meanings: Meanings | null;
  /** The colour shown as chosen, if any. */
  current?: Color;
  autoFocus?: boolean;
  /** Named in each button's accessible name: "Highlight Yellow: key claim (1)". */
  verb?: string;
  onPick(color: Color): void;
}

/** The five colours as buttons tinted with the colour, each showing its meaning (or its name until it has one). */
export function ColorPicker({ label, meanings, current, autoFocus, verb, onPick }: Props) {
  return (
    <div className="color-picker" role="group" aria-label={label}>
      {HIGHLIGHT_COLORS.map((color, i) => (
        <button
          key={color}
          type="button"
          className={`color-choice hl-${color}`}
          aria-pressed={current === undefined ? undefined : current === color}
          aria-label={`${verb ? `${verb} ` : ''}${colorName(color, meanings)}`}
          aria-keyshortcuts={verb ? String(i + 1) : undefined}
          title={`${colorName(color, meanings)}${verb ? ` (${i + 1})` : ''}`}
          autoFocus={autoFocus && (current ?? HIGHLIGHT_COLORS[0]) === color}
          onClick={() => onPick(color)}
        >
          <span className="color-meaning" aria-hidden="true">
            {meanings?.[color] || COLOR_LABEL[color]}
          </span>
        </button>
      ))}
    </div>
  );
}
