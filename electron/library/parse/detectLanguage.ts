import { francAll } from 'franc-min';

/** franc-min answers in ISO 639-3; the article stores ISO 639-1. Only franc-min's languages that have a 639-1 code. */
const ISO1: Record<string, string> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', ckb: 'ku', cmn: 'zh',
  deu: 'de', ell: 'el', eng: 'en', fra: 'fr', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu', ibo: 'ig',
  ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko', lin: 'ln', mal: 'ml',
  mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl',
  por: 'pt', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv',
  swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi',
  yor: 'yo', zlm: 'ms', zul: 'zu',
};

/** Below this many characters trigram statistics are noise. */
const MIN_CHARS = 40;
/** The runner-up must trail the best guess by this much (franc scores the best as 1) or the guess is unsure. */
const MIN_LEAD = 0.04;
/** franc only reads this much anyway; a prefix keeps detection cheap on long articles. */
const SAMPLE_CHARS = 2048;

/** ISO 639-1 code of the text's language, or null when the text is too short or the guess too close to call. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.replace(/[\s\d\p{P}\p{S}]/gu, '').length < MIN_CHARS) return null;
  const [best, second] = francAll(sample, { minLength: MIN_CHARS });
  if (!best || best[0] === 'und') return null;
  if (second && best[1] - second[1] < MIN_LEAD) return null;
  return ISO1[best[0]] ?? null;
}
