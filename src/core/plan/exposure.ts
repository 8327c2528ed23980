import type { ClassifiedRecord } from '../report/schema.js';

/**
 * Where an item sits, from most to least seen by others. The export cannot say more: Shares.csv's
 * `Visibility` column reads `MEMBER_NETWORK` in every real row seen (export-format.md §3.20), so
 * a post's audience is not known; a group post is seen by the group, a profile by everyone.
 */
export const exposures = [
  'profile',
  'article',
  'article-draft',
  'post',
  'comment',
  'group-post',
  'group-comment',
  'stored-resume',
  'saved-answer',
  'saved-answers',
  'application-answer',
  'poll-vote',
  'repost',
] as const;

export type Exposure = (typeof exposures)[number];

/** Points an item's place adds to its score (0–10): how many people can see it. */
export const exposurePoints = {
  profile: 10,
  article: 10,
  // Seen by nobody but the member, like a stored resume.
  'article-draft': 4,
  post: 8,
  comment: 6,
  'group-post': 6,
  'group-comment': 5,
  'stored-resume': 4,
  'saved-answer': 4,
  'saved-answers': 4,
  'application-answer': 2,
  'poll-vote': 2,
  repost: 2,
} as const satisfies Record<Exposure, number>;

export function exposureOf(record: Pick<ClassifiedRecord, 'kind' | 'category' | 'link'>): Exposure {
  const inGroup = record.category === 'group-activity';
  switch (record.kind) {
    case 'profile':
    case 'profile-summary':
      return 'profile';
    case 'article':
      // export-format.md §3.27: only a published article's heading links to its /pulse/ page.
      return record.link === null ? 'article-draft' : 'article';
    case 'post':
      return inGroup ? 'group-post' : 'post';
    case 'comment':
      return inGroup ? 'group-comment' : 'comment';
    case 'poll-vote':
      return 'poll-vote';
    case 'instant-repost':
      return 'repost';
    case 'resume':
    case 'resume-text':
      return 'stored-resume';
    case 'saved-answer':
    case 'saved-screening-answer':
      return 'saved-answer';
    default:
      return 'application-answer';
  }
}
