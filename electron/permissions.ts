import type { Session } from 'electron';
import { isAppUrl } from './appProtocol';

/**
 * The one permission the reader uses: writing text to the clipboard, which navigator.clipboard.writeText ("Copy as
 * quote") needs. Camera, microphone, notifications, reading the clipboard and the rest stay refused.
 */
const ALLOWED = new Set<string>(['clipboard-sanitized-write']);

/** Whether a page at `url` (an origin or a full URL) gets `permission`: only the app's own pages, only the allowed one. */
export function permissionAllowed(permission: string, url: string | undefined): boolean {
  return ALLOWED.has(permission) && isAppUrl(url);
}

/** Both handlers answer alike: most web APIs check a permission first and request it only if the check says no. */
export function lockDownPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, answer, details) => answer(permissionAllowed(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
}
