import { Mail, MailOpen, Star } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { TagInput } from './TagInput';
import type { ArticleAnnotations } from './useArticleAnnotations';
import { useDebouncedSave } from './useDebouncedSave';

export interface ReadingFlags {
  read: boolean;
  starred: boolean;
  archived: boolean;
  trashed: boolean;
}

export type FlagChange = Pick<ReadingFlags, 'read'> | Pick<ReadingFlags, 'starred'> | Pick<ReadingFlags, 'archived'> | Pick<ReadingFlags, 'trashed'>;

interface Props {
  note: string;
  tags: readonly string[];
  /** The list's state of the article, when it is the list's selection; the toggles are shown only then. */
  flags?: ReadingFlags;
  annotations: ArticleAnnotations;
  onFlag(change: FlagChange): void;
}

/** The article as a whole: star, read or unread, archive, delete (to the Trash) or restore, its tags, and a note that is stored as it is typed. */
export function ArticleTools({ note, tags, flags, annotations, onFlag }: Props) {
  const [draft, setDraft] = useState(note);
  const box = useRef<HTMLTextAreaElement>(null);
  const save = useDebouncedSave(note, (value) => void annotations.setNote(value));
  // An undo may change the note; what the user is typing wins.
  useEffect(() => {
    if (document.activeElement !== box.current) setDraft(note);
  }, [note]);

  return (
    <section className="article-tools" aria-label="Article note and tags">
      <div className="article-tools-row">
        {flags && (
          <>
            <button type="button" className="tool-button" aria-pressed={flags.starred} onClick={() => onFlag({ starred: !flags.starred })}>
              <Star size={15} fill={flags.starred ? 'currentColor' : 'none'} aria-hidden="true" /> {flags.starred ? 'Starred' : 'Star'}
            </button>
            <button type="button" className="tool-button" onClick={() => onFlag({ read: !flags.read })}>
              {flags.read ? <Mail size={15} aria-hidden="true" /> : <MailOpen size={15} aria-hidden="true" />} {flags.read ? 'Mark as unread' : 'Mark as read'}
            </button>
            <button type="button" className="tool-button" onClick={() => onFlag({ archived: !flags.archived })}>
              {flags.archived ? 'Unarchive' : 'Archive'}
            </button>
            <button type="button" className="tool-button" onClick={() => onFlag({ trashed: !flags.trashed })}>
              {flags.trashed ? 'Restore' : 'Delete'}
            </button>
          </>
        )}
        <TagInput label="Article tags" tags={tags} onChange={(next) => void annotations.setTags(next)} onError={annotations.reportError} />
      </div>
      <textarea
        ref={box}
        className="article-note"
        aria-label="Note on this article"
        placeholder="Note on this article…"
        rows={draft ? 3 : 1}
        value={draft}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          save.schedule(e.currentTarget.value);
        }}
        onBlur={save.flush}
      />
    </section>
  );
}
