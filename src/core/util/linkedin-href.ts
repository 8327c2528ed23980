/**
 * A link from the report, if it may be clickable: https on linkedin.com (the only links the core
 * makes, policy.md §3). Anything else, such as `javascript:` in a crafted export or a look-alike
 * `https://www.linkedin.com@evil.example/`, stays text, on the page and in Markdown alike.
 */
export function linkedinHref(link: string | null): string | null {
  if (link === null) return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const onLinkedIn = url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com');
  if (url.protocol !== 'https:' || !onLinkedIn || url.username !== '' || url.password !== '') {
    return null;
  }
  return url.href;
}
