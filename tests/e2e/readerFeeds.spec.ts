import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './readerFixture';

/**
 * A JSON Feed served on loopback by the test: two items, then a third once `more` is set. With `holding` set, the
 * next request waits until `release` (set when it arrives) is called.
 */
function feedServer() {
  const state = { more: false, origin: '', holding: false, release: null as (() => void) | null };
  const item = (id: string, title: string) => ({
    id,
    url: `${state.origin}/${id}`,
    title,
    content_html: `<p>${title}. ${'The harbour board met again on Monday to discuss the plan and its costs. '.repeat(12)}</p><script>document.title='pwned'</script>`,
    date_published: '2026-12-01T10:00:00Z',
  });
  const answer = (res: http.ServerResponse) => {
    const items = [item('lighthouse', 'Lighthouse returns to service'), item('quotas', 'Fishing quotas cut for next year')];
    if (state.more) items.unshift(item('ferries', 'Ferry timetable changes for the winter'));
    res
      .writeHead(200, { 'content-type': 'application/feed+json' })
      .end(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Coastline Weekly', items }));
  };
  const server = http.createServer((_req, res) => {
    if (!state.holding) return answer(res);
    state.holding = false;
    state.release = () => answer(res);
  });
  return { server, state };
}

test('feeds in the filter pane: add one, its unread count, filter by it, refresh with news, rename and remove it (its articles stay)', async ({
  page,
  reader,
}) => {
  const { server, state } = feedServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await page.goto(reader.server.url);
    const rows = page.getByRole('option');
    await expect(rows).toHaveCount(5);
    const feeds = page.getByRole('navigation', { name: 'Filters' }).getByRole('region', { name: 'Feeds' });

    await feeds.getByRole('button', { name: 'Add feed…' }).click();
    await feeds.getByRole('textbox', { name: 'Address of a feed or of a page' }).fill(`${state.origin}/feed.json`);
    await feeds.getByRole('button', { name: 'Add', exact: true }).click();
    const entry = feeds.getByRole('button', { name: /^Coastline Weekly\s*2$/ });
    await expect(entry).toBeVisible();
    await expect(rows).toHaveCount(7);

    await entry.click();
    await expect(entry).toHaveAttribute('aria-pressed', 'true');
    await expect(rows).toHaveCount(2);
    await expect(page.getByRole('listbox', { name: 'Article list' })).toContainText('Lighthouse returns to service');

    // The refresh is held at the server until its progress has been seen.
    state.more = true;
    state.holding = true;
    await feeds.getByRole('button', { name: 'Refresh feeds' }).click();
    await expect(feeds.getByRole('status')).toHaveText('Refreshing 1 of 1: Coastline Weekly');
    await expect(feeds.getByRole('button', { name: 'Refresh feeds' })).toBeDisabled();
    await expect.poll(() => state.release !== null).toBe(true);
    state.release!();
    await expect(feeds.getByRole('button', { name: /^Coastline Weekly\s*3$/ })).toBeVisible();
    await expect(rows).toHaveCount(3);
    await expect(page.getByRole('listbox', { name: 'Article list' })).toContainText('Ferry timetable changes for the winter');
    expect(await page.title()).not.toBe('pwned');

    // A feed's buttons show on hover or keyboard focus, as a saved search's do.
    await feeds.getByRole('button', { name: /^Coastline Weekly\s*3$/ }).hover();
    await feeds.getByRole('button', { name: 'Rename feed Coastline Weekly' }).click();
    await feeds.getByRole('textbox', { name: 'New name of the feed' }).fill('Coast');
    await feeds.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect(feeds.getByRole('button', { name: /^Coast\s*3$/ })).toBeVisible();

    await feeds.getByRole('button', { name: /^Coast\s*3$/ }).hover();
    await feeds.getByRole('button', { name: 'Remove feed Coast' }).click();
    await expect(feeds.getByRole('button', { name: /^Coast\s*3$/ })).toHaveCount(0);
    expect(reader.library.feeds.list()).toEqual([]);
    expect(reader.library.search.total('Ferry timetable')).toBe(1);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
