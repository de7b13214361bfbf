import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { ROOT } from './helpers/tempLibrary';

// The project's own configuration, without type information: the files linted here exist only in these tests.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });

/** The rules a file at `file` (relative to the project) breaks with `source`. */
async function broken(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

test('the renderer may import electron/common/ and nothing else from electron/', async () => {
  const library = await broken('renderer/src/list/probe.ts', "import { Library } from '../../../electron/library/Library';\nexport const x = Library;\n");
  assert.equal(library.length, 1, library.join('\n'));
  assert.match(library[0]!, /^import-x\/no-restricted-paths: .*renderer may import only electron\/common/);
  const api = await broken('renderer/src/list/probe.ts', "import { dispatch } from '../../../electron/api/dispatch';\nexport const x = dispatch;\n");
  assert.match(api.join('\n'), /no-restricted-paths/);
  assert.deepEqual(
    await broken('renderer/src/list/probe.ts', "import { parseQuery } from '../../../electron/common/query/queryParser';\nexport const x = parseQuery;\n"),
    [],
  );
  assert.match((await broken('renderer/src/list/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).join('\n'), /no-nodejs-modules/);
});

test('electron/common/ imports neither Node, Electron nor the rest of electron/', async () => {
  assert.match((await broken('electron/common/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).join('\n'), /no-nodejs-modules/);
  assert.match((await broken('electron/common/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).join('\n'), /no-restricted-imports/);
  const library = await broken('electron/common/probe.ts', "import { Library } from '../library/Library';\nexport const x = Library;\n");
  assert.match(library.join('\n'), /no-restricted-paths: .*may import only itself/);
});

test('the library never imports Electron or the hosts that serve it', async () => {
  assert.match((await broken('electron/library/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).join('\n'), /no-restricted-imports/);
  for (const host of ['../api/dispatch', '../cli/callApi', '../web/webServer', '../ipc/registerIpcHandlers']) {
    const found = await broken('electron/library/probe.ts', `import * as host from '${host}';\nexport const x = host;\n`);
    assert.match(found.join('\n'), /no-restricted-paths: .*never imports its hosts/, host);
  }
  assert.deepEqual(
    await broken('electron/library/probe.ts', "import { z } from 'zod';\nimport { id } from '../common/shapes/fields';\nexport const x = z.array(id);\n"),
    [],
  );
});

test('the renderer imports only types from zod schemas, so its bundle never loads zod', async () => {
  const value = await broken(
    'renderer/src/list/probe.ts',
    "import { highlight } from '../../../electron/common/shapes/highlightShapes';\nexport const x = highlight;\n",
  );
  assert.match(value.join('\n'), /no-restricted-imports: .*only types/);
  const type = "import type { Highlight } from '../../../electron/common/shapes/highlightShapes';\nexport const x: Highlight | null = null;\n";
  assert.deepEqual(await broken('renderer/src/list/probe.ts', type), []);
});
