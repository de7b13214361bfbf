/**
 * The one API contract between the reader and the library: each channel's request and response schema.
 * Electron's IPC handlers and the browser-mode HTTP API are both registered from it, and every request is
 * validated against it at the boundary. The renderer imports only its types.
 */
import type { z } from 'zod';
import { annotationsContract } from './annotationsContract';
import { appContract } from './appContract';
import { articlesContract } from './articlesContract';
import { colorsContract } from './colorsContract';
import { dialogsContract } from './dialogsContract';
import { entitiesContract } from './entitiesContract';
import { exportsContract } from './exportsContract';
import { facetsContract } from './facetsContract';
import { feedsContract } from './feedsContract';
import { highlightsContract } from './highlightsContract';
import { importsContract } from './importsContract';
import { libraryContract } from './libraryContract';
import { notesContract } from './notesContract';
import { readingContract } from './readingContract';
import { reviewContract } from './reviewContract';
import { settingsContract } from './settingsContract';
import { storiesContract } from './storiesContract';
import { tagsContract } from './tagsContract';
import { viewsContract } from './viewsContract';

/** Every channel, one file per channel prefix; each prefix's handlers live in api/handlers/<prefix>Handlers.ts. */
export const contract = {
  ...appContract,
  ...libraryContract,
  ...articlesContract,
  ...readingContract,
  ...facetsContract,
  ...viewsContract,
  ...importsContract,
  ...dialogsContract,
  ...entitiesContract,
  ...annotationsContract,
  ...highlightsContract,
  ...notesContract,
  ...tagsContract,
  ...colorsContract,
  ...exportsContract,
  ...settingsContract,
  ...reviewContract,
  ...feedsContract,
  ...storiesContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (defaults may be left out). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives, after validation and defaults. */
export type ValidRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export type ApiErrorCode = 'invalid' | 'not_found' | 'library' | 'internal';
export interface ApiFailure {
  code: ApiErrorCode;
  message: string;
  /** The library cannot be reached for now (locked by another program, its file moved away): the same request may succeed later. */
  transient?: boolean;
}
/** What crosses the boundary: never an exception, always one of these. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiFailure };

/** The reader's view of the API, identical over IPC and HTTP. */
export interface DossierApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
}

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
