import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_SETTINGS } from '../../electron/common/shapes/settingChoices';
import { api } from './api/client';
import { App } from './app/App';
import { ConnectionBanner } from './connection/ConnectionBanner';

const root = createRoot(document.getElementById('root')!);
// Shown from the start, so a library that cannot be reached is said even before the reader appears.
root.render(<ConnectionBanner />);
// The settings come first, so the reader never appears in the wrong theme or layout for a moment.
const settings = await api.invoke('settings.get', {}).then(
  (answer) => answer.settings,
  () => DEFAULT_SETTINGS,
);
root.render(
  <StrictMode>
    <ConnectionBanner />
    <App initialSettings={settings} />
  </StrictMode>,
);
