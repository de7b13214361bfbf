import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_SETTINGS } from '../../electron/common/shapes/settingChoices';
import { api } from './api/client';
import { App } from './app/App';

// The settings come first, so the reader never appears in the wrong theme or layout for a moment.
const settings = await api.invoke('settings.get', {}).then(
  (answer) => answer.settings,
  () => DEFAULT_SETTINGS,
);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App initialSettings={settings} />
  </StrictMode>,
);
