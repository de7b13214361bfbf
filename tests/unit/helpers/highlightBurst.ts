// A child process of crashHighlights, which kills it with SIGKILL while it writes:
// `node highlightBurst.js LIBRARY ARTICLE_ID` adds highlights one after another through the domain API until killed.
import { Library } from '../../../electron/library/Library';
import { BURST_CUE, burstHighlight } from './burstHighlight';

async function burst(file: string, articleId: number): Promise<void> {
  const library = await Library.open(file);
  const { highlights } = library.annotations;
  const { length } = library.articles.get(articleId)!.body;
  let n = highlights.forArticle(articleId).length;
  process.stdout.write(BURST_CUE);
  for (;;) {
    const { start, end, ...fields } = burstHighlight(n++, length);
    highlights.create(articleId, { start, end }, fields);
  }
}

void burst(process.argv[2]!, Number(process.argv[3]));
