import type { Policy } from './schema.js';

// policy.md §1 and §2: the classification the product implements. Reasons are what a member reads
// next to each record; they state the two nuances policy.md §2 says the report must not hide.

/** A `groupPost` URN, plain or percent-encoded (policy.md §2, export-format.md §4.3). */
const groupPostLink = 'urn(?::|%3A)li(?::|%3A)groupPost(?::|%3A)';

/** policy.md §2 "Salary pattern", on the question text. */
const salaryQuestion =
  '\\b(salary|salaries|compensation|remuneration|ctc|wages?|pay (expectations?|range)|(expected|desired|current) pay|(hourly|daily|day) rate|rate expectations?)\\b';
const workersCompensation = "workers['’]? compensation";

const answerKinds = ['application-answer', 'saved-screening-answer', 'saved-answer'] as const;
const authoredKinds = ['post', 'poll-vote', 'instant-repost', 'comment'] as const;

const beforeTraining =
  'Content dated before your region’s training start may already be in trained models; deleting it keeps it out of future training.';

export const linkedinGenAi20251103: Policy = {
  id: 'linkedin-genai-2025-11-03',
  name: 'LinkedIn generative-AI training (User Agreement and Privacy Policy of 3 November 2025)',
  effectiveDate: '2025-11-03',
  regions: [
    { id: 'us', label: 'United States', trainingSince: '2024-09-18' },
    { id: 'other', label: 'Other regions', trainingSince: '2024-09-18' },
    { id: 'eu', label: 'European Union', trainingSince: '2025-11-03' },
    {
      id: 'eea',
      label: 'EEA (Iceland, Liechtenstein, Norway)',
      trainingSince: '2025-11-03',
    },
    { id: 'ch', label: 'Switzerland', trainingSince: '2025-11-03' },
    { id: 'uk', label: 'United Kingdom', trainingSince: '2025-11-03' },
    { id: 'ca', label: 'Canada', trainingSince: '2025-11-03' },
    { id: 'hk', label: 'Hong Kong', trainingSince: '2025-11-03' },
  ],
  categories: [
    { id: 'profile', scope: 'in-scope', label: 'Profile' },
    { id: 'posts', scope: 'in-scope', label: 'Posts, articles and poll votes' },
    { id: 'comments', scope: 'in-scope', label: 'Comments' },
    { id: 'group-activity', scope: 'in-scope', label: 'Group activity' },
    { id: 'resumes', scope: 'in-scope', label: 'Stored resumes' },
    { id: 'screening-answers', scope: 'in-scope', label: 'Screening and saved answers' },
    { id: 'ai-interactions', scope: 'in-scope', label: 'Chats with LinkedIn AI features' },
    { id: 'private-messages', scope: 'excluded', label: 'Private messages' },
    { id: 'salary', scope: 'excluded', label: 'Salary data' },
    { id: 'payments', scope: 'excluded', label: 'Payments' },
    { id: 'contact-details', scope: 'not-named', label: 'Contact details' },
    { id: 'network', scope: 'not-named', label: 'Connections and contacts' },
    { id: 'follows', scope: 'not-named', label: 'Follows' },
    { id: 'reactions', scope: 'not-named', label: 'Reactions' },
    { id: 'saved-items', scope: 'not-named', label: 'Saved items' },
    { id: 'job-activity', scope: 'not-named', label: 'Job applications and job search' },
    { id: 'learning', scope: 'not-named', label: 'Learning' },
    { id: 'events', scope: 'not-named', label: 'Events' },
    { id: 'advertising', scope: 'not-named', label: 'Advertising data' },
    { id: 'account-activity', scope: 'not-named', label: 'Account and security' },
    { id: 'search-history', scope: 'not-named', label: 'Search history' },
    { id: 'other', scope: 'not-named', label: 'Other export data' },
  ],
  rules: [
    {
      id: 'group-post-link',
      kinds: [...authoredKinds],
      when: { field: 'link', matches: groupPostLink },
      category: 'group-activity',
      reason: `Activity in a LinkedIn group: LinkedIn names "group activity" as training data. ${beforeTraining}`,
    },
    {
      id: 'profile-media',
      kinds: ['media-upload'],
      when: { field: 'mediaKind', matches: '^profile (background )?photo$' },
      category: 'profile',
      reason: 'Profile photo: LinkedIn names your photo among the profile data it trains on.',
    },
    {
      id: 'group-media',
      kinds: ['media-upload'],
      when: { field: 'mediaKind', matches: '^group (logo|background photo)$' },
      category: 'group-activity',
      reason: 'Image uploaded to a group you manage: group activity is named as training data.',
    },
    {
      id: 'media-in-posts',
      kinds: ['media-upload'],
      category: 'posts',
      reason: `Media uploaded with a post or article: member-generated content is named as training data. ${beforeTraining}`,
    },
    {
      id: 'salary-question',
      kinds: [...answerKinds],
      when: { field: 'question', matches: salaryQuestion, ignoring: workersCompensation },
      category: 'salary',
      reason: 'An answer about pay: LinkedIn excludes member-provided salary data from training.',
    },
    {
      id: 'screening-answer',
      kinds: [...answerKinds],
      category: 'screening-answers',
      reason:
        'Answer to a screening or application question: LinkedIn names screening responses as training data (answers tied to one application may instead fall under its exclusion of job application data).',
    },
    {
      id: 'profile-sections',
      kinds: [
        'profile',
        'position',
        'education',
        'skill',
        'certification',
        'language',
        'project',
        'honor',
        'course',
        'organization',
        'publication',
        'patent',
        'volunteering',
        'cause',
        'endorsement-received',
        'recommendation-received',
        'recommendation-given',
      ],
      category: 'profile',
      reason:
        'Profile data: LinkedIn names your profile (experience, education, skills, endorsements, recommendations …) as training data.',
    },
    {
      id: 'posts',
      kinds: ['post', 'poll-vote', 'instant-repost', 'article'],
      category: 'posts',
      reason: `Post, article, repost or poll vote: member-generated content is named as training data. ${beforeTraining}`,
    },
    {
      id: 'comments',
      kinds: ['comment'],
      category: 'comments',
      reason: `Comment: LinkedIn names comments as training data. ${beforeTraining}`,
    },
    {
      id: 'resumes',
      kinds: ['resume', 'resume-text'],
      category: 'resumes',
      reason:
        'Resume you added to LinkedIn: LinkedIn names resumes members add to their account as training data, while it is stored (one tied to a specific application may instead fall under its exclusion of job application data).',
    },
    {
      id: 'ai-chats',
      kinds: ['ai-message'],
      category: 'ai-interactions',
      reason:
        'A chat with a LinkedIn AI feature, what you typed and what it answered: named as training data.',
    },
    {
      id: 'private-messages',
      kinds: ['private-message'],
      category: 'private-messages',
      reason: 'Private message or InMail: LinkedIn excludes private messages from training.',
    },
    {
      id: 'job-posting-salary',
      kinds: ['job-posting-salary'],
      category: 'salary',
      reason: 'Pay stated in a job you posted: LinkedIn excludes salary data from training.',
    },
    {
      id: 'payments',
      kinds: ['receipt'],
      category: 'payments',
      reason: 'Payment receipt: LinkedIn excludes payment data from training.',
    },
    {
      id: 'contact-details',
      kinds: ['profile-contact', 'email-address', 'phone-number', 'whatsapp-number'],
      category: 'contact-details',
      reason: 'Contact details: not in LinkedIn’s lists of training data.',
    },
    {
      id: 'network',
      kinds: [
        'connection',
        'invitation',
        'imported-contact',
        'calendar',
        'connection-note',
        'endorsement-given',
      ],
      category: 'network',
      reason: 'Your network: not named as training data.',
    },
    {
      id: 'follows',
      kinds: ['company-follow', 'member-follow', 'hashtag-follow', 'member-hashtag'],
      category: 'follows',
      reason: 'Follows: not named as training data.',
    },
    {
      id: 'reactions',
      kinds: ['reaction'],
      category: 'reactions',
      reason:
        'Reaction (like): not named as training data; used for personalisation and, outside Europe, shared with Microsoft for ads.',
    },
    {
      id: 'saved-items',
      kinds: ['saved-item'],
      category: 'saved-items',
      reason: 'Saved item: not named as training data.',
    },
    {
      id: 'job-applications',
      kinds: ['job-application'],
      category: 'job-activity',
      reason:
        'Job application: not named as training data (LinkedIn excludes job application data attributable to you).',
    },
    {
      id: 'job-activity',
      kinds: ['saved-job', 'job-preference', 'job-alert', 'job-posting', 'marketplace-provider'],
      category: 'job-activity',
      reason:
        'Job search and hiring activity (saved jobs, alerts, preferences, jobs you posted, your services page): not named as training data.',
    },
    {
      id: 'learning',
      kinds: ['learning-item', 'language-test'],
      category: 'learning',
      reason: 'Learning activity: not named as training data.',
    },
    {
      id: 'events',
      kinds: ['event'],
      category: 'events',
      reason: 'Event: not named as training data.',
    },
    {
      id: 'advertising',
      kinds: ['ad-targeting', 'inference', 'ad-click', 'ad-engagement'],
      category: 'advertising',
      reason:
        'Advertising data: not named as training data; outside Europe shared with Microsoft for ads.',
    },
    {
      id: 'account-activity',
      kinds: ['registration', 'login', 'security-challenge', 'verification'],
      category: 'account-activity',
      reason: 'Account and security data: not named as training data.',
    },
    {
      id: 'search-history',
      kinds: ['search-query'],
      category: 'search-history',
      reason:
        'Search query on LinkedIn: not named as training data (text typed into AI features is).',
    },
    {
      // policy.md §2 names Profile.csv's Summary, not this file (header-only in every export seen,
      // export-format.md §3.7): it falls under "everything else".
      id: 'profile-summary-file',
      kinds: ['profile-summary'],
      category: 'other',
      reason:
        'Profile Summary.csv: not among the profile files the policy lists as training data (your Summary in Profile.csv is).',
    },
    {
      id: 'other',
      kinds: ['media-pointer'],
      category: 'other',
      reason: 'Pointer to a download page in LinkedIn’s settings: not named as training data.',
    },
  ],
  settingsActions: [
    {
      id: 'turn-off-ai-training',
      priority: 'high',
      action: 'Turn off "Data for Generative AI Improvement"',
      reason:
        'On by default; turning it off stops use of your data for training from now on (it does not undo past training).',
      link: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    },
    {
      id: 'file-objection-form',
      priority: 'medium',
      action: 'File the Data Processing Objection Form',
      reason:
        'Objects to AI processing the setting does not cover (right to object to legitimate interest, Art. 21 GDPR in Europe).',
      link: 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
    },
    {
      id: 'turn-off-ads-sharing',
      priority: 'medium',
      action: 'Turn off sharing your data with Microsoft for ads',
      reason:
        'Since 3 November 2025 LinkedIn shares more profile and feed activity with Microsoft for advertising outside the EU, EEA and Switzerland.',
      link: 'https://www.linkedin.com/mypreferences/d/settings/share-data-with-select-partners',
      regions: ['us', 'other', 'uk', 'ca', 'hk'],
    },
    // policy.md §3: "everything | account settings → Close account". LinkedIn gives the page no
    // stable address of its own, so the action names the way to it.
    {
      id: 'close-account',
      priority: 'low',
      action:
        'Close your account (Settings & Privacy → Account preferences → Account management → Close account)',
      reason:
        'Ends the licence you gave LinkedIn to all your content at once, instead of deleting it item by item; it does not undo training already done. Download your data first: closing deletes it.',
    },
  ],
  notes: [
    beforeTraining,
    'Resumes and answers tied to one specific application may fall under LinkedIn’s exclusion of “job application data attributable to a specific member”; LinkedIn’s own lists put stored resumes and screening answers in scope, and so does this report.',
  ],
  links: {
    resumesAndAnswers: 'https://www.linkedin.com/jobs/application-settings/',
    profileEdit: 'https://www.linkedin.com/profile/edit',
    commentsActivity: 'https://www.linkedin.com/in/me/recent-activity/comments/',
    articleBase: 'https://www.linkedin.com/pulse/',
  },
};
