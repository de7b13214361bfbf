/** Longest derived title; longer first sentences are cut at a word boundary. */
const MAX_TITLE_CHARS = 120;

/**
 * Words whose period does not end a sentence. Intl.Segmenter has no such list in V8, so it cuts
 * "Mr. Smith" and "Sept. 2" apart; this small list covers what news leads use.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st sr jr gen col lt maj capt sgt gov sen rep pres rev no vs etc inc ltd co corp dept est approx ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'г гг им ул тов т д др проф ген ' +
    'bzw ca nr str'
  ).split(' '),
);

const SENTENCE_END = /[.!?…]+["”»’)]*\s+(?=["“«„‘(]?[\p{Lu}\p{N}])/gu;

/** The first sentence of a paragraph. */
/** Longer than any abbreviation ("U.S.A.", "Gen."), with room for the word before it. */
const ABBREVIATION_WINDOW = 40;

export function firstSentence(text: string): string {
  for (const m of text.matchAll(SENTENCE_END)) {
    // Only the few characters before the stop can be the abbreviation: matching from the start each time was quadratic.
    const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, m.index + 1 - ABBREVIATION_WINDOW), m.index + 1))?.[1] ?? '';
    const isAbbreviation = m[0].startsWith('.') && (ABBREVIATIONS.has(before.toLowerCase()) || before.length === 1 || before.includes('.'));
    if (!isAbbreviation) return text.slice(0, m.index + m[0].trimEnd().length);
  }
  return text;
}

/** Separators a copied lead may open with (" . This is…", "— Text"); opening quotes and brackets belong to the sentence. */
const LEADING_SEPARATORS = /^[\s.,;:!?…·•|/\\*_=~–—-]+/u;
const READABLE = /[\p{L}\p{N}]/u;

/** Whether a string holds a letter or a digit: a title or a body of only punctuation reads as nothing. */
export function isReadable(text: string): boolean {
  return READABLE.test(text);
}

/**
 * A title made from a lead paragraph: its first sentence, without the final period, shortened at a word boundary;
 * null when the lead holds no letter or digit.
 */
export function titleFromLead(lead: string): string | null {
  const sentence = firstSentence(lead.replace(LEADING_SEPARATORS, '')).replace(/\.$/, '');
  if (!isReadable(sentence)) return null;
  if (sentence.length <= MAX_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_TITLE_CHARS + 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE_CHARS / 2));
  return `${atWord.replace(/[\s,;:–—-]+$/u, '')}…`;
}
