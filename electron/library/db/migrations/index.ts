import type { Migration } from '../Migration';
import { m001Articles } from './m001_articles';
import { m002Reading } from './m002_reading';
import { m003Entities } from './m003_entities';
import { m004Annotations } from './m004_annotations';
import { m005SearchIndexes } from './m005_searchIndexes';
import { m006ReadingPosition } from './m006_readingPosition';
import { m007Shelves } from './m007_shelves';
import { m008CompactBlocks } from './m008_compactBlocks';
import { m009Pictures } from './m009_pictures';
import { m010WaitingArticles } from './m010_waitingArticles';
import { m011Review } from './m011_review';
import { m012Feeds } from './m012_feeds';
import { m013Versions } from './m013_versions';
import { m014Stories } from './m014_stories';
import { m015DeflatedArticles } from './m015_deflatedArticles';
import { m016StoryRows } from './m016_storyRows';
import { m017BodyFirstFullText } from './m017_bodyFirstFullText';
import { m018MentionsByArticle } from './m018_mentionsByArticle';
import { m019ParagraphBlocks } from './m019_paragraphBlocks';
import { m020CompactLibrary } from './m020_compactLibrary';
import { m021FoldedPersonKeys } from './m021_foldedPersonKeys';
import { m022MentionSpans } from './m022_mentionSpans';
import { m023CheaperPlacement } from './m023_cheaperPlacement';
import { m024RecentStoryKeys } from './m024_recentStoryKeys';
import { m025SpacelessFunction } from './m025_spacelessFunction';
import { m026PlacedArticleCount } from './m026_placedArticleCount';

/** Every migration in order; the last one's version is the schema this build writes. */
export const migrations: readonly Migration[] = [
  m001Articles,
  m002Reading,
  m003Entities,
  m004Annotations,
  m005SearchIndexes,
  m006ReadingPosition,
  m007Shelves,
  m008CompactBlocks,
  m009Pictures,
  m010WaitingArticles,
  m011Review,
  m012Feeds,
  m013Versions,
  m014Stories,
  m015DeflatedArticles,
  m016StoryRows,
  m017BodyFirstFullText,
  m018MentionsByArticle,
  m019ParagraphBlocks,
  m020CompactLibrary,
  m021FoldedPersonKeys,
  m022MentionSpans,
  m023CheaperPlacement,
  m024RecentStoryKeys,
  m025SpacelessFunction,
  m026PlacedArticleCount,
];

export const LATEST_VERSION = migrations.length;
