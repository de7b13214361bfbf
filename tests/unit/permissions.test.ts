import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Session } from 'electron';
import { lockDownPermissions, permissionAllowed } from '../../electron/permissions';

type RequestHandler = (contents: null, permission: string, answer: (granted: boolean) => void, details: { requestingUrl: string }) => void;
type CheckHandler = (contents: null, permission: string, requestingOrigin: string, details: object) => boolean;

/** The real handlers, installed on a stand-in for Electron's session. */
function installed() {
  let request: RequestHandler | undefined;
  let check: CheckHandler | undefined;
  lockDownPermissions({
    setPermissionRequestHandler: (handler: RequestHandler) => void (request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => void (check = handler),
  } as unknown as Session);
  return {
    check: (permission: string, origin: string) => check!(null, permission, origin, {}),
    request: (permission: string, url: string) => {
      const answers: boolean[] = [];
      request!(null, permission, (granted) => answers.push(granted), { requestingUrl: url });
      assert.equal(answers.length, 1, 'answered once');
      return answers[0];
    },
  };
}

const REFUSED = [
  'clipboard-read',
  'deprecated-sync-clipboard-read',
  'media',
  'display-capture',
  'geolocation',
  'notifications',
  'midiSysex',
  'openExternal',
  'fullscreen',
  'pointerLock',
  'hid',
  'usb',
  'serial',
  'unknown',
];
const STRANGERS = ['https://example.org', 'http://127.0.0.1:8080', 'file:///tmp/index.html', 'app://evil', 'app://dossier.evil.example', 'null', ''];

test('the app\'s own pages may write to the clipboard ("Copy as quote"), asked by check or by request', () => {
  const { check, request } = installed();
  assert.equal(check('clipboard-sanitized-write', 'app://dossier'), true);
  assert.equal(request('clipboard-sanitized-write', 'app://dossier/index.html'), true);
});

test('every other permission is refused to the app, and the clipboard to every other origin', () => {
  const { check, request } = installed();
  for (const permission of REFUSED) {
    assert.equal(check(permission, 'app://dossier'), false, permission);
    assert.equal(request(permission, 'app://dossier/index.html'), false, permission);
  }
  for (const origin of STRANGERS) {
    assert.equal(check('clipboard-sanitized-write', origin), false, origin);
    assert.equal(request('clipboard-sanitized-write', origin), false, origin);
  }
  assert.equal(permissionAllowed('clipboard-sanitized-write', undefined), false);
});
