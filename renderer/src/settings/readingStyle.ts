import type { CSSProperties } from 'react';
import type { ReaderSettings } from '../../../electron/common/shapes/settingsShapes';

/** The reading settings as the custom properties the article's CSS is written in, so a change applies at once. */
export function readingStyle(s: ReaderSettings): CSSProperties {
  return {
    '--read-font': `var(--font-${s.font})`,
    '--read-size': `${s.fontSize}px`,
    '--read-leading': String(s.lineHeight),
    '--measure': `${s.measure}ch`,
    '--read-align': s.justify ? 'justify' : 'start',
    '--read-hyphens': s.justify ? 'auto' : 'manual',
    '--picture-display': s.pictures ? 'block' : 'none',
  } as CSSProperties;
}
