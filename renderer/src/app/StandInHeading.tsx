/** The heading of a view standing in for the article list (highlights, review, stories), with its way back. */
export function StandInHeading({ title, id, onClose }: { title: string; id?: string; onClose: () => void }) {
  return (
    <div className="hlv-heading">
      <button type="button" className="link-button hlv-back" aria-keyshortcuts="Escape" title="Back to the articles (Esc)" onClick={onClose}>
        ← Articles
      </button>
      <h2 id={id}>{title}</h2>
    </div>
  );
}
