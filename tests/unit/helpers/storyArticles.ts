import fs from 'node:fs';
import path from 'node:path';

/** Three outlets' reports of one meeting in three languages, and the same two men meeting again a fortnight later. */
export const STORY_ARTICLES: Record<string, string> = {
  'xinhua.txt': ` date 2026-03-03 Lukashenko meets Chinese Foreign Minister Wang Yi in Minsk

MINSK, March 3 (Xinhua) -- Belarusian President Alexander Lukashenko met with Chinese Foreign Minister Wang Yi in Minsk on Tuesday. Wang Yi said China is ready to deepen cooperation with Belarus. Maxim Ryzhenkov, the Belarusian foreign minister, also took part in the talks on the Great Stone industrial park.`,
  'tass.txt': ` date 2026-03-03 Лукашенко встретился с Ван И в Минске

МИНСК, 3 марта. /ТАСС/. Президент Белоруссии Александр Лукашенко провел в Минске встречу с министром иностранных дел КНР Ван И. В переговорах участвовал министр иностранных дел Максим Рыженков.`,
  'dpa.txt': ` date 2026-03-04 Chinas Außenminister Wang Yi bei Lukaschenko in Minsk

Minsk (dpa) - Der belarussische Machthaber Alexander Lukaschenko hat Chinas Außenminister Wang Yi in Minsk empfangen. Beide Seiten sprachen über den Industriepark Great Stone.`,
  'later.txt': ` date 2026-03-19 Lukashenko and Wang Yi talk again in Minsk

MINSK, March 19 -- Alexander Lukashenko received Wang Yi in Minsk once more, with Maxim Ryzhenkov, to discuss the Great Stone industrial park.`,
};

/** Writes the articles as files into `dir`, and answers it. */
export function writeStoryArticles(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(STORY_ARTICLES)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}
