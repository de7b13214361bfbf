import { useState } from 'react';

const MARKS_SETTING = 'dossier.entityMarks';
const NOTES_SETTING = 'dossier.notesSidebar';

/**
 * How the reader likes articles shown: with entity marks or without, the notes sidebar open or closed. Kept in
 * this window's storage, not in the library, so they are remembered from one article and one session to the next.
 */
export function useReaderPreferences() {
  const [marks, setMarks] = useState(() => localStorage.getItem(MARKS_SETTING) !== 'off');
  const [notesOpen, setNotesOpen] = useState(() => localStorage.getItem(NOTES_SETTING) !== 'closed');
  const switchMarks = (on: boolean) => {
    localStorage.setItem(MARKS_SETTING, on ? 'on' : 'off');
    setMarks(on);
  };
  const toggleNotes = () => {
    localStorage.setItem(NOTES_SETTING, notesOpen ? 'closed' : 'open');
    setNotesOpen(!notesOpen);
  };
  return { marks, switchMarks, notesOpen, toggleNotes };
}
