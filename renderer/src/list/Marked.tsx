interface Props {
  text: string;
  marks: readonly (readonly [number, number])[];
}

/** Text with some ranges wrapped in <mark>, built as React nodes so nothing in the text is read as HTML. */
export function Marked({ text, marks }: Props) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at || end > text.length) continue;
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
