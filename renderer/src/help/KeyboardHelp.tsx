import { useEffect, useRef } from 'react';
import { isTyping } from '../list/useListKeys';
import { useWindowKeys } from '../app/useWindowKeys';
import './help.css';

const GROUPS: { title: string; keys: [string, string][] }[] = [
  {
    title: 'Articles',
    keys: [
      ['/', 'Search'],
      ['Esc', 'Clear the search, close'],
      ['j / k, ↓ / ↑', 'Next / previous article'],
      ['Enter', 'Open the article'],
      ['Space, Shift+Space', 'Scroll the article'],
      ['Ctrl/Cmd+F', 'Find in the article'],
      ['Enter, F3 / Shift+Enter, Shift+F3', 'Next / previous match'],
      ['u', 'Read / unread'],
      ['s', 'Star'],
      ['a', 'Archive / unarchive'],
      ['#, Delete', 'Move to the Trash / restore'],
      ['x, Ctrl/Cmd+click, Shift+click', 'Select several, to change them all at once'],
    ],
  },
  {
    title: 'Annotating (with text selected)',
    keys: [
      ['h', 'Highlight the selection, or the focused name, in the last colour'],
      ['n', 'Highlight and add a note'],
      ['1 – 5', 'Highlight in a colour'],
      ['Ctrl/Cmd+Z', 'Undo'],
      ['Ctrl/Cmd+Shift+Z, Ctrl+Y', 'Redo'],
    ],
  },
  {
    title: 'Marks in the article',
    keys: [
      ['Enter on a mark', 'Show the articles mentioning it'],
      ['Shift+Enter on a mark', 'Open its page'],
      ['Enter on a highlight', 'Its colour, note and tags'],
      ['← / → in the article', 'Previous / next mark or highlight'],
    ],
  },
  {
    title: 'All highlights',
    keys: [
      ['Shift+H', 'Open / close All highlights'],
      ['x', 'Select the current highlight'],
      ['Enter', 'Open it in its article'],
    ],
  },
  {
    title: 'Review',
    keys: [
      ['Shift+R', 'Open / close the Review'],
      ['k / s / l / d', 'Keep / show sooner / show later / discard'],
      ['+ / -', 'Remembered / forgot (spaced repetition)'],
      ['n, t', 'Edit the note, the tags (Esc or Enter: done)'],
      ['o, Enter', 'Open the article at the highlight'],
    ],
  },
  {
    title: 'Stories',
    keys: [
      ['Shift+S', 'Open / close Stories'],
      ['Esc', 'Back to the articles'],
    ],
  },
  {
    title: 'Read aloud',
    keys: [
      ['p', 'Read the article aloud, then the list; pause, go on'],
      ['[ / ]', 'Previous / next sentence'],
    ],
  },
  {
    title: 'Layout',
    keys: [
      ['Ctrl/Cmd+1', 'Show / hide the filters'],
      ['f, Ctrl/Cmd+Shift+F', 'Focus mode: the article alone'],
      ['← / → on a splitter', 'Resize the pane'],
      ['Ctrl/Cmd+,', 'Settings'],
    ],
  },
  {
    title: 'Library',
    keys: [
      ['e', 'Export notes'],
      ['Ctrl/Cmd+L, or paste an address', 'Save a web page'],
      ['?', 'This help'],
    ],
  },
];

interface Props {
  open: boolean;
  onToggle(): void;
  onClose(): void;
}

/** `?` (or the top bar's help button) shows every key the reader knows, as the design's keyboard map lists them. */
export function KeyboardHelp({ open, onToggle, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useWindowKeys((e) => {
    if (e.key !== '?' || e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    e.preventDefault();
    onToggle();
  });

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);

  if (!open) return null;
  return (
    <dialog ref={dialog} className="keyboard-help" aria-label="Keyboard shortcuts" onClose={onClose}>
      <h2>Keyboard</h2>
      <div className="keyboard-groups">
        {GROUPS.map((g) => (
          <section key={g.title} aria-label={g.title}>
            <h3>{g.title}</h3>
            <dl>
              {g.keys.map(([key, what]) => (
                <div key={key}>
                  <dt>
                    <kbd>{key}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
