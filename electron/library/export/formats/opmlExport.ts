/** A subscription as OPML carries it. */
export interface OpmlFeed {
  title: string;
  xmlUrl: string;
  htmlUrl: string | null;
  /** The folder it is filed under, or null. */
  folder: string | null;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);

/** OPML 2.0 of the subscriptions, folders as outlines holding their feeds. */
export function feedsOpml(feeds: readonly OpmlFeed[], created: string): string {
  const outline = (f: OpmlFeed, indent: string) =>
    `${indent}<outline type="rss" text="${escapeXml(f.title)}" title="${escapeXml(f.title)}" xmlUrl="${escapeXml(f.xmlUrl)}"${f.htmlUrl ? ` htmlUrl="${escapeXml(f.htmlUrl)}"` : ''}/>`;
  const folders = [...new Set(feeds.map((f) => f.folder).filter((f): f is string => f !== null))];
  const lines = [
    ...feeds.filter((f) => f.folder === null).map((f) => outline(f, '    ')),
    ...folders.flatMap((folder) => [
      `    <outline text="${escapeXml(folder)}" title="${escapeXml(folder)}">`,
      ...feeds.filter((f) => f.folder === folder).map((f) => outline(f, '      ')),
      '    </outline>',
    ]),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>Dossier feeds</title>',
    `    <dateCreated>${new Date(created).toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
