import type { LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes } from 'react';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'aria-label'> {
  icon: LucideIcon;
  /** The button's name, read out and shown in its tooltip. */
  label: string;
  /** A key that does the same, added to the tooltip ("Export notes… (e)"). */
  shortcut?: string;
  /** Also written beside the icon, for the few actions a new user looks for by name. */
  showLabel?: boolean;
}

/**
 * A button that is an icon, named for screen readers and explained by a tooltip that shows on hover and on keyboard
 * focus alike (a `title` shows on hover only, and late).
 */
export function IconButton({ icon: Icon, label, shortcut, showLabel = false, className, ...rest }: Props) {
  return (
    <button
      type="button"
      className={`icon-button${className ? ` ${className}` : ''}`}
      aria-label={label}
      data-tip={shortcut ? `${label} (${shortcut})` : label}
      {...rest}
    >
      <Icon size={17} strokeWidth={1.8} aria-hidden="true" focusable="false" />
      {showLabel && <span aria-hidden="true">{label}</span>}
    </button>
  );
}
