import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { appMenu } from '../../electron/appMenu';
import type { MenuCommand } from '../../electron/common/ipcBridge';

/** The menu for `platform`, with what each item sends when chosen in a stand-in window. */
function menu(platform: NodeJS.Platform) {
  const sent: [MenuCommand, unknown][] = [];
  const template = appMenu(platform, (command, window) => sent.push([command, window]));
  const submenu = (label: string) => template.find((m) => m.label === label)?.submenu as MenuItemConstructorOptions[];
  const choose = (item: MenuItemConstructorOptions, window: object) => {
    sent.length = 0;
    (item.click as (item: unknown, window: BaseWindow, event: object) => void)({}, window as BaseWindow, {});
    return sent;
  };
  return { template, submenu, choose };
}

test("Edit ▸ Undo and Redo are sent to the reader, which undoes annotations or a text field's typing, not the browser's roles", () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    const { submenu, choose } = menu(platform);
    const [undo, redo] = submenu('Edit');
    const window = { id: 1 };
    assert.equal(undo!.role, undefined, platform);
    assert.equal(redo!.role, undefined, platform);
    assert.deepEqual(choose(undo!, window), [['undo', window]], platform);
    assert.deepEqual(choose(redo!, window), [['redo', window]], platform);
    assert.equal(undo!.accelerator, 'CmdOrCtrl+Z', platform);
    assert.equal(undo!.id, 'undo');
    assert.equal(redo!.id, 'redo');
    // The clipboard stays the browser's: on macOS, text fields get copy and paste keys only through these roles.
    assert.deepEqual(
      submenu('Edit')
        .map((i) => i.role)
        .filter(Boolean)
        .slice(0, 3),
      ['cut', 'copy', 'paste'],
      platform,
    );
  }
  assert.equal(menu('win32').submenu('Edit')[1]!.accelerator, 'Ctrl+Y');
  assert.equal(menu('linux').submenu('Edit')[1]!.accelerator, 'Shift+CmdOrCtrl+Z');
  assert.equal(menu('darwin').submenu('Edit')[1]!.accelerator, 'Shift+CmdOrCtrl+Z');
});

test('File menu items send their commands; macOS gets its app menu and Close, the others Quit', () => {
  const { submenu, choose, template } = menu('linux');
  const window = { id: 2 };
  const sent = submenu('File')
    .filter((i) => i.click)
    .map((i) => choose(i, window)[0]![0]);
  assert.deepEqual(sent, ['import-files', 'import-folder', 'export-notes', 'reextract-entities']);
  assert.equal(submenu('File').at(-1)!.role, 'quit');
  assert.equal(template[0]!.label, 'File');
  const mac = menu('darwin');
  assert.equal(mac.template[0]!.role, 'appMenu');
  assert.equal(mac.submenu('File').at(-1)!.role, 'close');
});

test('Settings… (Ctrl/Cmd+,) opens the Settings view: in the app menu on macOS, at the end of Edit elsewhere', () => {
  const window = { id: 3 };
  for (const platform of ['linux', 'win32'] as const) {
    const { submenu, choose } = menu(platform);
    const settings = submenu('Edit').at(-1)!;
    assert.equal(settings.accelerator, 'CmdOrCtrl+,', platform);
    assert.deepEqual(choose(settings, window), [['open-settings', window]], platform);
  }
  const mac = menu('darwin');
  const appItems = mac.template[0]!.submenu as MenuItemConstructorOptions[];
  const settings = appItems.find((i) => i.id === 'open-settings')!;
  assert.equal(settings.accelerator, 'CmdOrCtrl+,');
  assert.deepEqual(mac.choose(settings, window), [['open-settings', window]]);
  assert.equal(appItems.at(-1)!.role, 'quit');
  assert.ok(!mac.submenu('Edit').some((i) => i.id === 'open-settings'));
});

test('Edit ▸ Find… (Ctrl/Cmd+F) is sent to the reader, which opens its own find bar over the article', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    const { submenu, choose } = menu(platform);
    const find = submenu('Edit').find((i) => i.id === 'find');
    assert.equal(find?.accelerator, 'CmdOrCtrl+F', platform);
    assert.equal(find.label, 'Find…');
    const window = { id: 3 };
    assert.deepEqual(choose(find, window), [['find', window]], platform);
  }
});
