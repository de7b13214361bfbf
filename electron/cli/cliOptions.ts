import { parseArgs } from 'node:util';

/** Every option any command takes; each command reads the ones it documents. */
export const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  limit: { type: 'string' },
  kind: { type: 'string' },
  name: { type: 'string' },
  folder: { type: 'string' },
  article: { type: 'string' },
  quote: { type: 'string' },
  occurrence: { type: 'string' },
  color: { type: 'string' },
  note: { type: 'string' },
  tag: { type: 'string', multiple: true },
  format: { type: 'string' },
  query: { type: 'string' },
  count: { type: 'string' },
  out: { type: 'string' },
  bom: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  empty: { type: 'boolean', default: false },
  yes: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
} as const;

export type CliOptions = ReturnType<typeof parseCli>['values'];

export function parseCli(argv: string[]) {
  return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
}
