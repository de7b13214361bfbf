import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { HIGHLIGHT_COLORS } from '../../../electron/common/shapes/highlightColors';
import { api } from '../api/client';

export type Meanings = ResponseOf<'colors.meanings'>['meanings'];
export type Color = keyof Meanings;

export { HIGHLIGHT_COLORS };

export const COLOR_LABEL: Record<Color, string> = { yellow: 'Yellow', red: 'Red', green: 'Green', blue: 'Blue', purple: 'Purple' };

/** "Yellow: key claim", or just "Yellow" while the user has not named it. */
export function colorName(color: Color, meanings: Meanings | null): string {
  const meaning = meanings?.[color];
  return meaning ? `${COLOR_LABEL[color]}: ${meaning}` : COLOR_LABEL[color];
}

/** What each highlight colour means to the user, fetched once and changed through colors.setMeanings (`change` answers whether it was stored). */
export function useColorMeanings(onError: (message: string) => void) {
  const [meanings, setMeanings] = useState<Meanings | null>(null);
  useEffect(() => {
    api.invoke('colors.meanings', {}).then(
      (r) => setMeanings(r.meanings),
      (err: Error) => onError(err.message),
    );
  }, [onError]);
  const change = useCallback(
    (changes: Partial<Meanings>) =>
      api.invoke('colors.setMeanings', { meanings: changes }).then(
        (r) => (setMeanings(r.meanings), true),
        (err: Error) => (onError(err.message), false),
      ),
    [onError],
  );
  return { meanings, change };
}
