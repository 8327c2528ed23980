import { describe, expect, it } from 'vitest';
import { catalog } from '../src/core/catalog/index.js';
import { analyzeFiles, fileSummary, lines, recordsOf, warningCodes } from './helpers/build-zip.js';

// One minimal, realistic file per catalog entry: the exact header of export-format.md §3 and two
// rows in the file's own date format (§2), written as the raw lines LinkedIn writes. The expected
// category is docs/categories.md, spelled out here as literals so that a change of the
// policy code cannot move the oracle. All values are invented.

interface EntryCase {
  /** Catalog entry id. */
  id: string;
  path: string;
  /** The category every record of the file gets (docs/categories.md); null when it has none. */
  category: string | null;
  /** One date per record, in row order: the record count is its length. */
  dates: (string | null)[];
  content: string;
  /** `parsed` unless stated. */
  status?: 'empty';
}

const connectionsPreamble = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

const messageHeader =
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';

// export-format.md §3.3: the four AI chat files share the messages header; the AI side has no sender.
const aiChat = lines(
  messageHeader,
  '2-YWJjZGVmXzEwMA==,,Jane Doe,https://www.linkedin.com/in/jane-doe,,,2025-08-23 21:09:04 UTC,,How do I prepare for a data analyst interview?,INBOX',
  '2-YWJjZGVmXzEwMA==,,,,Jane Doe,https://www.linkedin.com/in/jane-doe,2025-08-23 21:09:10 UTC,,"Review SQL joins, window functions and one project you can explain.",INBOX',
);

const receiptsHeader =
  'First Name,Last Name,Billing Country,Postal Code,Transaction Made At,Payment Method Type,Invoice Number,Description,Tax Amount,Sub Total,Total Amount,Currency Code';

const adTargeting = lines(
  'Member Age,Buyer Groups,Company Names,Company Names,Company Follower of,Company Names,Company Category,Company Size,Degrees,degreeClass,Member Schools,Company Growth Rate,Fields of Study,Company Connections,Function By Size,Job Functions,Member Gender,Graduation Year,Member Groups,Company Industries,Member Interests,Interface Locales,interfaceLocale,Member Traits,Profile Locations,Company Revenue,Job Seniorities,Member Skills,Job Titles,Job Titles,Job Titles,Years of Experience',
  '25 to 34,Tech buyers,Acme Corp,Globex,Initech,Umbrella,Software,51-200,Bachelor,BACHELORS,Example University,High,Computer Science,Acme Corp,Engineering 51-200,Engineering,Female,2020,Data Science Group,Technology,Data; Chess,en_US,en_US,Frequent traveler,Berlin,$10M-$50M,Entry,SQL; Python,Data Analyst,BI Developer,Analyst,2 years',
  '18 to 24,,,,,,,,,,,,,,,,u,,,,,,,,,,,,,,,1 year',
);

const article = [
  '<html><head><title>My first article</title></head><body>',
  '<img src="https://media.licdn.com/dms/image/cover.jpg">',
  '<h1><a href="https://www.linkedin.com/pulse/my-first-article-jane-doe-ab1cd">My first article</a></h1>',
  '<p class="created">Created on 2025-06-01 10:00</p>',
  '<p class="published">Published on 2025-06-02 09:30</p>',
  '<div><p>What I learned building dashboards.</p></div>',
  '</body></html>',
].join('\n');

const feed = 'https://www.linkedin.com/feed/update/';
const job = 'http://www.linkedin.com/jobs/view/';

// prettier-ignore
const cases: EntryCase[] = [
  // ── profile ──────────────────────────────────────────────────────────────────────────────────
  { id: 'profile', path: 'Profile.csv', category: 'profile', dates: [null], content: lines(
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
    'Jane,Doe,,,,Data Analyst at Acme,Turning numbers into decisions,Technology,,"Berlin, Germany",,,',
  ) },
  { id: 'profile-summary', path: 'Profile Summary.csv', category: 'other', dates: [null, null], content: lines(
    'Profile Summary',
    'I build data tools.',
    'Open to new roles.',
  ) },
  { id: 'positions', path: 'Positions.csv', category: 'profile', dates: ['2022-11-01', '2020-01-01'], content: lines(
    'Company Name,Title,Description,Location,Started On,Finished On',
    'Acme Corp,Data Analyst,• Dashboards • SQL,"Berlin, Germany",Nov 2022,',
    'Globex,Intern,,Munich,2020,2021',
  ) },
  { id: 'education', path: 'Education.csv', category: 'profile', dates: ['2016-01-01', '2010-09-01'], content: lines(
    'School Name,Start Date,End Date,Notes,Degree Name,Activities',
    'Example University,2016,2020,,BSc Computer Science,Chess club',
    'Example School,Sep 2010,Jun 2016,,,',
  ) },
  { id: 'skills', path: 'Skills.csv', category: 'profile', dates: [null, null], content: lines(
    'Name',
    'SQL',
    'Python',
  ) },
  { id: 'languages', path: 'Languages.csv', category: 'profile', dates: [null, null], content: lines(
    'Name,Proficiency',
    'English,Native or bilingual proficiency',
    'German,Professional working proficiency',
  ) },
  { id: 'certifications', path: 'Certifications.csv', category: 'profile', dates: ['2024-03-01', '2023-01-01'], content: lines(
    'Name,Url,Authority,Started On,Finished On,License Number',
    'AWS Certified Cloud Practitioner,https://www.credly.com/badges/abc,Amazon Web Services (AWS),Mar 2024,Mar 2027,ABC123',
    'Professional Scrum Master I,,Scrum.org,2023,,',
  ) },
  { id: 'courses', path: 'Courses.csv', category: 'profile', dates: [null, null], content: lines(
    'Name,Number',
    'Statistics I,STAT101',
    'Databases,',
  ) },
  { id: 'projects', path: 'Projects.csv', category: 'profile', dates: ['2024-01-01', '2019-01-01'], content: lines(
    'Title,Description,Url,Started On,Finished On',
    'Sales dashboard,Power BI dashboard,https://example.com/dashboard,Jan 2024,Mar 2024',
    'Chess engine,,,2019,',
  ) },
  { id: 'honors', path: 'Honors.csv', category: 'profile', dates: ['2019-06-01', null], content: lines(
    'Title,Description,Issued On',
    "Dean's list,,Jun 2019",
    'Hackathon winner,First place,',
  ) },
  { id: 'organizations', path: 'Organizations.csv', category: 'profile', dates: ['2018-01-01', '2021-02-01'], content: lines(
    'Name,Description,Position,Started On,Finished On',
    'IEEE,,Member,2018,',
    'Data Meetup Berlin,Monthly talks,Organizer,Feb 2021,Dec 2023',
  ) },
  { id: 'publications', path: 'Publications.csv', category: 'profile', dates: ['2023-04-03', '2024-12-12'], content: lines(
    'Name,Published On,Description,Publisher,Url',
    'A study of dashboards,"Apr 3, 2023",,Example Journal,https://example.com/paper',
    'Notes on SQL,"Dec 12, 2024",Short note,Example Blog,',
  ) },
  // export-format.md §3.10: no real Patents.csv header has been seen; the catalog's assumed one.
  { id: 'patents', path: 'Patents.csv', category: 'profile', dates: [null, null], content: lines(
    'Title,Patent Office,Patent Number,Issued On,Url,Description',
    'Method for streaming joins,US,US1234567,Mar 2024,https://example.com/p1,',
    'Cache for dashboards,EP,EP7654321,,,Pending',
  ) },
  { id: 'volunteering', path: 'Volunteering.csv', category: 'profile', dates: ['2020-01-01', '2021-01-01'], content: lines(
    'Company Name,Role,Cause,Started On,Finished On,Description',
    'Food Bank,Volunteer,Poverty Alleviation,Jan 2020,,Sorting donations',
    'Code Club,Mentor,Education,2021,2022,',
  ) },
  { id: 'causes', path: 'Causes You Care About.csv', category: 'profile', dates: [null, null], content: lines(
    'Supported Cause',
    'Education',
    'Environment',
  ) },
  { id: 'endorsements-received', path: 'Endorsement_Received_Info.csv', category: 'profile', dates: ['2024-08-11', '2023-01-05'], content: lines(
    'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status',
    '2024/08/11 03:10:26 UTC,SQL,John,Roe,www.linkedin.com/in/john-roe,ACCEPTED',
    '2023/01/05 10:00:00 UTC,Python,Mary,Major,www.linkedin.com/in/mary-major,ACCEPTED',
  ) },
  { id: 'recommendations-received', path: 'Recommendations_Received.csv', category: 'profile', dates: ['2024-04-15', '2023-11-03'], content: lines(
    'First Name,Last Name,Company,Job Title,Text,Creation Date,Status',
    'John,Roe,Acme Corp,Manager,"Jane is thorough, kind and fast.","04/15/24, 09:25 PM",VISIBLE',
    'Mary,"Major, MSPH",Globex,Lead,A reliable colleague.,"11/03/23, 12:05 AM",VISIBLE',
  ) },
  { id: 'recommendations-given', path: 'Recommendations_Given.csv', category: 'profile', dates: ['2025-01-20', '2024-12-31'], content: lines(
    'First Name,Last Name,Company,Job Title,Text,Creation Date,Status',
    'John,Roe,Acme Corp,Manager,John is a great manager.,"01/20/25, 10:00 AM",',
    'Mary,Major,Globex,Lead,Mary led our team well.,"12/31/24, 11:59 PM",',
  ) },
  // ── posts, comments, reactions ───────────────────────────────────────────────────────────────
  { id: 'shares', path: 'Shares.csv', category: 'posts', dates: ['2025-08-13', '2024-02-01'], content: lines(
    'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
    `2025-08-13 13:08:21,${feed}urn%3Ali%3Ashare%3A7100000000000000001,Excited to share my new dashboard,,,MEMBER_NETWORK`,
    `2024-02-01 09:00:00,${feed}urn%3Ali%3AugcPost%3A7100000000000000002,,https://example.com/article,,MEMBER_NETWORK`,
  ) },
  { id: 'comments', path: 'Comments.csv', category: 'comments', dates: ['2025-08-14', '2025-08-15'], content: lines(
    'Date,Link,Message',
    `2025-08-14 10:00:00,${feed}urn%3Ali%3Aactivity%3A7100000000000000003,Great point!`,
    `2025-08-15 11:30:00,${feed}urn%3Ali%3AugcPost%3A7100000000000000004,"Agreed, thanks for sharing."`,
  ) },
  { id: 'votes', path: 'Votes.csv', category: 'posts', dates: ['2025-03-01', '2025-03-02'], content: lines(
    'Date,Link,OptionText',
    `2025-03-01 08:00:00,${feed}urn:li:ugcPost:7100000000000000005,Python `,
    `2025-03-02 08:00:00,${feed}urn:li:activity:7100000000000000006,Remote`,
  ) },
  { id: 'instant-reposts', path: 'InstantReposts.csv', category: 'posts', dates: ['2025-05-01', '2025-05-02'], content: lines(
    'Date,Link',
    `2025-05-01 12:00:00,${feed}urn%3Ali%3Aactivity%3A7100000000000000007`,
    `2025-05-02 12:00:00,${feed}urn%3Ali%3AugcPost%3A7100000000000000008`,
  ) },
  { id: 'articles', path: 'Articles/Articles/my-first-article-jane-doe-ab1cd.html', category: 'posts', dates: ['2025-06-02'], content: article },
  { id: 'rich-media', path: 'Rich_Media.csv', category: 'posts', dates: ['2025-02-07', '2025-03-03'], content: lines(
    'Date/Time,Media Description,Media Link',
    '"You uploaded a feed photo on February 7, 2025 at 7:01 AM (GMT)", -,https://media.licdn.com/dms/image/abc',
    '"You uploaded a video on March 3, 2025 at 11:15 PM (GMT)",Demo of my dashboard,https://dms.licdn.com/playlist/vid/xyz',
  ) },
  { id: 'rich-media-pointers', path: 'Rich Media.csv', category: 'other', dates: [null, null], content: lines(
    'Type,Link',
    'Video content can be downloaded at,https://www.linkedin.com/psettings/member-data/videos',
    'Documents can be downloaded at,https://www.linkedin.com/psettings/rich-media',
  ) },
  { id: 'reactions', path: 'Reactions.csv', category: 'reactions', dates: ['2025-08-13', '2025-08-12'], content: lines(
    'Date,Type,Link',
    `2025-08-13 13:08:21,LIKE,${feed}urn%3Ali%3Aactivity%3A7100000000000000009`,
    `2025-08-12 07:00:00,PRAISE,${feed}urn%3Ali%3AugcPost%3A7100000000000000010`,
  ) },
  { id: 'saved-items', path: 'Saved_Items.csv', category: 'saved-items', dates: ['2025-04-01', '2025-04-02'], content: lines(
    'savedItem,CreatedTime',
    `${feed}urn:li:activity:7100000000000000011,2025-04-01 10:00:00`,
    `${feed}urn:li:activity:7100000000000000012,2025-04-02 11:00:00`,
  ) },
  // ── jobs ─────────────────────────────────────────────────────────────────────────────────────
  { id: 'job-applications', path: 'Jobs/Job Applications.csv', category: 'job-activity', dates: ['2026-03-07', '2025-11-20'], content: lines(
    'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
    `"3/7/26, 9:01 AM",jane.doe@example.com, +1 5550100,Acme Corp,Data Analyst,${job}4000000001,,`,
    `"11/20/25, 4:45 PM",jane.doe@example.com, +1 5550100,,,${job}4000000002,,`,
  ) },
  { id: 'saved-screening-responses', path: 'Job Applicant Saved Screening Question Responses.csv', category: 'screening-answers', dates: [null, null], content: lines(
    'Question,Answer',
    'How many years of urn:li:industry:97 experience do you currently have?,5',
    'Are you legally authorized to work in Germany?,Yes',
  ) },
  { id: 'saved-answers', path: 'Jobs/Job Applicant Saved Answers.csv', category: 'screening-answers', dates: [null, null], content: lines(
    'Question,Answer',
    'First name,Jane',
    'Please submit a resume or LinkedIn profile,-373948369.pdf',
  ) },
  { id: 'stored-resumes', path: 'Private_identity_asset.csv', category: 'resumes', dates: [null, null], content: lines(
    'Private Identity Asset Name,Private Identity Asset Raw Text',
    '/AAYABAXexampleOne.pdf,"Jane Doe  Data Analyst  Berlin, Germany  Experience\tAcme Corp"',
    '/AAYABAXexampleTwo.pdf,Jane Doe  Analyst',
  ) },
  { id: 'saved-jobs', path: 'Jobs/Saved Jobs.csv', category: 'job-activity', dates: ['2022-07-01', '2025-12-31'], content: lines(
    'Saved Date,Job Url,Job Title,Company Name',
    `"7/1/22, 7:01 AM",${job}3000000001,Data Analyst,Acme Corp`,
    `"12/31/25, 11:59 PM",${job}3000000002,BI Developer,Globex`,
  ) },
  { id: 'job-seeker-preferences', path: 'Jobs/Job Seeker Preferences.csv', category: 'job-activity', dates: [null, null], content: lines(
    'Locations,Industries,Company Employee Count,Preferred Job Types,Job Titles,Open To Recruiters,Dream Companies,Profile Shared With Job Poster,Job Title For Searching Fast Growing Companies,Introduction Statement,Phone Number,Job Seeker Activity Level,Preferred Start Time Range,Commute Preference Starting Address,Commute Preference Starting Time,Mode Of Transportation,Maximum Commute Duration,Open Candidate Visibility,Job Seeking Urgency Level',
    '"Berlin, Germany",Technology,,Full-time | Contract,Data Analyst,Yes,,,,,,,,,,,,RECRUITERS,ACTIVELY_SEEKING',
    '"Munich, Germany",,,Full-time,BI Developer,,,,,,,,,,,,,,USER_DID_NOT_SPECIFY',
  ) },
  { id: 'saved-job-alerts', path: 'SavedJobAlerts.csv', category: 'job-activity', dates: [null, null], content: lines(
    'ALERT_PARAMETERS,QUERY_CONTEXT,SAVED_SEARCH_ID',
    '"{channels=[INAPP_NOTIFICATION, EMAIL], frequency=DAILY}","{keywords=data analyst, searchLocation={geoLocations=[{geo=urn:li:geo:101282230, radiusInKms=40.2335}]}}",1234567',
    '"{channels=[EMAIL], frequency=WEEKLY}",{keywords=bi developer},1234568',
  ) },
  { id: 'online-job-postings', path: 'Online Job Postings.csv', category: 'job-activity', dates: ['2024-01-10', '2024-06-01'], content: lines(
    'Company Name,Title,Employment Status,Company Description,Job Description,Location Description,Job Functions,Company Industries,Seniority Level,Required Skills,Education Levels,Onsite Apply,Contact Email,Company Apply Url,Base Salary,Additional Compensation,Job State,Create Date,List Date,Close Date,Expiration Date',
    'Acme Corp,Data Analyst,FULL_TIME,We sell anvils.,<p>Analyze sales.</p>,Berlin,Analyst | Engineering,Software,ENTRY_LEVEL,SQL | Python,,true,jobs@example.com,https://example.com/apply,,,CLOSED,"1/10/24, 9:00 AM","1/11/24, 9:00 AM","2/10/24, 9:00 AM","3/10/24, 9:00 AM"',
    'Acme Corp,Volunteer Mentor,VOLUNTEER,,<p>Mentor juniors.</p>,Remote,,,NOT_APPLICABLE,,,true,,,,,CLOSED,"6/1/24, 2:30 PM",,,',
  ) },
  { id: 'marketplace-providers', path: 'Services Marketplace/Providers.csv', category: 'job-activity', dates: ['2023-06-20', '2024-01-15'], content: lines(
    'Creation Time,Marketplace Type,ProFinder Service Category,Top Level Service Category,Secondary Service Category,Use Profile Location,Available to Work Remotely,Pricing Info Provided,Status,Media',
    'Tue Jun 20 12:25:51 UTC 2023,SERVICE_MARKETPLACE,,Consulting,"Data Analysis, Business Analysis",true,true,false,ACTIVE,https://www.linkedin.com/services/page/abc',
    'Mon Jan 15 08:00:00 UTC 2024,SERVICE_MARKETPLACE,,Training,SQL,false,true,true,ACTIVE,',
  ) },
  // ── messages and AI chats ────────────────────────────────────────────────────────────────────
  { id: 'messages', path: 'messages.csv', category: 'private-messages', dates: ['2025-08-23', '2025-08-22'], content: lines(
    `${messageHeader},ATTACHMENTS`,
    '2-YWJjXzEwMA==,,Jane Doe,https://www.linkedin.com/in/jane-doe,John Roe,https://www.linkedin.com/in/john-roe,2025-08-23 21:09:04 UTC,,Hi John  thanks for connecting.,INBOX,',
    '2-YWJjXzEwMA==,,John Roe,https://www.linkedin.com/in/john-roe,Jane Doe,https://www.linkedin.com/in/jane-doe,2025-08-22 20:00:00 UTC,,"Hello Jane, nice to meet you.",INBOX,',
  ) },
  { id: 'guide-messages', path: 'guide_messages.csv', category: 'ai-interactions', dates: ['2025-08-23', '2025-08-23'], content: aiChat },
  { id: 'coach-messages', path: 'coach_messages.csv', category: 'ai-interactions', dates: ['2025-08-23', '2025-08-23'], content: aiChat },
  { id: 'learning-coach-messages', path: 'learning_coach_messages.csv', category: 'ai-interactions', dates: ['2025-08-23', '2025-08-23'], content: aiChat },
  { id: 'learning-role-play-messages', path: 'learning_role_play_messages.csv', category: 'ai-interactions', dates: ['2025-08-23', '2025-08-23'], content: aiChat },
  // export-format.md §3.4: the old file is only this sentence and blank lines.
  { id: 'learning-coach-messages-stub', path: 'LearningCoachMessages.csv', category: null, dates: [], status: 'empty', content: 'No conversations found\n\n\n' },
  // ── payments ─────────────────────────────────────────────────────────────────────────────────
  { id: 'receipts', path: 'Receipts.csv', category: 'payments', dates: ['2024-03-11', '2024-04-11'], content: lines(
    receiptsHeader,
    'Jane,Doe,DE,10115,"3/11/24, 4:41 PM",CreditCard,INV-1001,Premium Career,0,0,0,EUR',
    'Jane,Doe,DE,10115,"4/11/24, 4:41 PM",CreditCard,INV-1002,Premium Career,0,0,0,EUR',
  ) },
  { id: 'receipts-v2', path: 'Receipts_v2.csv', category: 'payments', dates: ['2026-03-11', '2026-02-11'], content: lines(
    receiptsHeader,
    'Jane,Doe ,DE,10115,03/11/26 04:41 PM UTC,CARD,INV-2001,Premium Career,26.59,139.99,166.58,EUR',
    'Jane,Doe ,DE,10115,02/11/26 09:05 AM UTC,PAYPAL,INV-2002,Recruiter Lite (Monthly),0.00,139.99,139.99,EUR',
  ) },
  // ── network and follows ──────────────────────────────────────────────────────────────────────
  // export-format.md §3.1: a three-line preamble and no newline after the last row.
  { id: 'connections', path: 'Connections.csv', category: 'network', dates: ['2023-07-04', '2024-01-15'], content: [
    ...connectionsPreamble,
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'John,Roe,https://www.linkedin.com/in/john-roe,,Acme Corp,Manager,04 Jul 2023',
    'Mary,Major,https://www.linkedin.com/in/mary-major,mary@example.com,"Globex, Inc.",Lead,15 Jan 2024',
  ].join('\n') },
  { id: 'invitations', path: 'Invitations.csv', category: 'network', dates: ['2022-07-01', '2026-03-07'], content: lines(
    'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
    'Jane Doe,John Roe,"7/1/22, 7:01 AM",,OUTGOING,https://www.linkedin.com/in/jane-doe,https://www.linkedin.com/in/john-roe',
    'Mary Major,Jane Doe,"3/7/26, 9:05 PM",Hi Jane!,INCOMING,https://www.linkedin.com/in/mary-major,https://www.linkedin.com/in/jane-doe',
  ) },
  { id: 'contacts', path: 'Contacts.csv', category: 'network', dates: ['2023-02-03', '2024-05-06'], content: lines(
    'Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles',
    'GOOGLE_CONTACTS,John,Roe,null,,john@example.com,"+1 5550101,+1 5550102","2/3/23, 8:15 AM",City:Berlin State: Type:HOME Primary:No,,,John Roe,,,,',
    'MOBILE_CONTACTS,Mary,Major,Globex,Lead,,,"5/6/24, 10:00 PM",,,,Mary Major,,,,',
  ) },
  { id: 'imported-contacts', path: 'ImportedContacts.csv', category: 'network', dates: ['2026-02-03', '2026-04-01'], content: lines(
    'FirstName,MiddleName,LastName,MaidenName,NickName,NamePrefix,NameSuffix,Title,Emails,PhoneNumbers,CreatedAt,UpdatedAt,CountryCode,RegionCode,ThirdPartyVerified,Location',
    'John,,Roe,,,,,Manager,john@example.com,+1 5550101,"2/3/26, 8:15 AM","2/3/26, 8:15 AM",US,,false,',
    'Mary,,Major,,,,,,,,"4/1/26, 1:00 PM",,DE,,false,Berlin',
  ) },
  { id: 'calendar', path: 'Calendar.csv', category: 'network', dates: ['2024-02-03', '2024-03-04'], content: lines(
    'Owner,Source,LastSyncedAt',
    'jane.doe@example.com,ANDROID_CALENDAR,"2/3/24, 8:15 AM"',
    'jane@example.org,GOOGLE_CALENDAR,"3/4/24, 9:30 PM"',
  ) },
  { id: 'notes', path: 'Notes.csv', category: 'network', dates: ['2026-05-20', '2026-06-01'], content: lines(
    'Connection First Name,Connection Last Name,Connection Profile URL,Note,Created On,Edited On',
    'John,Roe,https://www.linkedin.com/in/john-roe,Met at a meetup,"5/20/26, 3:00 PM",',
    'Mary,Major,https://www.linkedin.com/in/mary-major,Ask about the BI role,"6/1/26, 9:00 AM","6/2/26, 9:00 AM"',
  ) },
  { id: 'endorsements-given', path: 'Endorsement_Given_Info.csv', category: 'network', dates: ['2024-08-11', '2025-02-28'], content: lines(
    'Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status',
    '2024/08/11 03:10:26 UTC,Leadership,John,Roe,www.linkedin.com/in/john-roe,ACCEPTED',
    '2025/02/28 18:00:00 UTC,Tableau,Mary,Major,www.linkedin.com/in/mary-major,ACCEPTED',
  ) },
  // export-format.md §3.17: no newline after the last row.
  { id: 'company-follows', path: 'Company Follows.csv', category: 'follows', dates: ['2023-06-20', '2024-11-02'], content: [
    'Organization,Followed On',
    'Acme Corp,Tue Jun 20 12:25:51 UTC 2023',
    'Globex,Sat Nov 02 07:00:00 UTC 2024',
  ].join('\n') },
  { id: 'member-follows', path: 'Member_Follows.csv', category: 'follows', dates: ['2025-01-02', '2024-06-07'], content: lines(
    'Date,Status,FullName',
    '2025-01-02 03:04:05,Active,John Roe',
    '2024-06-07 08:09:10,Unfollow,Mary Major',
  ) },
  { id: 'hashtag-follows', path: 'Hashtag_Follows.csv', category: 'follows', dates: ['2024-05-01', '2024-05-02'], content: lines(
    'HashTag,CreatedTime,LastModifiedTime,State',
    'dataanalytics,2024-05-01 10:00:00,2024-05-01 10:00:00,Follow',
    'sql,2024-05-02 11:00:00,2024-05-03 12:00:00,Follow',
  ) },
  { id: 'member-hashtags', path: 'Member Hashtags.csv', category: 'follows', dates: [null, null], content: lines(
    'Member Posts About Hashtags',
    '#sql',
    '#python',
  ) },
  { id: 'events', path: 'Events.csv', category: 'events', dates: ['2022-05-07', '2025-01-15'], content: lines(
    'Event Name,Event Time,Status,External Url',
    'Data Summit,"May 07, 2022 08:00 AM - May 07, 2022 11:00 AM",APPROVED,',
    'SQL Meetup,"Jan 15, 2025 06:30 PM - Jan 15, 2025 08:30 PM",RELINQUISHED,https://example.com/meetup',
  ) },
  // ── contact details and account ──────────────────────────────────────────────────────────────
  // export-format.md §3.11: no newline after the last row.
  { id: 'email-addresses', path: 'Email Addresses.csv', category: 'contact-details', dates: ['2022-07-01', '2024-01-05'], content: [
    'Email Address,Confirmed,Primary,Updated On',
    'jane.doe@example.com,Yes,Yes,"7/1/22, 7:01 AM"',
    'jane@example.org,Yes,No,"1/5/24, 10:20 PM"',
  ].join('\n') },
  { id: 'phone-numbers', path: 'PhoneNumbers.csv', category: 'contact-details', dates: [null, null], content: lines(
    'Extension,Number,Type',
    ',+49 30 1234567,Mobile',
    ', +1 5550100,',
  ) },
  { id: 'whatsapp-numbers', path: 'Whatsapp Phone Numbers.csv', category: 'contact-details', dates: [null, null], content: lines(
    'Number,Extension,Is_WhatsApp_Number',
    '+49 30 1234567,,true',
    '+1 5550100,,false',
  ) },
  { id: 'registration', path: 'Registration.csv', category: 'account-activity', dates: ['2015-07-01', '2016-08-02'], content: lines(
    'Registered At,Registration Ip,Subscription Types',
    '"7/1/15, 7:01 AM",203.0.113.5,Basic',
    '"8/2/16, 10:30 PM",203.0.113.6,Premium Career',
  ) },
  { id: 'logins', path: 'Logins.csv', category: 'account-activity', dates: ['2023-06-20', '2025-03-04'], content: lines(
    'Login Date,IP Address,User Agent,Login Type',
    'Tue Jun 20 12:25:51 UTC 2023,203.0.113.5,"Mozilla/5.0 (X11; Linux x86_64)",Login',
    'Tue Mar 04 06:00:00 UTC 2025,2001:db8::1,"LinkedIn/9.30 (iPhone; iOS 17.1)",Login',
  ) },
  { id: 'security-challenges', path: 'Security Challenges.csv', category: 'account-activity', dates: ['2026-02-10', '2024-01-15'], content: lines(
    'Challenge Date,IP Address,User Agent,Country,Challenge Type',
    'Tue Feb 10 09:15:00 UTC 2026,203.0.113.5,Mozilla/5.0,Germany,EMAIL_PIN_CHALLENGE',
    'Mon Jan 15 08:00:00 UTC 2024,,Mozilla/5.0,Unknown,CAPTCHA_CHALLENGE',
  ) },
  { id: 'verifications', path: 'Verifications/Verifications.csv', category: 'account-activity', dates: ['2024-10-07', '2025-01-20'], content: lines(
    'First name,Middle name,Last name,Verification type,Organization name,Email address,Country,State,City,Year of birth,Issuing authority,Document type,Verification service provider,Verified date,Expiry date',
    'Jane,,Doe,WORKPLACE,Acme Corp,jane@acme.example,,,,0,,,,2024-10-07,N/A',
    'Jane,,Doe,IDENTITY,,,DE,,Berlin,N/A,Germany,PASSPORT,CLEAR,2025-01-20,2030-01-19',
  ) },
  { id: 'search-queries', path: 'SearchQueries.csv', category: 'search-history', dates: ['2025-01-02', '2025-01-03'], content: lines(
    'Time,Search Query',
    '2025/01/02 03:04:05 UTC,data analyst jobs',
    '2025/01/03 10:00:00 UTC,sql window functions',
  ) },
  // ── advertising and learning ─────────────────────────────────────────────────────────────────
  { id: 'ad-targeting', path: 'Ad_Targeting.csv', category: 'advertising', dates: [null, null], content: adTargeting },
  // export-format.md §3.30: no newline after the last row.
  { id: 'inferences', path: 'Inferences_about_you.csv', category: 'advertising', dates: [null, null], content: [
    'Category,Type of inference,Description,Inference',
    'Gender,Demographic,Inferred gender,FEMALE',
    'Job seeker,Behavioral,Likely to look for a job,true',
  ].join('\n') },
  { id: 'ads-clicked', path: 'Ads Clicked.csv', category: 'advertising', dates: ['2025-10-09', '2025-10-08'], content: lines(
    'Ad clicked Date,Ad Title/Id',
    '2025/10/09 10:11:12 UTC,123456789',
    '2025/10/08 09:00:00 UTC,987654321',
  ) },
  { id: 'lan-ads-engagement', path: 'LAN Ads Engagement.csv', category: 'advertising', dates: ['2025-10-09', '2025-10-10'], content: lines(
    'Action,Date,Ad Title/Id,Page/App',
    'Impression,2025/10/09,123456789,example.com',
    'Impression,2025/10/10,987654321,Example App',
  ) },
  // export-format.md §3.32: the header and every row end with a comma.
  { id: 'learning', path: 'Learning.csv', category: 'learning', dates: ['2022-08-05', null], content: lines(
    'Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),',
    'SQL Essential Training,<p>Learn SQL.</p>,Course,2022-08-05 08:11 UTC,2022-08-06 09:00 UTC,false,N/A,',
    'Python for Analysts,"<p>Line one</p>\n<p>Line two</p>",Learning Path,N/A,N/A,true,N/A,',
  ) },
  { id: 'duolingo', path: 'Duolingo.csv', category: 'learning', dates: [null, null], content: lines(
    'Language,Score,Proficiency Level',
    'English,135,Advanced',
    'English,120,Upper intermediate',
  ) },
];

describe('catalog entries: one minimal file each', () => {
  it('has one case for every catalog entry, and none for an unknown one', () => {
    const caseIds = cases.map((entry) => entry.id).sort();
    expect(caseIds).toEqual(catalog.map((spec) => spec.id).sort());
    expect(new Set(caseIds).size).toBe(caseIds.length);
  });

  it.each(cases)('$id: $path → $category', async (entry) => {
    const report = await analyzeFiles({ [entry.path]: entry.content });
    const count = entry.dates.length;

    expect(fileSummary(report, entry.path)).toEqual({
      path: entry.path,
      archive: 'Complete_LinkedInDataExport_11-28-2026.zip',
      table: entry.id,
      status: entry.status ?? 'parsed',
      records: count,
      categories: entry.category === null ? [] : [entry.category],
      note: null,
    });

    const records = recordsOf(report, entry.path);
    expect(report.records).toHaveLength(count);
    expect(records.map((record) => record.category)).toEqual(Array(count).fill(entry.category));
    expect(records.map((record) => record.date)).toEqual(entry.dates);

    // The exact header and valid dates: no header change, no unread date, nothing dropped.
    expect(warningCodes(report)).toEqual([]);
  });
});

// export-format.md §3.17: X2 reports a `Company_Follows.csv` spelling in some years; §3.24: X1's
// list of a Dec 2024 archive names the reposts `InstantReosts.csv`.
describe('other spellings of a file name', () => {
  it.each([
    { spelling: 'Company_Follows.csv', id: 'company-follows' },
    { spelling: 'InstantReosts.csv', id: 'instant-reposts' },
    { spelling: 'InstantReosts_1208730626.csv', id: 'instant-reposts' },
  ])('$spelling reads as $id', async ({ spelling, id }) => {
    const entry = cases.find((candidate) => candidate.id === id);
    if (!entry) throw new Error(`no case for ${id}`);
    const report = await analyzeFiles({ [spelling]: entry.content });
    expect(fileSummary(report, spelling)).toMatchObject({
      table: id,
      status: 'parsed',
      records: entry.dates.length,
    });
    expect(recordsOf(report, spelling).map((record) => record.date)).toEqual(entry.dates);
    expect(warningCodes(report)).toEqual([]);
  });
});
