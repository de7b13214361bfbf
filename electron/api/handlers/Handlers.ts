import type { Channel, ResponseOf, ValidRequestOf } from '../../common/contract/contract';
import type { Library } from '../../library/Library';
import type { FetchPage } from '../../library/moves/fetchPage';
import { RequestError } from '../../common/RequestError';

/** A handler receives a request already validated against the contract. */
export type Handler<C extends Channel> = (request: ValidRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };
export type HandlersOf<C extends Channel> = { [K in C]: Handler<K> };
/** The handlers of every channel named `<prefix>.…`: each prefix's file covers exactly its channels. */
export type PrefixHandlers<P extends string> = HandlersOf<Extract<Channel, `${P}.${string}`>>;

/** What every domain's handlers are built from. */
export interface HandlerContext {
  library: Library;
  version: string;
  mode: 'desktop' | 'browser' | 'cli';
  /** The desktop app's native file picker; absent elsewhere. */
  pickImportPaths?: (kind: 'files' | 'folder') => Promise<string[]>;
  /** The desktop app's native save dialog: the path chosen, or null when cancelled. */
  pickSavePath?: (suggestion: SaveSuggestion) => Promise<string | null>;
  /** The desktop app's file manager, opened on the folder of a file with the file selected. */
  showInFolder?: (file: string) => void;
  /** The desktop app's printing of a self-contained HTML page to PDF. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
  /** How `library.save` fetches a page; by default the library's fetcher (fetchPage.ts). */
  fetchPage?: FetchPage;
}

/** What the save dialog proposes: a file name in the folder last used, of one kind. */
export interface SaveSuggestion {
  fileName: string;
  folder: string | null;
  /** "Markdown", with its extension without the dot. */
  kind: { name: string; extension: string };
}

/** A request named something that does not exist (an unknown article id, say). */
export class NotFoundError extends RequestError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super('not_found', message);
  }
}

/** Writing or reading wherever a request says is for the command line; the reader's windows choose through a dialog or a download. */
export function onlyFromCli({ mode }: HandlerContext, what: string): void {
  if (mode !== 'cli') throw new RequestError('invalid', `${what} is only possible from the command line.`);
}
