/** The highlight's mark in the text (the piece where it begins), or an orphaned highlight's entry in the sidebar. */
export function highlightPlace(id: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.article [data-hl-first="${id}"], .notes-sidebar [data-orphan="${id}"]`);
}

/** Scrolls to the highlight and (unless told not to) focuses it, so the keys (Enter opens it) act on it at once. */
export function goToHighlight(id: number, focus = true): void {
  const place = highlightPlace(id);
  place?.scrollIntoView({ block: 'center' });
  if (focus) place?.focus({ preventScroll: true });
}
