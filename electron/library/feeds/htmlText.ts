import { Parser } from 'htmlparser2';

/** The text of a fragment of HTML, scripts and styles left out: for titles and names that carry markup. */
export function htmlText(html: string): string {
  let text = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname: (name) => void ((name === 'script' || name === 'style') && skipping++),
      onclosetag: (name) => void ((name === 'script' || name === 'style') && skipping--),
      ontext: (data) => void (skipping === 0 && (text += data)),
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return text;
}
