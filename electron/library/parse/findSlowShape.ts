import { htmlNesting } from './htmlNesting';

/**
 * Deeper pages are read as plain text. Readability's work grows about as the cube of the depth when the levels
 * hold little else (measured on a loaded two-core machine: 150 levels of <div> 0.25 s, 400 levels 8 s, 800 over
 * 10 s; lists and tables alike); ordinary pages, page builders' included, nest well under a hundred.
 */
const MAX_HTML_DEPTH = 128;
/** Deeper lists and quotes are read as plain text: marked lexes each level's content again, and overflows the stack near 4,000. */
const MAX_MARKDOWN_NESTING = 64;
/**
 * Delimiters (runs of `*`, `_`, `~` or backticks, and `<`) times the length of their paragraph: past this, the
 * paragraph is read as plain text. For each delimiter marked searches the rest of the paragraph for its closing
 * partner, so unmatched ones cost it time quadratic in the paragraph (64 KB of `_a` takes 10 s); at this figure it
 * takes about 0.1 s. An ordinary paragraph of 2,000 characters with 20 emphases scores 40,000.
 */
const MAX_DELIMITER_SCAN = 10_000_000;

/**
 * Why the format's parser would take far longer than the file's size warrants, or null. One linear pass over
 * the text, for every file before it is parsed: such a file is read as plain text instead (readPlainText).
 */
export function findSlowShape(ext: string, text: string): string | null {
  if (ext === '.html' || ext === '.htm') {
    const depth = htmlNesting(text);
    return depth > MAX_HTML_DEPTH ? `its elements are nested ${depth} deep (more than ${MAX_HTML_DEPTH})` : null;
  }
  if (ext === '.md' || ext === '.markdown') return markdownSlowShape(text);
  return null;
}

const SPACE = 32;
const TAB = 9;
const LESS_THAN = 60;
const STAR = 42;
const UNDERSCORE = 95;
const TILDE = 126;
const BACKTICK = 96;
const FENCE = / {0,3}(`{3,}|~{3,})/y;

function markdownSlowShape(text: string): string | null {
  let paragraphStart = 0;
  let fence: string | null = null;
  const tooManyDelimiters = (end: number): string | null => {
    const length = end - paragraphStart;
    // A paragraph holds at most as many delimiters as characters: most are too short to be counted at all.
    if (length * length <= MAX_DELIMITER_SCAN) return null;
    const delimiters = countDelimiters(text, paragraphStart, end);
    return delimiters * length > MAX_DELIMITER_SCAN ? `a paragraph of ${length} characters holds ${delimiters} emphasis, code or HTML delimiters` : null;
  };
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const blank = isBlank(text, start, end);
    FENCE.lastIndex = start;
    const fenceMark = FENCE.exec(text)?.[1];
    if (fence !== null) {
      // Code is not lexed for emphasis: a fenced block counts for nothing, however many stars it holds.
      if (fenceMark?.startsWith(fence)) [fence, paragraphStart] = [null, end + 1];
    } else if (fenceMark || blank) {
      const found = tooManyDelimiters(start);
      if (found) return found;
      if (fenceMark) fence = fenceMark.slice(0, 3);
      paragraphStart = end + 1;
    } else {
      const nesting = lineNesting(text, start, end);
      if (nesting > MAX_MARKDOWN_NESTING) return `its lists or quotes are nested ${nesting} deep (more than ${MAX_MARKDOWN_NESTING})`;
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return fence === null ? tooManyDelimiters(text.length) : null;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB && c !== 13) return false;
  }
  return true;
}

/** List markers and `>` at the start of the line, and its indentation in pairs of columns: a bound on how deep it nests. */
function lineNesting(text: string, start: number, end: number): number {
  let i = start;
  let indent = 0;
  for (; i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB); i++) indent += text.charCodeAt(i) === TAB ? 4 : 1;
  let markers = 0;
  for (;;) {
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
    const c = text[i];
    if (c === '>') {
      i++;
    } else if ((c === '-' || c === '*' || c === '+') && (i + 1 === end || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB)) {
      i += 2;
    } else {
      let digits = i;
      while (digits < end && digits - i < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
      if (digits === i || (text[digits] !== '.' && text[digits] !== ')') || !(digits + 1 === end || text.charCodeAt(digits + 1) === SPACE)) break;
      i = digits + 2;
    }
    markers++;
  }
  return markers + Math.floor(indent / 2);
}

/** Runs of one emphasis, strike or code character count once (`**` is one delimiter); every `<` counts. */
function countDelimiters(text: string, start: number, end: number): number {
  let count = 0;
  let previous = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === LESS_THAN || (c !== previous && (c === STAR || c === UNDERSCORE || c === TILDE || c === BACKTICK))) count++;
    previous = c;
  }
  return count;
}
