/** Elements that hold nothing: a start tag is the whole element. */
const VOID = new Set('area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(' '));
/** In SVG and MathML a tag ending in `/>` closes itself; in HTML the slash means nothing. */
const FOREIGN = ['svg', 'math'];

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const CLOSED_BY_START: [string[], Set<string>][] = [
  [
    [
      'p',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'address',
      'article',
      'aside',
      'blockquote',
      'details',
      'div',
      'dl',
      'fieldset',
      'figcaption',
      'figure',
      'footer',
      'form',
      'header',
      'hr',
      'main',
      'nav',
      'ol',
      'pre',
      'section',
      'table',
      'ul',
    ],
    P,
  ],
  [['select', 'input', 'output', 'button', 'datalist', 'textarea'], FORM],
  [['tr'], new Set(['tr', 'th', 'td'])],
  [['th'], new Set(['th'])],
  [['td'], new Set(['thead', 'th', 'td'])],
  [['body'], new Set(['head', 'link', 'script'])],
  [['li'], new Set(['li'])],
  [['option'], new Set(['option'])],
  [['optgroup'], new Set(['optgroup', 'option'])],
  [['dd', 'dt'], new Set(['dd', 'dt'])],
  [['rt', 'rp'], new Set(['rt', 'rp'])],
  [['tbody', 'tfoot'], new Set(['thead', 'tbody'])],
];
/** For a start tag, the open elements it closes while they are the innermost one (a new <p> ends the <p> before it). */
const IMPLIED_CLOSE = new Map(CLOSED_BY_START.flatMap(([starts, closed]) => starts.map((name): [string, Set<string>] => [name, closed])));

/**
 * The stack of open elements as htmlparser2, the parser under linkedom, builds it: the same void elements, the
 * same end tags implied by start tags, an end tag closing everything opened inside its element. Written out here
 * because htmlparser2's own Parser looks up every end tag in the whole stack (and grows the stack at its front),
 * so stray end tags under deep nesting take it quadratic time; a count per name answers "is it open?" at once,
 * and each element is pushed and popped once, so a document of any shape costs time linear in its tags.
 */
export class OpenElements {
  private readonly stack: string[] = [];
  private readonly counts = new Map<string, number>();
  private max = 0;

  /** `onClose` hears of every element closed, by its end tag, by an implied end or by an enclosing end tag. */
  constructor(private readonly onClose: (name: string) => void = () => {}) {}

  /** How deeply the document nests: the most elements ever open at once, or one more where a void element sat. */
  get deepest(): number {
    return this.max;
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  /** A start tag; whether it opened an element that later content goes into (void and self-closed ones do not). */
  open(name: string, selfClosing = false): boolean {
    const closes = IMPLIED_CLOSE.get(name);
    while (closes && this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1]!)) this.pop();
    this.max = Math.max(this.max, this.stack.length + 1);
    if (VOID.has(name) || (selfClosing && FOREIGN.some((f) => this.has(f)))) return false;
    this.stack.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return true;
  }

  /**
   * An end tag: closes the innermost element of that name and everything inside it. Ignored if none is open, but
   * for </p>, which makes an empty paragraph, and </br>, a line break.
   */
  close(name: string): void {
    if (name === 'br') return void this.open(name);
    if (name === 'p' && !this.has(name)) this.open(name);
    if (!this.has(name)) return;
    while (this.pop() !== name);
  }

  private pop(): string {
    const name = this.stack.pop()!;
    this.counts.set(name, this.counts.get(name)! - 1);
    this.onClose(name);
    return name;
  }
}
