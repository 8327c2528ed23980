import type { DownloadBlob } from '../protocol.js';
import type { DownloadKind } from '../worker/page-result.js';
import { h } from './dom.js';

const labels: Readonly<Record<DownloadKind, { title: string; hint: string }>> = {
  suggestions: { title: 'Deletion plan (CSV)', hint: 'with an empty "decision" column for you' },
  records: { title: 'All records (CSV)', hint: 'one row per record, with its category and reason' },
  resumes: { title: 'Resumes (CSV)', hint: 'stored resumes, the old ones marked' },
  report: { title: 'Report (JSON)', hint: 'the summary, for other tools' },
};

const order: readonly DownloadKind[] = ['suggestions', 'records', 'resumes', 'report'];

/** Download links to the Worker's files; each object URL is revoked when replaced or cleared. */
export class Downloads {
  readonly #host: HTMLElement;
  #urls: string[] = [];

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  show(downloads: readonly DownloadBlob[]): void {
    this.clear();
    const links = order.flatMap((kind) => {
      const download = downloads.find((candidate) => candidate.kind === kind);
      if (download === undefined) return [];
      const url = URL.createObjectURL(download.blob);
      this.#urls.push(url);
      return [
        h(
          'li',
          {},
          h(
            'a',
            {
              className: 'download',
              attrs: { href: url, download: download.fileName, 'data-download': kind },
            },
            h('span', { className: 'download-title' }, labels[kind].title),
            h('span', { className: 'download-hint' }, labels[kind].hint),
          ),
        ),
      ];
    });
    this.#host.replaceChildren(h('ul', { className: 'download-list' }, ...links));
  }

  clear(): void {
    for (const url of this.#urls) URL.revokeObjectURL(url);
    this.#urls = [];
    this.#host.replaceChildren();
  }
}
