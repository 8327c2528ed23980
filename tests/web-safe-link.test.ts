import { describe, expect, it } from 'vitest';
import { linkedinHref } from '../src/core/util/linkedin-href.js';

describe('linkedinHref: which links of the report the page makes clickable', () => {
  it.each([
    'https://www.linkedin.com/feed/update/urn:li:ugcPost:6490205464822285366',
    'https://linkedin.com/jobs/application-settings/',
    'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
  ])('%s', (link) => {
    expect(linkedinHref(link)).toBe(new URL(link).href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)//https://www.linkedin.com/',
    'data:text/html,<script>alert(1)</script>',
    'http://www.linkedin.com/feed/',
    'https://www.linkedin.com.attacker.example/',
    'https://evil-linkedin.com/',
    'https://user:pass@www.linkedin.com/',
    '//www.linkedin.com/feed/',
    'not a link',
    null,
  ])('not %s', (link) => {
    expect(linkedinHref(link)).toBeNull();
  });
});
