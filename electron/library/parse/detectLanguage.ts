import { francAll } from 'franc-min';

/** franc-min answers in ISO 639-3; the article stores ISO 639-1. Only franc-min's languages that have a 639-1 code. */
const ISO1: Record<string, string> = {
  amh: 'am',
  arb: 'ar',
  azj: 'az',
  bel: 'be',
  ben: 'bn',
  bos: 'bs',
  bul: 'bg',
  ces: 'cs',
  ckb: 'ku',
  cmn: 'zh',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  fra: 'fr',
  guj: 'gu',
  hau: 'ha',
  hin: 'hi',
  hrv: 'hr',
  hun: 'hu',
  ibo: 'ig',
  ind: 'id',
  ita: 'it',
  jav: 'jv',
  jpn: 'ja',
  kan: 'kn',
  kaz: 'kk',
  kin: 'rw',
  kor: 'ko',
  lin: 'ln',
  mal: 'ml',
  mar: 'mr',
  mya: 'my',
  nld: 'nl',
  npi: 'ne',
  nya: 'ny',
  pan: 'pa',
  pbu: 'ps',
  pes: 'fa',
  plt: 'mg',
  pol: 'pl',
  por: 'pt',
  ron: 'ro',
  run: 'rn',
  rus: 'ru',
  sin: 'si',
  som: 'so',
  spa: 'es',
  srp: 'sr',
  sun: 'su',
  swe: 'sv',
  swh: 'sw',
  tam: 'ta',
  tel: 'te',
  tgl: 'tl',
  tha: 'th',
  tur: 'tr',
  ukr: 'uk',
  urd: 'ur',
  uzn: 'uz',
  vie: 'vi',
  yor: 'yo',
  zlm: 'ms',
  zul: 'zu',
};

/** Below this many letters trigram statistics are noise (a 50-letter English sentence comes out as Dutch). */
const MIN_LETTERS = 100;
/** franc's cost grows with sample length times candidates; the opening 300 characters tell its languages apart. */
const SAMPLE_CHARS = 300;
/** Only languages we can name in ISO 639-1; franc's rarer candidates otherwise win on names and numbers. */
const CANDIDATES = Object.keys(ISO1);
/** The runner-up must trail the best guess by this much (franc scores the best as 1) or the guess is unsure. */
const MIN_LEAD = 0.02;

/**
 * The commonest words of the languages news mostly comes in. Running text is about half such words, so a
 * language whose list clearly outscores every other's is the answer without franc, whose trigram comparison
 * against 35 Latin-script languages was most of a clipping's parse time. Anything less clear goes to franc.
 */
const STOPWORDS: Record<string, string> = {
  en: 'the of and to in is that for it was on with as by at from his he she they this have has are were be been which said an not but will would their who its',
  de: 'der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen zum war haben oder vor zur durch',
  fr: 'de la le et les des en un du une que est pour qui dans par plus pas au sur ne se il sont ce avec aux été elle ont mais cette ses leur selon',
  es: 'de la que el en y los del se las por un para con no una su al es lo como más pero sus ya este fue ha porque esta entre cuando muy sin sobre también',
  it: 'di il la che in per un è del non con le si da una della dei al nel sono ha alla anche gli più come delle questo ma essere',
  pt: 'de que do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem seu sua ou ser quando muito há nos já está também',
  nl: 'de van een het en in is dat op te zijn voor met die niet aan er om ook als bij maar door over werd wordt naar uit heeft worden nog dit deze tot',
  pl: 'w na z się nie do to że jest jak po ale od za przez jego ich był są dla tak oraz czy już także może pod tym przy',
  sv: 'och att det som en på är av för med till den har de inte om ett var men från vi så kan han hon efter också vid',
  ru: 'и в не на что с по это как он к из за от о для а его же то так но она они был было были бы при также уже',
  uk: 'і в у на не що з до та як за від це й для про але його її вони був було які також вже',
  be: 'і у ў на не што з да па як гэта для ад але яго яе яны быў было таксама ўжо',
  bg: 'и в на не да за се от че с по е са това като който които ще бъде също',
};

const LANGUAGES = Object.keys(STOPWORDS);
/** Each word counts for every language that uses it (indices into LANGUAGES), shared equally: a distinctive word weighs more. */
const WEIGHTS = new Map<string, { languages: number[]; weight: number }>();
LANGUAGES.forEach((lang, index) => {
  for (const word of STOPWORDS[lang]!.split(' ')) {
    const entry = WEIGHTS.get(word) ?? { languages: [], weight: 0 };
    entry.languages.push(index);
    WEIGHTS.set(word, entry);
  }
});
for (const entry of WEIGHTS.values()) entry.weight = 1 / entry.languages.length;

const WORD = /\p{L}+/gu;
/** Share of the sample's words the winner's must make up, and how far ahead of the runner-up it must be. */
const MIN_SHARE = 0.2;
const MIN_RATIO = 2;

/** ISO 639-1 code of the text's language, or null when the text is too short or the guess too close to call. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.replace(/[\s\d\p{P}\p{S}]/gu, '').length < MIN_LETTERS) return null;
  return byCommonWords(sample) ?? byCyrillicLetters(sample) ?? byTrigrams(sample) ?? widerCommonWords(text);
}

/** A lead of names and places ("Elios P. Anderlini, Attilio Beronio, Leo M. Bianco…") says nothing: the text after it may. */
const WIDER_SAMPLE_CHARS = 1500;

function widerCommonWords(text: string): string | null {
  return text.length > SAMPLE_CHARS ? byCommonWords(text.slice(0, WIDER_SAMPLE_CHARS)) : null;
}

const CYRILLIC = /\p{Script=Cyrillic}/gu;
/** Letters Russian has and its neighbours lack: Ukrainian has no ы or э, Bulgarian no ы or э either. */
const RUSSIAN_ONLY = /[ыэЫЭ]/u;
/** Letters of the other Cyrillic alphabets (Ukrainian, Belarusian, Serbian, Macedonian, Kazakh, Kyrgyz, Tatar…), never Russian's. */
const NOT_RUSSIAN = /[іїєґўјљњђћџѓќѕәғқңөұүһҗІЇЄҐЎЈЉЊЂЋЏЃЌЅӘҒҚҢӨҰҮҺҖ]/u;
const UKRAINIAN_ONLY = /[їєґЇЄҐ]/u;

/**
 * A lead full of names has too few common words to tell Russian from Bulgarian or Ukrainian, and trigrams score them
 * too close: the alphabet tells them apart for certain. Only for text mostly in Cyrillic.
 */
function byCyrillicLetters(sample: string): string | null {
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  if ((sample.match(CYRILLIC)?.length ?? 0) * 2 < letters) return null;
  if (RUSSIAN_ONLY.test(sample) && !NOT_RUSSIAN.test(sample)) return 'ru';
  if (UKRAINIAN_ONLY.test(sample) && !RUSSIAN_ONLY.test(sample)) return 'uk';
  return null;
}

function byCommonWords(sample: string): string | null {
  const scores = new Float64Array(LANGUAGES.length);
  const words = sample.toLowerCase().match(WORD) ?? [];
  for (const word of words) {
    const entry = WEIGHTS.get(word);
    if (entry) for (const index of entry.languages) scores[index]! += entry.weight;
  }
  // Only the best score and the runner-up's count: a tie for first is never clear enough.
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  let second = 0;
  for (let i = 0; i < scores.length; i++) if (i !== best && scores[i]! > second) second = scores[i]!;
  const top = scores[best]!;
  if (top === 0 || top < words.length * MIN_SHARE || top < second * MIN_RATIO) return null;
  return LANGUAGES[best]!;
}

function byTrigrams(sample: string): string | null {
  const [best, second] = francAll(sample, { minLength: MIN_LETTERS, only: CANDIDATES });
  if (!best || best[0] === 'und' || (second && best[1] - second[1] < MIN_LEAD)) return null;
  return ISO1[best[0]] ?? null;
}
