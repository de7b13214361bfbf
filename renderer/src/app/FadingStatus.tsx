import { useEffect, useEffectEvent, useState } from 'react';

/** Long enough to read a short sentence twice; the live region has announced it by then. */
const SHOWN_MS = 5000;
/** As the stylesheet's fade. */
const FADE_MS = 400;

interface Props {
  message: string;
  /** Called once the message has faded, so that the same message said again is announced again. */
  onFaded(): void;
  className?: string;
}

/**
 * A passing message ("Undone: deletion."): a polite live region, always in the page so that screen readers hear
 * what is put in it, whose text fades out after a few seconds instead of staying up for good.
 */
export function FadingStatus({ message, onFaded, className = '' }: Props) {
  const [fading, setFading] = useState(false);
  const faded = useEffectEvent(onFaded);
  useEffect(() => {
    setFading(false);
    if (!message) return;
    const fade = setTimeout(() => setFading(true), SHOWN_MS);
    const clear = setTimeout(faded, SHOWN_MS + FADE_MS);
    return () => {
      clearTimeout(fade);
      clearTimeout(clear);
    };
  }, [message]);
  return (
    <p className={`fading-status${fading ? ' faded' : ''} ${className}`} role="status">
      {message}
    </p>
  );
}
