import { generatedPlaces } from './gazetteer/generatedPlaces';
import * as Z from './gazetteer/chineseWords';

const WATER_AFTER = Z.WATER_AFTER.split(' ');
/** The table's rivers and lakes (generatedPlaces.ts, `waters`), read on the first text that holds a word of water. */
let waters: { names: Set<string>; longest: number } | undefined;

function table(): { names: Set<string>; longest: number } {
  if (!waters) {
    const names = new Set(generatedPlaces().waters.split('\n'));
    waters = { names, longest: Math.max(...[...names].map((n) => n.length)) };
  }
  return waters;
}

/**
 * "韩江流域", "长江沿岸": a river or lake the table names right before a word of its water is a place; its name alone is
 * as often another word ("江湖", "沿河"). The rivers' and lakes' ends by their starts (most texts have none), else null.
 */
export function watersIn(text: string): Map<number, number> | null {
  let found: Map<number, number> | null = null;
  for (const word of WATER_AFTER) {
    for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
      const { names, longest } = table();
      for (let length = Math.min(longest, k); length >= 2; length--) {
        if (!names.has(text.slice(k - length, k))) continue;
        found ??= new Map();
        found.set(k - length, k);
        break;
      }
    }
  }
  return found;
}
