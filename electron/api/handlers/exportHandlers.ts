import path from 'node:path';
import { importAnnotationFile } from '../../library/annotations/import/annotationImport';
import { Exports, FORMAT_FILES, textFormat, writeFile } from '../../library/export/Exports';
import { readBackup, restoreBackup } from '../../library/backup/restoreBackup';
import { writeBackup } from '../../library/backup/writeBackup';
import { RequestError } from '../../library/RequestError';
import type { HandlerContext, HandlersOf } from './Handlers';

type ExportChannel = 'exports.preview' | 'exports.write' | 'exports.last' | 'annotations.import' | 'library.backup' | 'library.restore';

const NOTHING = 'Nothing to export: no article in this scope has highlights, a note or tags.';

export function exportHandlers({ library, mode, pickSavePath, printToPdf }: HandlerContext): HandlersOf<ExportChannel> {
  const exports = new Exports(library);
  // Writing wherever a request says is for the command line; the reader's windows choose through a dialog or a download.
  const onlyFromCli = (what: string) => {
    if (mode !== 'cli') throw new RequestError('invalid', `${what} is only possible from the command line.`);
  };
  return {
    'exports.preview': ({ format, scope, bom }) => exports.preview(format, scope, { bom }),
    'exports.write': async ({ format, scope, bom, destination }) => {
      const options = { bom };
      if (destination !== undefined) {
        onlyFromCli('Writing an export to a named path');
        if (format === 'pdf') throw new RequestError('invalid', 'PDF is printed by the desktop app; export html and print it instead.');
        if (exports.count(scope).articles === 0) throw new RequestError('invalid', NOTHING);
        return { ...exports.writeTo(format, scope, options, destination), download: null };
      }
      const { files, counts, set } = exports.render(textFormat(format), scope, options);
      if (counts.articles === 0) throw new RequestError('invalid', NOTHING);
      const { content } = files[0]!;
      if (mode !== 'desktop') {
        exports.remember(format, null);
        const { mimeType } = FORMAT_FILES[textFormat(format)];
        return { counts, written: [], download: { fileName: files[0]!.name, mimeType, content, print: format === 'pdf' } };
      }
      if (!pickSavePath || (format === 'pdf' && !printToPdf)) throw new RequestError('invalid', 'This build of the app cannot show a save dialog.');
      const { extension, label } = FORMAT_FILES[format];
      const file = await pickSavePath({ fileName: exports.fileName(format, set, counts), folder: exports.last().folder, kind: { name: label, extension: extension.slice(1) } });
      if (file === null) return { counts, written: [], download: null };
      writeFile(file, format === 'pdf' ? await printToPdf!(content) : content);
      exports.remember(format, file);
      return { counts, written: [file], download: null };
    },
    'exports.last': () => ({ format: exports.last().format }),
    'annotations.import': ({ paths }) => ({
      results: paths.map((file) => {
        try {
          return { file, ...importAnnotationFile(library, path.resolve(file)) };
        } catch (err) {
          if (!(err instanceof RequestError)) throw err;
          return { file, added: 0, existing: 0, unmatched: 0, orphaned: 0, skipped: 0, error: err.message };
        }
      }),
    }),
    'library.backup': ({ destination }) => {
      onlyFromCli('Writing a backup to a named path');
      const file = path.resolve(destination);
      return { file, counts: writeBackup(library, file) };
    },
    'library.restore': ({ source, force }) => {
      onlyFromCli('Restoring a backup');
      return { counts: restoreBackup(library, readBackup(path.resolve(source)), force) };
    },
  };
}
