import { firstSentence } from '../parse/titleFromLead';

/** How far either side of the quote to look for its sentence's ends; a longer sentence is cut there. */
const REACH = 600;

/**
 * The rest of the sentence a quote stands in: the text before it back to its sentence's start, and after it to the
 * end of the sentence it ends in. Sentences end as in titles made from leads (not at "Sept." or "Mr."), and at a
 * paragraph's end.
 */
export function sentenceAround(body: string, start: number, end: number): { before: string; after: string } {
  const paragraphEnd = body.indexOf('\n', end);
  const limit = Math.min(paragraphEnd === -1 ? body.length : paragraphEnd, end + REACH);
  let from = Math.max(body.slice(0, start).lastIndexOf('\n') + 1, start - REACH);
  let sentenceStart = from;
  let sentenceEnd = limit;
  while (from < limit) {
    const stop = from + firstSentence(body.slice(from, limit)).length;
    const next = stop + (/^\s*/.exec(body.slice(stop, limit))?.[0].length ?? 0);
    if (next <= start) sentenceStart = next;
    else if (stop >= end) {
      sentenceEnd = stop;
      break;
    }
    from = next;
  }
  return { before: body.slice(sentenceStart, start), after: body.slice(end, sentenceEnd) };
}
