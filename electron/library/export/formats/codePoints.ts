/**
 * W3C TextPositionSelector offsets count Unicode code points; Dossier's count UTF-16 units (JavaScript's string
 * indices). The two agree unless the text before the offset holds a character outside the Basic Multilingual Plane.
 */

/** The code-point offset of a UTF-16 offset into `text`. */
export function toCodePoints(text: string, offset: number): number {
  let points = 0;
  // A string iterates by code point, so a surrogate pair counts once.
  for (const _ of text.slice(0, offset)) points++;
  return points;
}

/** The UTF-16 offset of a code-point offset into `text` (the text's end when past it). */
export function toCodeUnits(text: string, points: number): number {
  let units = 0;
  let seen = 0;
  for (const char of text) {
    if (seen++ === points) break;
    units += char.length;
  }
  return units;
}
