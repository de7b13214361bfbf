/**
 * How much an article is about one of its entities, as stored: a small integer (mentions × 4, + 2 for a person,
 * + 1 when its lead names it) rather than the weight itself, 1 + ln(mentions) doubled for the lead, which a REAL
 * would keep in 8 bytes on every key. The weight is computed again from it, the same double every time.
 */
export function keyCode(mentions: number, person: boolean, lead: boolean): number {
  return mentions * 4 + (person ? 2 : 0) + (lead ? 1 : 0);
}

export function keyWeight(code: number): number {
  return (1 + Math.log(Math.floor(code / 4))) * (code & 1 ? 2 : 1);
}

export function keyPerson(code: number): boolean {
  return (code & 2) !== 0;
}

/** The code of a weight stored as a REAL before codes (m016): the mentions and lead that give exactly that weight. */
export function codeOfWeight(weight: number, person: boolean): number {
  let nearest = keyCode(1, person, false);
  for (const lead of [false, true]) {
    const mentions = Math.max(1, Math.round(Math.exp(weight / (lead ? 2 : 1) - 1)));
    const code = keyCode(mentions, person, lead);
    if (keyWeight(code) === weight) return code;
    if (Math.abs(keyWeight(code) - weight) < Math.abs(keyWeight(nearest) - weight)) nearest = code;
  }
  return nearest;
}
