import { ALargeSmall, ArrowLeft, CircleHelp, Focus, PanelLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { IconButton } from './IconButton';
import './readerBar.css';

interface Props {
  /** In the narrow layout, while the article stands in for the list. */
  onBack: (() => void) | null;
  /** The search box. */
  search: ReactNode;
  /** Import, export and the library's other actions. */
  actions: ReactNode;
  filtersShown: boolean;
  focus: boolean;
  settingsOpen: boolean;
  helpOpen: boolean;
  onToggleFilters(): void;
  onToggleFocus(): void;
  onToggleSettings(): void;
  onToggleHelp(): void;
}

/** The top bar: the app's name, the search box, the library's actions and what shows or hides the panes, and help. */
export function ReaderBar({ onBack, search, actions, filtersShown, focus, settingsOpen, helpOpen, ...on }: Props) {
  return (
    <header className="reader-bar">
      {onBack && <IconButton icon={ArrowLeft} label="Back to the list" showLabel className="bar-back" onClick={onBack} />}
      <IconButton icon={PanelLeft} label="Filters" shortcut="Ctrl/Cmd+1" aria-pressed={filtersShown} onClick={on.onToggleFilters} />
      <span className="app-name">Dossier</span>
      <div className="bar-search" role="search">
        {search}
      </div>
      <div className="bar-group" role="group" aria-label="Library">
        {actions}
      </div>
      <div className="bar-group bar-end" role="group" aria-label="View">
        <IconButton icon={Focus} label="Focus" shortcut="f" aria-pressed={focus} onClick={on.onToggleFocus} />
        <IconButton icon={ALargeSmall} label="Reading settings" shortcut="Ctrl/Cmd+," aria-expanded={settingsOpen} onClick={on.onToggleSettings} />
        <IconButton icon={CircleHelp} label="Keyboard shortcuts" shortcut="?" aria-haspopup="dialog" aria-expanded={helpOpen} onClick={on.onToggleHelp} />
      </div>
    </header>
  );
}
