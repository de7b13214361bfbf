import { tokenizeQuery, type QueryToken } from './queryParser';
import type { OperatorName } from './queryTypes';

/** One operator as the filter pane sees it, e.g. `{ name: 'source', value: 'xinhua' }`. */
export interface OperatorRef {
  name: OperatorName;
  value: string;
  negated?: boolean;
}

/** The operator as it is typed in the box; the query language has no escape for `"`, so it is dropped. */
export function formatOperator(op: OperatorRef): string {
  const value = op.value.replaceAll('"', '');
  const quote = value === '' || /\s/u.test(value);
  return `${op.negated ? '-' : ''}${op.name}:${quote ? `"${value}"` : value}`;
}

export function hasOperator(query: string, op: OperatorRef): boolean {
  return tokenizeQuery(query).some((t) => sameOperator(t, op, Boolean(op.negated)));
}

/** Removes every occurrence of the operator, keeping the rest of the text as typed. */
export function removeOperator(query: string, op: OperatorRef): string {
  return cut(
    query,
    tokenizeQuery(query).filter((t) => sameOperator(t, op, Boolean(op.negated))),
  );
}

/**
 * Appends the operator unless it is already there. Its opposite (`-source:x` for `source:x`) is
 * removed, and so is any other `sort:`, since the query can have only one.
 */
export function addOperator(query: string, op: OperatorRef): string {
  if (hasOperator(query, op)) return query;
  const tokens = tokenizeQuery(query);
  const rest = cut(
    query,
    tokens.filter((t) => sameOperator(t, op, !op.negated) || (op.name === 'sort' && t.key?.toLowerCase() === 'sort')),
  );
  // Appended after an unclosed quote, the operator would become part of the phrase.
  const base = tokenizeQuery(rest).some((t) => t.unclosed) ? `${rest}"` : rest.trimEnd();
  return `${base}${base ? ' ' : ''}${formatOperator(op)}`;
}

/** What a click in the filter pane does: adds the operator, or removes it when present. */
export function toggleOperator(query: string, op: OperatorRef): string {
  return hasOperator(query, op) ? removeOperator(query, op) : addOperator(query, op);
}

function sameOperator(token: QueryToken, op: OperatorRef, negated: boolean): boolean {
  return (
    token.negated === negated && token.key?.toLowerCase() === op.name && token.value.trim().toLowerCase() === op.value.replaceAll('"', '').trim().toLowerCase()
  );
}

/** Cuts the tokens out with the whitespace before them (after them at the start), so no gap is left. */
function cut(query: string, tokens: QueryToken[]): string {
  let out = query;
  for (const t of [...tokens].reverse()) {
    let start = t.start;
    let end = t.end;
    while (start > 0 && /\s/u.test(out.charAt(start - 1))) start--;
    if (start === 0) while (end < out.length && /\s/u.test(out.charAt(end))) end++;
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}
