import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, type ExportCounts, type ExportFormat, type ExportPreview, type ExportScope } from '../../common/contract/exportsContract';
import type { Library } from '../Library';
import { RequestError } from '../../common/RequestError';
import { readwiseCsv } from './formats/csvExport';
import { countSet, type ExportSet } from './formats/exportTypes';
import { htmlPage } from './formats/htmlExport';
import { ATTACHMENTS, attachmentPath, type ExportPicture } from './formats/highlightPictures';
import { ExportLoader } from './ExportLoader';
import { articleMarkdown, selectionMarkdown } from './formats/markdownExport';
import { distinctFileNames, safeFileName } from './formats/safeFileName';
import { w3cJson } from './formats/w3cExport';

export type TextFormat = Exclude<ExportFormat, 'pdf'>;

export interface ExportOptions {
  /** CSV only: start with a UTF-8 byte-order mark, for spreadsheet programs. */
  bom: boolean;
  /**
   * Markdown and HTML: carry the pictures highlights take in (the default). Off for a preview, and for Markdown that
   * leaves as a download: one file cannot bring the attachments its images name.
   */
  pictures?: boolean;
}

export interface ExportFile {
  name: string;
  content: string;
}

/** How each format is named and typed; 'pdf' is the printed HTML page. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; mimeType: string; label: string }> = {
  md: { extension: '.md', mimeType: 'text/markdown', label: 'Markdown' },
  json: { extension: '.json', mimeType: 'application/ld+json', label: 'W3C Web Annotation JSON-LD' },
  csv: { extension: '.csv', mimeType: 'text/csv', label: 'CSV (Readwise)' },
  html: { extension: '.html', mimeType: 'text/html', label: 'HTML page' },
  pdf: { extension: '.pdf', mimeType: 'application/pdf', label: 'PDF' },
};

const PREVIEW_ARTICLES = 3;
const PREVIEW_ITEMS = 5;
const PREVIEW_LINES = 60;
const LAST_FORMAT = 'export.format';
const LAST_FOLDER = 'export.folder';

/** Exports of the user's notes: what a scope holds, the files a format makes of it, and where they were last written. */
export class Exports {
  private readonly loader: ExportLoader;

  constructor(private readonly library: Library) {
    this.loader = new ExportLoader(library.db, () => library.annotations.colors.meanings());
  }

  count(scope: ExportScope): ExportCounts {
    return this.loader.count(scope);
  }

  /**
   * What the export will hold: its counts, its first highlights, the start of its text (of a page, its body)
   * cut to a few dozen lines, and the file name it suggests.
   */
  preview(format: ExportFormat, scope: ExportScope, options: ExportOptions): ExportPreview {
    const counts = this.loader.count(scope);
    const set = this.loader.load(scope, PREVIEW_ARTICLES);
    const fileName = this.fileName(format, set, counts);
    const text = render(textFormat(format), set, { ...options, pictures: false }, fileName, this.library)[0]!.content;
    const lines = text.slice(textFormat(format) === 'html' ? Math.max(0, text.indexOf('<body>')) : 0).split('\n');
    const sample = lines.length > PREVIEW_LINES || counts.articles > set.articles.length ? `${lines.slice(0, PREVIEW_LINES).join('\n')}\n…` : lines.join('\n');
    const items = set.articles
      .flatMap((a) => a.highlights.map((h) => ({ article: a.title, quote: h.quote, color: h.color, note: h.note, orphaned: h.orphaned })))
      .slice(0, PREVIEW_ITEMS);
    return { counts, fileName, items, sample };
  }

  /**
   * The export as files: one per article for `perArticle` Markdown, else one; for Markdown with pictures, the
   * `attachments` its images name, to write beside it (writeAttachments).
   */
  render(
    format: TextFormat,
    scope: ExportScope,
    options: ExportOptions,
    perArticle = false,
  ): { files: ExportFile[]; attachments: ExportPicture[]; counts: ExportCounts; set: ExportSet } {
    const set = this.loader.load(scope);
    const counts = countSet(set);
    const files = render(format, set, options, perArticle ? null : this.fileName(format, set, counts), this.library);
    const shown = format === 'md' && options.pictures !== false ? set.articles.flatMap((a) => [...a.pictures.values()].flat()) : [];
    return { files, attachments: [...new Map(shown.map((p) => [p.hash, p])).values()], counts, set };
  }

  /** Writes a Markdown export's pictures into the `attachments` folder of `folder`, where its images look for them. */
  writeAttachments(folder: string, attachments: readonly ExportPicture[]): void {
    if (attachments.length === 0) return;
    try {
      fs.mkdirSync(path.join(folder, ATTACHMENTS), { recursive: true });
    } catch {
      throw new RequestError('invalid', `Cannot make the folder ${path.join(folder, ATTACHMENTS)}.`);
    }
    for (const p of attachments) {
      const stored = this.library.pictures.get(p.hash);
      if (stored) writeFile(path.join(folder, attachmentPath(p)), stored.bytes);
    }
  }

  /**
   * Writes the export at `destination`: a folder (existing, or named with a trailing slash) gets one Markdown file
   * per article, or the suggested file name for the other formats; anything else is the file to write.
   */
  writeTo(format: TextFormat, scope: ExportScope, options: ExportOptions, destination: string): { written: string[]; counts: ExportCounts } {
    const isFolder = /[\\/]$/.test(destination) || (fs.existsSync(destination) && fs.statSync(destination).isDirectory());
    const target = path.resolve(destination);
    const { files, attachments, counts } = this.render(format, scope, options, isFolder && format === 'md');
    if (isFolder) {
      try {
        fs.mkdirSync(target, { recursive: true });
      } catch {
        throw new RequestError('invalid', `Cannot make the folder ${target}.`);
      }
    }
    const written = files.map((f) => {
      const file = isFolder ? path.join(target, f.name) : target;
      writeFile(file, f.content);
      return file;
    });
    this.writeAttachments(isFolder ? target : path.dirname(target), attachments);
    this.remember(format, written[0] ?? null);
    return { written, counts };
  }

  /** The last format used, and the folder last written to, for the next export's defaults. */
  last(): { format: ExportFormat | null; folder: string | null } {
    const format = this.library.getSetting(LAST_FORMAT);
    return { format: EXPORT_FORMATS.find((f) => f === format) ?? null, folder: this.library.getSetting(LAST_FOLDER) };
  }

  remember(format: ExportFormat, writtenFile: string | null): void {
    this.library.setSetting(LAST_FORMAT, format);
    if (writtenFile) this.library.setSetting(LAST_FOLDER, path.dirname(writtenFile));
  }

  /** The suggested name: the article's title for one article, else the scope's label. */
  fileName(format: ExportFormat, set: ExportSet, counts: ExportCounts): string {
    const title = counts.articles === 1 && set.articles[0] ? set.articles[0].title : `Dossier - ${set.label}`;
    return safeFileName(title, FORMAT_FILES[format].extension);
  }
}

/** A PDF is printed from the HTML page. */
export function textFormat(format: ExportFormat): TextFormat {
  return format === 'pdf' ? 'html' : format;
}

/** One file named `name`, or (`name` null, Markdown only) a file per article named after its title. */
function render(format: TextFormat, set: ExportSet, options: ExportOptions, name: string | null, library: Library): ExportFile[] {
  const pictures = options.pictures !== false;
  if (name === null) {
    const names = distinctFileNames(
      set.articles.map((a) => a.title),
      FORMAT_FILES.md.extension,
    );
    return set.articles.map((a, i) => ({ name: names[i]!, content: articleMarkdown(a, set.meanings, pictures) }));
  }
  switch (format) {
    case 'md':
      return [{ name, content: set.articles.length === 1 ? articleMarkdown(set.articles[0]!, set.meanings, pictures) : selectionMarkdown(set, pictures) }];
    case 'json':
      return [{ name, content: w3cJson(set) }];
    case 'csv':
      return [{ name, content: readwiseCsv(set, options.bom) }];
    case 'html':
      return [{ name, content: htmlPage(set, pictures ? (hash) => library.pictures.get(hash) : undefined) }];
  }
}

export function writeFile(file: string, content: string | Uint8Array): void {
  try {
    fs.writeFileSync(file, content);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const reason =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : 'it cannot be written';
    throw new RequestError('invalid', `Cannot write ${file}: ${reason}.`);
  }
}
