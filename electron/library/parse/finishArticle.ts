import { mentionToIso } from './dates';
import { readDateline } from './dateline';
import { detectLanguage } from './detectLanguage';
import { readMetaLine, type MetaLine } from './metaLine';
import { findAttribution, outletName } from './outlets';
import { isReadable, titleFromLead } from './titleFromLead';
import { blocksToText, NO_TEXT, ParseError, type Block, type ParsedArticle } from './types';

/** What a format's parser found; `finishArticle` fills the gaps from the body the same way for every format. */
export interface ArticleDraft {
  title: string | null;
  published: string | null;
  source: string | null;
  author: string | null;
  url: string | null;
  tags: string[];
  blocks: Block[];
  /** The language the document declares, used when detection cannot tell. */
  declaredLanguage?: string | null;
}

/** Paragraphs shorter than this may legitimately repeat ("Yes.", a refrain); longer repeats are captions and teasers. */
const MIN_DEDUPED_CHARS = 20;
/** A photo caption may come before the paragraph that opens with the dateline. */
const DATELINE_BLOCKS = 3;
/** Attribution ("…, reports BELTA.") is only trusted near the top, where a clipping credits its source. */
const ATTRIBUTION_BLOCKS = 2;
const ATTRIBUTION_CHARS = 600;
/** A long lead credits its source at its end as often as at its start ("…, reports BELTA."). */
const ATTRIBUTION_TAIL = 200;

export function finishArticle(draft: ArticleDraft): ParsedArticle {
  const blocks = dedupe(draft.blocks, draft.title);
  const byline = takeByline(blocks);
  const text = blocksToText(blocks);
  const paragraphs = blocks.filter((b) => b.kind === 'p');
  const lead = paragraphs[0];
  const datelines = paragraphs.slice(0, DATELINE_BLOCKS).map((b) => readDateline(b.text));
  const dateline = datelines.find((d) => d !== null) ?? null;
  const leadDateline = datelines[0] ?? null;
  // An odd lead (one opening with punctuation, or with none of its own text) makes a weaker title, never a refused file.
  const title =
    tidy(draft.title) ??
    (lead ? titleFromLead(lead.text.slice(leadDateline?.length ?? 0)) : null) ??
    blocks.map((b) => titleFromLead(b.text)).find((t) => t !== null);
  if (!title) throw new ParseError(NO_TEXT);
  // The attribution regex is the costliest look at the text: only when nothing else names the source.
  const source = tidy(draft.source) ?? byline?.source ?? dateline?.source ?? findLeadAttribution(paragraphs);
  return {
    title,
    published: draft.published ?? (byline?.date ? mentionToIso(byline.date, text) : null) ?? (dateline?.date ? mentionToIso(dateline.date, text) : null),
    source: source === null ? null : outletName(source),
    author: tidy(draft.author) ?? byline?.author ?? dateline?.author ?? null,
    dateline: dateline?.place ?? null,
    language: detectLanguage(text) ?? draft.declaredLanguage ?? null,
    url: draft.url,
    tags: [...new Set(draft.tags.map((t) => t.trim()).filter((t) => t.length > 0))],
    blocks: blocks.map((b) => (b.kind === 'h' ? { ...b, level: Math.min(Math.max(b.level ?? 2, 2), 6) } : b)),
  };
}

/** A known outlet credited near the top ("…, reports BELTA."), at the start of a lead or at the end of a long one. */
function findLeadAttribution(paragraphs: Block[]): string | null {
  for (const { text } of paragraphs.slice(0, ATTRIBUTION_BLOCKS)) {
    const found =
      findAttribution(text.slice(0, ATTRIBUTION_CHARS)) ?? (text.length > ATTRIBUTION_CHARS ? findAttribution(text.slice(-ATTRIBUTION_TAIL)) : null);
    if (found) return found;
  }
  return null;
}

/** A page puts its byline above the text, as a paragraph or under a caption: it is metadata, not the article. */
const BYLINE_BLOCKS = 2;

/** Removes a byline ("By Anna Kowal", "By Olga Petrova · 13 May 2024") from the top of the body and returns what it says. */
function takeByline(blocks: Block[]): MetaLine | null {
  for (let i = 0; i < Math.min(BYLINE_BLOCKS, blocks.length); i++) {
    const meta = blocks[i]!.kind === 'p' ? readMetaLine(blocks[i]!.text) : null;
    if (meta?.author) return blocks.splice(i, 1) && meta;
  }
  return null;
}

/** Drops a repeated title and second copies of repeated paragraphs (photo captions a clipping shows twice). */
function dedupe(blocks: Block[], title: string | null): Block[] {
  const seen = new Set<string>(title ? [normalize(title)] : []);
  return blocks.filter((b) => {
    if (b.kind === 'image') return true;
    const key = normalize(b.text);
    if (seen.has(key)) return false;
    if (key.length >= MIN_DEDUPED_CHARS) seen.add(key);
    return true;
  });
}

// Most paragraphs have single spaces only: testing for that is much cheaper than rewriting every one.
const normalize = (s: string): string => {
  const lower = s.toLowerCase();
  return /\s\s|[^\S ]/.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower.trim();
};

function tidy(s: string | null): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t && isReadable(t) ? t : null;
}
