import * as Z from './gazetteer/chineseWords';

/** Characters Chinese uses to transcribe foreign names (chineseWords.ts, TRANSCRIPTION). */
export const TRANSCRIBED = new Set(Z.TRANSCRIPTION);

const byLength = (list: string): string[] => list.split(' ').sort((a, b) => b.length - a.length);
const TO_PLACE = byLength(Z.TO_PLACE);
/** Their last characters: this is asked at most characters of a Chinese text, so the cheapest test first. */
const TO_PLACE_ENDS = new Set(TO_PLACE.map((w) => w.charAt(w.length - 1)));
const PERSON_AFTER = byLength(Z.PERSON_AFTER_NAME);
/** Heads that make a transcribed name an organisation's ("西门子公司", "特斯拉上海工厂" is a place's business, not its name). */
const ORG_HEADS = byLength(Z.ORG_HEADS + ' ' + Z.LATER_ORG_HEADS);
/** Fewer characters are as often a word as a name ("西部", "南方"). */
const LEAST = 3;
const MOST = 8;

/**
 * A foreign place nobody listed, in Chinese: a run of transcription characters where the text says a place comes, right
 * after another place ("肯尼亚蒙巴萨", "巴伊亚州卡马萨里") or after a verb of going there ("延伸至纳瓦沙"), as an address
 * names a country, then a state, then a city. Not where a verb only a person does follows ("法国马克龙表示"), nor an
 * organisation's head ("德国西门子公司"). Its end, else -1.
 */
export function transcribedPlaceEnd(text: string, i: number, afterPlace: boolean): number {
  if (!TRANSCRIBED.has(text.charAt(i))) return -1;
  if (!afterPlace && !(TO_PLACE_ENDS.has(text.charAt(i - 1)) && TO_PLACE.some((w) => text.startsWith(w, i - w.length)))) return -1;
  let end = i + 1;
  while (end < i + MOST && TRANSCRIBED.has(text.charAt(end))) end++;
  if (end - i < LEAST || end === i + MOST) return -1;
  const followedBy = (list: readonly string[]): boolean => list.some((w) => text.startsWith(w, end));
  return followedBy(PERSON_AFTER) || followedBy(ORG_HEADS) || '·•‧・'.includes(text.charAt(end)) ? -1 : end;
}
