import { useEffect, useRef, useState } from 'react';
import { ColorPicker } from './ColorPicker';
import { Popover, type Anchor } from './Popover';
import { TagInput } from './TagInput';
import type { ArticleAnnotations, Highlight } from './useArticleAnnotations';
import type { Meanings } from './useColorMeanings';
import { useDebouncedSave } from './useDebouncedSave';

export type EditorFocus = 'color' | 'note' | 'tags';

interface Props {
  highlight: Highlight;
  meanings: Meanings | null;
  anchor: Anchor;
  focus: EditorFocus;
  annotations: ArticleAnnotations;
  onMeanings(): void;
  onClose(returnFocus: boolean): void;
}

/** A highlight opened for editing: colour, note and tags are stored as they change; no save button. */
export function HighlightEditor({ highlight, meanings, anchor, focus, annotations, onMeanings, onClose }: Props) {
  const [draft, setDraft] = useState(highlight.note);
  const note = useRef<HTMLTextAreaElement>(null);
  const save = useDebouncedSave(highlight.note, (value) => void annotations.update(highlight.id, { note: value }));
  // An undo may change the note while the editor is open; what the user is typing wins.
  useEffect(() => {
    if (document.activeElement !== note.current) setDraft(highlight.note);
  }, [highlight.note]);
  useEffect(() => {
    if (focus === 'note') note.current?.focus();
  }, [focus]);

  return (
    <Popover label="Highlight" anchor={anchor} onClose={onClose}>
      <blockquote className="annotate-quote">{highlight.quote}</blockquote>
      <ColorPicker
        label="Colour"
        meanings={meanings}
        current={highlight.color}
        autoFocus={focus === 'color'}
        onPick={(color) => color !== highlight.color && void annotations.update(highlight.id, { color })}
      />
      <label className="annotate-field">
        Note
        <textarea
          ref={note}
          rows={3}
          value={draft}
          placeholder="Why this matters…"
          onChange={(e) => {
            setDraft(e.currentTarget.value);
            save.schedule(e.currentTarget.value);
          }}
          onBlur={save.flush}
        />
      </label>
      <TagInput
        label="Tags"
        tags={highlight.tags}
        autoFocus={focus === 'tags'}
        onChange={(tags) => void annotations.update(highlight.id, { tags })}
        onError={annotations.reportError}
      />
      <div className="annotate-actions">
        <button type="button" className="annotate-danger" onClick={() => void annotations.remove(highlight.id).then(() => onClose(false))}>
          Delete highlight
        </button>
        <button type="button" className="link-button" onClick={onMeanings}>
          Colour meanings…
        </button>
        <button type="button" onClick={() => onClose(true)}>
          Close
        </button>
      </div>
    </Popover>
  );
}
