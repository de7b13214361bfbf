import path from 'node:path';
import { Exports, FORMAT_FILES, textFormat, writeFile } from '../../library/export/Exports';
import { writeLibraryExport } from '../../library/export/library/writeLibraryExport';
import { RequestError } from '../../common/RequestError';
import { type HandlerContext, onlyFromCli, type PrefixHandlers } from './Handlers';

const NOTHING = 'Nothing to export: no article in this scope has highlights, a note or tags.';

export function exportsHandlers(ctx: HandlerContext): PrefixHandlers<'exports'> {
  const { library, mode, pickSavePath, printToPdf } = ctx;
  const exports = new Exports(library);
  return {
    'exports.preview': ({ format, scope, bom }) => exports.preview(format, scope, { bom }),
    'exports.write': async ({ format, scope, bom, destination }) => {
      const options = { bom };
      if (destination !== undefined) {
        onlyFromCli(ctx, 'Writing an export to a named path');
        if (format === 'pdf') throw new RequestError('invalid', 'PDF is printed by the desktop app; export html and print it instead.');
        if (exports.count(scope).articles === 0) throw new RequestError('invalid', NOTHING);
        return { ...exports.writeTo(format, scope, options, destination), download: null };
      }
      // A download is one file: Markdown's pictures, which are files beside it, stay out of it.
      const { files, attachments, counts, set } = exports.render(textFormat(format), scope, { ...options, pictures: mode === 'desktop' || format !== 'md' });
      if (counts.articles === 0) throw new RequestError('invalid', NOTHING);
      const { content } = files[0]!;
      if (mode !== 'desktop') {
        exports.remember(format, null);
        const { mimeType } = FORMAT_FILES[textFormat(format)];
        return { counts, written: [], download: { fileName: files[0]!.name, mimeType, content, print: format === 'pdf' } };
      }
      if (!pickSavePath || (format === 'pdf' && !printToPdf)) throw new RequestError('invalid', 'This build of the app cannot show a save dialog.');
      const { extension, label } = FORMAT_FILES[format];
      const file = await pickSavePath({
        fileName: exports.fileName(format, set, counts),
        folder: exports.last().folder,
        kind: { name: label, extension: extension.slice(1) },
      });
      if (file === null) return { counts, written: [], download: null };
      writeFile(file, format === 'pdf' ? await printToPdf!(content) : content);
      exports.writeAttachments(path.dirname(file), attachments);
      exports.remember(format, file);
      return { counts, written: [file], download: null };
    },
    'exports.library': ({ destination }) => {
      if (destination !== undefined) onlyFromCli(ctx, 'Writing a library export to a named path');
      const stamp = new Date().toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '-');
      return writeLibraryExport(library, destination ?? path.join(path.dirname(library.file), 'exports', `Dossier library ${stamp}`));
    },
    'exports.last': () => ({ format: exports.last().format }),
  };
}
