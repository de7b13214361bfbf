interface Props {
  /** In the narrow layout, while the article stands in for the list. */
  onBack: (() => void) | null;
  filtersShown: boolean;
  focus: boolean;
  settingsOpen: boolean;
  onToggleFilters(): void;
  onToggleFocus(): void;
  onToggleSettings(): void;
}

/** The slim bar above the panes: Back in the narrow layout, and what shows or hides them. */
export function ReaderBar({ onBack, filtersShown, focus, settingsOpen, onToggleFilters, onToggleFocus, onToggleSettings }: Props) {
  return (
    <div className="reader-bar" role="toolbar" aria-label="Layout">
      {onBack && (
        <button type="button" className="bar-button" onClick={onBack}>
          ← Back to the list
        </button>
      )}
      <button type="button" className="bar-button" aria-pressed={filtersShown} title="Show or hide the filters (Ctrl/Cmd+1)" onClick={onToggleFilters}>
        Filters
      </button>
      <span className="bar-spacer" />
      <button type="button" className="bar-button" aria-pressed={focus} title="Show the article alone (f)" onClick={onToggleFocus}>
        Focus
      </button>
      <button
        type="button"
        className="bar-button"
        aria-label="Reading settings"
        aria-expanded={settingsOpen}
        title="Reading settings"
        onClick={onToggleSettings}
      >
        Aa
      </button>
    </div>
  );
}
