import { useEffect, useSyncExternalStore } from 'react';
import { connection } from '../api/client';
import './connection.css';

/**
 * The one place the reader says the library cannot be reached, and why. The region is always there, so a screen
 * reader announces the message when it appears; what the reader shows underneath stays as it was.
 */
export function ConnectionBanner() {
  const { down } = useSyncExternalStore(connection.subscribe, connection.snapshot);
  useEffect(() => {
    // Back to the window: asked once, so a server stopped meanwhile is said at once rather than at the next click.
    const onVisible = () => document.visibilityState === 'visible' && void connection.check();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
    };
  }, []);
  return (
    <div className="connection-banner" role="status" aria-live="polite" aria-label="Connection to the library">
      {down && (
        <>
          <p>
            {withCode(down.reason)} {!down.gone && <span className="connection-hint">{down.trying ? 'Trying again…' : 'Dossier tries again by itself.'}</span>}
          </p>
          <button type="button" onClick={connection.retry}>
            Retry
          </button>
        </>
      )}
    </div>
  );
}

/** `npm run web` in a message is shown as code. */
function withCode(text: string) {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
