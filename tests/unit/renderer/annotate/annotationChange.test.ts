import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotationFacts, facetsCanSee, queryCanSee, sameFacts, type AnnotationChange } from '../../../../renderer/src/annotate/annotationChange';

type Annotations = Parameters<typeof annotationFacts>[0];
type Highlight = Annotations['highlights'][number];

let nextId = 1;
function highlight(fields: Partial<Highlight> = {}): Highlight {
  const id = nextId++;
  return {
    id,
    uuid: `u${id}`,
    articleId: 1,
    quote: 'q',
    prefix: '',
    suffix: '',
    start: 0,
    end: 1,
    orphaned: false,
    color: 'yellow',
    note: '',
    tags: [],
    created: '',
    modified: '',
    version: 1,
    ...fields,
  };
}

function change(before: Annotations | null, after: Annotations): AnnotationChange {
  return { articleId: 1, before: before && annotationFacts(before), after: annotationFacts(after) };
}

const empty: Annotations = { note: '', tags: [], highlights: [] };
const one = highlight();

describe('annotation changes', () => {
  it('counts what the row badges show: highlights, and notes on the article and on its highlights', () => {
    const facts = annotationFacts({ note: 'Follow up', tags: ['Summit'], highlights: [one, highlight({ note: 'why', color: 'red', tags: ['claim'] })] });
    assert.deepEqual(facts, { highlights: 2, notes: 2, colors: ['red', 'yellow'], tags: ['claim', 'summit'] });
  });

  it('a first highlight moves has:highlights and color:, not has:notes, tag: or the filter pane', () => {
    const first = change(empty, { ...empty, highlights: [one] });
    assert.equal(queryCanSee('has:highlights', first), true);
    assert.equal(queryCanSee('-has:highlights belarus', first), true);
    assert.equal(queryCanSee('color:yellow', first), true);
    assert.equal(queryCanSee('has:notes', first), false);
    assert.equal(queryCanSee('tag:claim source:Xinhua', first), false);
    assert.equal(queryCanSee('', first), false);
    assert.equal(facetsCanSee('belarus', first), false);
    assert.equal(facetsCanSee('has:highlights', first), true);
  });

  it('a second highlight of a colour already there moves no query', () => {
    const second = change({ ...empty, highlights: [one] }, { ...empty, highlights: [one, highlight()] });
    assert.equal(sameFacts(second.before!, second.after), false);
    assert.equal(queryCanSee('has:highlights color:yellow', second), false);
    assert.equal(facetsCanSee('has:highlights color:yellow', second), false);
  });

  it('a first note or a new tag moves the filter pane whatever the query', () => {
    const noted = change({ ...empty, highlights: [one] }, { ...empty, highlights: [{ ...one, note: 'why' }] });
    assert.equal(facetsCanSee('', noted), true);
    assert.equal(queryCanSee('has:notes', noted), true);
    const tagged = change(empty, { ...empty, tags: ['visits'] });
    assert.equal(facetsCanSee('', tagged), true);
    assert.equal(queryCanSee('tag:other', tagged), true);
    const edited = change({ ...empty, note: 'a' }, { ...empty, note: 'ab' });
    assert.equal(sameFacts(edited.before!, edited.after), true);
  });

  it('a change to annotations not known before may have moved anything', () => {
    const unknown = change(null, empty);
    assert.equal(queryCanSee('has:notes', unknown), true);
    assert.equal(facetsCanSee('', unknown), true);
    assert.equal(queryCanSee('belarus', unknown), false);
  });
});
