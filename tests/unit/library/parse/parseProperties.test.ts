import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { GROWTH_FACTOR, growth, MAX_GROWTH, SHAPES, SMALL_CHARS } from '../../helpers/parseGrowth';
import { PARSER_PROPERTIES, parseOrRefuse } from '../../helpers/parserFuzz';

// A fixed seed, so that a run here is the same on every machine; the soak (npm run soak) explores new seeds at length.
const SEED = 20261206;

for (const [parser, property] of Object.entries(PARSER_PROPERTIES)) {
  test(`any ${parser} input yields a well-formed article or a ParseError, quickly`, () => {
    fc.assert(property, { numRuns: 150, seed: SEED });
  });
}

/** Inputs that fuzzing and the growth shapes below found to throw something other than a ParseError. */
const FOUND: [string, string][] = [
  ['a table cell holding <body>', '<table><tr><td><body>lorem vitae pellentesque!'],
  ['<html> inside CDATA', '<![CDATA[<html lang="en-GB"><body>'],
  ['<html> inside a JSON-LD string', '<script type="application/ld+json">{"datePublished":"<html lang="en-GB"><body>'],
  ['3,000 nested inline tags', `<body><p>${'<b><i>'.repeat(1500)}x`],
];

for (const [what, html] of FOUND) {
  test(`HTML with ${what} yields an article or a ParseError`, () => parseOrRefuse('a.html', Buffer.from(html)));
}

test('Markdown of an indented list marker alone keeps it as preformatted text', () => parseOrRefuse('a.md', Buffer.from('        1. ')));

test('Markdown with 4,000 nested block quotes yields an article or a ParseError', () => parseOrRefuse('a.md', Buffer.from(`x\n${'> '.repeat(4000)}a`)));

for (const shape of SHAPES) {
  test(`${shape.ext} ${shape.name}: ${GROWTH_FACTOR}× the input takes at most ${MAX_GROWTH}× the time`, () => {
    const { chars, smallMs, largeMs, ratio } = growth(shape, shape.chars ?? SMALL_CHARS);
    assert.ok(ratio <= MAX_GROWTH, `${chars} characters ${smallMs.toFixed(2)} ms, ${GROWTH_FACTOR}× that ${largeMs.toFixed(2)} ms: ${ratio.toFixed(1)}×`);
  });
}
