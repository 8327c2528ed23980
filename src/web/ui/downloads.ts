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

/**
 * Download links to the Worker's files; each object URL is revoked when replaced or cleared. The
 * records CSV is a button until it is asked for: the Worker then reads the export again to make it
 * (docs/web.md), and the button becomes its link.
 */
export class Downloads {
  readonly #host: HTMLElement;
  #urls: string[] = [];
  #recordsButton: HTMLButtonElement | null = null;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** `prepareRecords`: asks the Worker for the records CSV (answered by `recordsReady`). */
  show(downloads: readonly DownloadBlob[], prepareRecords: () => void): void {
    this.clear();
    const items = order.flatMap((kind) => {
      const download = downloads.find((candidate) => candidate.kind === kind);
      if (download !== undefined) return [h('li', {}, this.#link(download))];
      return kind === 'records' ? [h('li', {}, this.#recordsButtonFor(prepareRecords))] : [];
    });
    this.#host.replaceChildren(h('ul', { className: 'download-list' }, ...items));
  }

  /** While new settings are applied, the records of the report shown are not asked for. */
  hold(): void {
    if (this.#recordsButton) this.#recordsButton.disabled = true;
  }

  /** How far the Worker is with the records CSV (both its readings of the export), 0 to 1. */
  recordsProgress(fraction: number): void {
    const hint = this.#recordsButton?.querySelector('.download-hint');
    if (hint) hint.textContent = `Preparing: ${String(Math.round(fraction * 100))}% read`;
  }

  /** The records CSV is made: the button becomes its link, which is followed once. */
  recordsReady(download: DownloadBlob): void {
    const button = this.#recordsButton;
    if (!button) return;
    const link = this.#link(download);
    button.replaceWith(link);
    this.#recordsButton = null;
    link.focus();
    link.click();
  }

  clear(): void {
    for (const url of this.#urls) URL.revokeObjectURL(url);
    this.#urls = [];
    this.#recordsButton = null;
    this.#host.replaceChildren();
  }

  #link(download: DownloadBlob): HTMLAnchorElement {
    const url = URL.createObjectURL(download.blob);
    this.#urls.push(url);
    return h(
      'a',
      {
        className: 'download',
        attrs: { href: url, download: download.fileName, 'data-download': download.kind },
      },
      h('span', { className: 'download-title' }, labels[download.kind].title),
      h('span', { className: 'download-hint' }, labels[download.kind].hint),
    );
  }

  #recordsButtonFor(prepareRecords: () => void): HTMLButtonElement {
    const button = h(
      'button',
      { className: 'download', attrs: { type: 'button', 'data-download': 'records' } },
      h('span', { className: 'download-title' }, labels.records.title),
      h('span', { className: 'download-hint' }, `${labels.records.hint}; made when you ask`),
    );
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-busy') === 'true') return;
      button.setAttribute('aria-busy', 'true');
      this.recordsProgress(0);
      prepareRecords();
    });
    this.#recordsButton = button;
    return button;
  }
}
