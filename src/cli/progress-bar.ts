import type { ProgressEvent } from '../core/index.js';
import { formatBytes } from '../core/archive/limits.js';
import { oneLine } from '../format/terminal-text.js';

export interface ProgressBar {
  update: (event: ProgressEvent) => void;
  /** Clears the bar so the report starts on a clean line. */
  finish: () => void;
}

export interface ProgressBarOptions {
  write: (text: string) => void;
  width: number;
  now?: () => number;
  /** Archives that take less than this show no bar at all. */
  delayMs?: number;
}

const barWidth = 24;
const redrawEveryMs = 100;

/** A one-line bar on stderr: bytes read of the total and the file being read. */
export function createProgressBar({
  write,
  width,
  now = Date.now,
  delayMs = 1000,
}: ProgressBarOptions): ProgressBar {
  const started = now();
  let lastDrawn = 0;
  let shown = false;
  return {
    update(event) {
      const time = now();
      if (time - started < delayMs || time - lastDrawn < redrawEveryMs) return;
      lastDrawn = time;
      shown = true;
      const fraction = event.bytesTotal > 0 ? Math.min(1, event.bytesDone / event.bytesTotal) : 0;
      const filled = Math.round(fraction * barWidth);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]`;
      const amounts = `${String(Math.round(fraction * 100)).padStart(3)}% ${formatBytes(event.bytesDone)} of ${formatBytes(event.bytesTotal)}`;
      const prefix = `${bar} ${amounts} `;
      const file = oneLine(event.file, Math.max(10, width - prefix.length - 1));
      write(`\r\u001b[K${prefix}${file}`);
    },
    finish() {
      if (shown) write('\r\u001b[K');
    },
  };
}
