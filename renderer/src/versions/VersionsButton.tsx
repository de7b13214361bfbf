import { History } from 'lucide-react';
import { useState } from 'react';
import { VersionsDialog } from './VersionsDialog';

interface Props {
  articleId: number;
  title: string;
  version: number;
  /** After an earlier version's text was made current. */
  onRestored(): void;
}

/** "Updated" in the article's header, for an article whose text has changed: opens its versions and their comparison. */
export function VersionsButton({ articleId, title, version, onRestored }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tool-button article-updated" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <History size={14} aria-hidden="true" /> Updated: version {version} · Versions…
      </button>
      {open && <VersionsDialog articleId={articleId} title={title} onClose={() => setOpen(false)} onRestored={onRestored} />}
    </>
  );
}
