import { webText } from '../../core/messages.js';
import type { DownloadBlob } from '../protocol.js';
import type { DownloadKind } from '../worker/page-result.js';
import { h, setText } from './dom.js';

const labels: Readonly<Record<DownloadKind, { title: string; hint: string }>> =
  webText.downloads.kind;

const order: readonly DownloadKind[] = ['suggestions', 'records', 'resumes', 'report'];

/**
 * Download links to the Worker's files; each object URL is revoked when replaced or cleared. The
 * records CSV is a button until it is asked for: the Worker then reads the export again to make it
 * (docs/web.md), and the button becomes its link. How far it is shows beside the button, not in
 * its name, which a screen reader would read out again at every step.
 */
export class Downloads {
  readonly #host: HTMLElement;
  #urls: string[] = [];
  #records: { button: HTMLButtonElement; status: HTMLElement } | null = null;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** `prepareRecords`: asks the Worker for the records CSV (answered by `recordsReady`). */
  show(downloads: readonly DownloadBlob[], prepareRecords: () => void): void {
    this.clear();
    const items = order.flatMap((kind) => {
      const download = downloads.find((candidate) => candidate.kind === kind);
      if (download !== undefined) return [h('li', {}, this.#link(download))];
      return kind === 'records' ? [this.#recordsItem(prepareRecords)] : [];
    });
    this.#host.replaceChildren(h('ul', { className: 'download-list' }, ...items));
  }

  /**
   * While new settings are applied, the records of the report shown are not asked for; one being
   * made is cancelled, and says so until the new report replaces the list.
   */
  hold(): void {
    if (!this.#records) return;
    const { button, status } = this.#records;
    const wasPreparing = button.getAttribute('aria-busy') === 'true';
    button.disabled = true;
    this.#setPreparing(false);
    if (wasPreparing) this.#status(webText.downloads.cancelled);
    else status.hidden = true;
  }

  /** How far the Worker is with the records CSV (both its readings of the export), 0 to 1. */
  recordsProgress(fraction: number): void {
    this.#status(webText.downloads.preparing({ percent: Math.round(fraction * 100) }));
  }

  /** The records CSV is made: the button becomes its link, which is followed once. */
  recordsReady(download: DownloadBlob): void {
    if (!this.#records) return;
    const { button, status } = this.#records;
    const link = this.#link(download);
    const hadFocus = document.activeElement === button;
    button.replaceWith(link);
    status.remove();
    this.#records = null;
    if (hadFocus) link.focus();
    link.click();
  }

  /** It could not be made: the button can be pressed again. */
  recordsFailed(message: string): void {
    this.#setPreparing(false);
    this.#status(webText.downloads.failed({ message }));
  }

  clear(): void {
    for (const url of this.#urls) URL.revokeObjectURL(url);
    this.#urls = [];
    this.#records = null;
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

  #recordsItem(prepareRecords: () => void): HTMLLIElement {
    const button = h(
      'button',
      {
        className: 'download',
        attrs: {
          type: 'button',
          'data-download': 'records',
          'aria-describedby': 'records-status',
        },
      },
      h('span', { className: 'download-title' }, labels.records.title),
      h(
        'span',
        { className: 'download-hint' },
        webText.downloads.madeWhenAsked({ hint: labels.records.hint }),
      ),
    );
    const status = h('p', { className: 'download-status', attrs: { id: 'records-status' } });
    status.hidden = true;
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') === 'true') return;
      this.#setPreparing(true);
      this.recordsProgress(0);
      prepareRecords();
    });
    this.#records = { button, status };
    return h('li', {}, button, status);
  }

  #setPreparing(preparing: boolean): void {
    const button = this.#records?.button;
    if (!button) return;
    if (preparing) {
      button.setAttribute('aria-busy', 'true');
      button.setAttribute('aria-disabled', 'true');
    } else {
      button.removeAttribute('aria-busy');
      button.removeAttribute('aria-disabled');
    }
  }

  #status(text: string): void {
    if (!this.#records) return;
    this.#records.status.hidden = false;
    setText(this.#records.status, text);
  }
}
