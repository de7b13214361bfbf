import path from 'node:path';
import { createHandlers } from '../api/handlers/createHandlers';
import { appVersion } from '../appRoot';
import { defaultLibraryFile } from '../defaultLibraryFile';
import { Library } from '../library/Library';
import type { CommandContext } from './callApi';
import { parseCli } from './cliOptions';
import { commands } from './commands';
import { UsageError } from './UsageError';

const HELP = `dossier — read and search a Dossier library from the command line

Usage: dossier <command> [options]

Commands:
  import PATH...        import files and folders (recursively); exit status 1 if any file failed.
                        A .json file is an annotation file (Dossier's JSON export, W3C or Hypothesis
                        JSON): its highlights are attached to the matching articles, never twice.
                        Exports of other apps are recognised by their content, whatever their names:
                        Pocket (HTML or CSV), Instapaper (CSV), Omnivore (zip), Readwise (either CSV);
                        entries become articles (those known by address only wait for their page),
                        with their tags, read state and highlights; a folder written by
                        "export --format library" brings that library back
  save URL...           fetch web pages once and keep them offline as articles (title, site, author
                        and date from their metadata); one that cannot be fetched is kept waiting for
                        its page, with the reason (exit status 1)
                        An OPML file (told by its content) subscribes to its feeds, in their folders
  feed add URL [--folder F]
                        subscribe to a feed (RSS, RDF, Atom, JSON Feed), or to the feed a page
                        advertises, and fetch its items as articles
  feed list             the feeds, with unread counts and why the last refresh failed, if it did
  feed refresh [ID]     ask one feed's server, or every feed's, for news now; exit status 1 if any failed
  feed remove ID        unsubscribe (the feed's articles stay); feed rename ID NAME renames it
  list [--limit N]      list articles, newest first (archived ones and the Trash's left out)
  show ID               show one article
  versions ID           the versions of an article's text, oldest first, the current one last: a
                        re-imported file or a feed item that changed keeps its earlier text
  restore-version ID VERSION
                        make an earlier version's text current again (the current text is kept as a
                        version; highlights are placed again in the restored text)
  search QUERY          search with the reader's query language (words, "phrases", source:, person:, after: …);
                        archived articles and the Trash's only with is:archived or is:trashed
  archive ID...         put articles out of the list, kept (search is:archived finds them)
  unarchive ID...       bring archived articles back into the list
  delete ID...          move articles to the Trash, with their highlights and notes (no prompt: nothing is lost)
  restore-article ID... bring articles back from the Trash, to the list or the archive they left
  trash [--empty --yes] what is in the Trash; --empty --yes deletes it, with its annotations, for good
  entities [TEXT] [--kind K]
                        entities (K: person, place or org), most articles first, with their article
                        counts; TEXT narrows to names and aliases containing it
  entity show ID        an entity: its aliases, its articles by date, the entities mentioned with it
  entity rename ID NAME       corrections, kept through re-import and re-extraction:
  entity merge ID INTO_ID     rename, merge ID into INTO_ID, change the kind (person, place, org),
  entity kind ID K            hide a false entity or show it again
  entity hide|unhide ID
  entity mark ARTICLE_ID --quote TEXT --kind K [--name NAME] [--occurrence N]
                        mark a span the extractor missed as entity NAME (default: the text)
  entity reextract      extract the entities of every article again
  highlight add ARTICLE_ID --quote TEXT [--occurrence N] [--color C] [--note TEXT] [--tag T ...]
                        highlight the exact text (C: yellow, red, green, blue, purple); a quote found
                        more than once needs --occurrence N
  highlight list [--article ID]
                        highlights in text order, orphaned ones (text no longer found) last
  highlight delete HIGHLIGHT_ID
  review [--query Q] [--count N]
                        today's review: N highlights (default: the reader's setting, 10), each
                        article as likely as its share of the highlights; Q a themed review in
                        the search language, where color: and tag: name the highlights themselves
  stories [--query Q] [--limit N]
                        stories (articles of several outlets or languages reporting one event), newest
                        first, each with its articles in time order; Q keeps those with an article it
                        matches (the search language; story:ID finds a story's articles)
  story ID              a story: its articles, outlets, languages, people and places
  export --format F --out PATH [--query Q | --article ID] [--bom]
                        export notes and highlights (F: md for Obsidian/Logseq, json for W3C Web
                        Annotation JSON-LD, csv for Readwise, html to print) of one article, a
                        query's articles or every annotated article; PATH a file, or a folder for
                        one Markdown file per article; --bom starts a CSV with a byte-order mark
  export --format library --out DIR
                        the whole library in open formats: each article as Markdown (front matter,
                        its whole text, its notes and highlights), annotations.json (W3C) of every
                        annotation, feeds.opml; "import DIR" brings it back
  backup FILE           the whole library (articles, highlights, notes, tags, corrections, saved
                        searches, settings) as one JSON file
  restore FILE [--force]
                        rebuild the library from a backup; --force replaces a library that is not empty
  help                  this text

Options:
  --db FILE             the library file (default: $DOSSIER_DB, else the desktop app's library:
                        ${defaultLibraryFile()})
  --json                machine-readable output
  --limit N             at most N articles, entities or stories (list, entities, stories)
  --kind K              only entities of kind K (entities)
  --count N             at most N cards, 1 to 100 (review)
  --folder F            the folder a new feed is filed in (feed add)
  --empty, --yes        empty the Trash (trash), which needs --yes: it cannot be undone

"show ID --json" adds "entities": [{"id","kind","name","aliases","mentions":[{"start","end","text"}]}],
offsets into the article's "body", and "note", "tags" and "highlights":
[{"id","articleId","quote","prefix","suffix","start","end","color","note","tags","orphaned"}].
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv);
  const [name, ...args] = positionals;
  if (values.version) return (print(appVersion()), 0);
  if (values.help || !name || name === 'help') return (print(HELP), 0);
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new UsageError(`unknown command "${name}"`);
  const library = await Library.open(values.db ? path.resolve(values.db) : defaultLibraryFile());
  try {
    const ctx: CommandContext = {
      handlers: createHandlers({ library, version: appVersion(), mode: 'cli' }),
      args,
      options: values,
      print,
    };
    return await command(ctx);
  } finally {
    library.close();
  }
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(err instanceof UsageError ? `dossier: ${message}\nRun "dossier --help" for usage.\n` : `dossier: ${message}\n`);
    process.exitCode = 2;
  },
);
