import { byline, formatDate } from './format';
import type { Article } from './useArticle';

/** Puts `text` on the clipboard as a quotation followed by where it comes from, so it can be pasted and cited. */
export function copyQuote(article: Article, text: string): Promise<void> {
  const source = byline([article.title, article.source, formatDate(article.published)]).replaceAll(' · ', ', ');
  return navigator.clipboard.writeText(`“${text}”\n— ${source}${article.url ? `\n${article.url}` : ''}`);
}
