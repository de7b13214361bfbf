import path from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers } from '../api/handlers/createHandlers';
import { appRoot, appVersion } from '../appRoot';
import { defaultLibraryFile } from '../defaultLibraryFile';
import { FeedScheduler } from '../library/feeds/FeedScheduler';
import { Library } from '../library/Library';
import { fetchWaiting } from '../library/moves/fetchWaiting';
import { startWebServer } from './webServer';

/** `npm run web [-- --port N] [-- --db FILE]`: the reader in a browser, over the same handlers as the desktop app. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, db: { type: 'string' } } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  const root = appRoot();
  const library = await Library.open(values.db ? path.resolve(values.db) : defaultLibraryFile());
  await library.seedOnce(path.join(root, 'seeds'));
  const server = await startWebServer({
    handlers: createHandlers({ library, version: appVersion(), mode: 'browser' }),
    staticDir: path.join(root, 'dist', 'renderer'),
    pictures: library.pictures,
    port,
  });
  console.log(`Dossier is at ${server.url}`);
  const feedSchedule = new FeedScheduler(library.feeds, {
    onError: (err) => console.error('dossier web: a feed could not be refreshed:', err),
    alsoFetch: () => fetchWaiting(library.waiting),
  });
  feedSchedule.start();
  const stop = () =>
    void Promise.all([server.close(), feedSchedule.stop()]).then(() => {
      library.close();
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`dossier web: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
