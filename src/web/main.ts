import './styles.css';
import type { ProgressEvent } from '../core/index.js';
import { webText } from '../core/messages.js';
import { givenName, type WorkerResult } from './protocol.js';
import { byId, h, setText } from './ui/dom.js';
import { wireDropZone } from './ui/drop-zone.js';
import { Downloads } from './ui/downloads.js';
import { renderCategories } from './ui/render-categories.js';
import { renderFiles } from './ui/render-files.js';
import { renderPlan } from './ui/render-plan.js';
import { renderResumes } from './ui/render-resumes.js';
import { renderSensitive } from './ui/render-sensitive.js';
import { renderSummary } from './ui/render-summary.js';
import { renderTimeline } from './ui/render-timeline.js';
import { AnalysisSession } from './ui/session.js';
import { fillSettings, readSettings, type SettingsControls } from './ui/settings.js';
import { TimelineChart } from './ui/timeline-chart.js';

document.getElementById('script-missing')?.remove();

const page = {
  dropZone: byId('drop-zone', HTMLElement),
  input: byId('file-input', HTMLInputElement),
  folderInput: byId('folder-input', HTMLInputElement),
  progress: byId('progress', HTMLElement),
  progressBar: byId('progress-bar', HTMLProgressElement),
  progressText: byId('progress-text', HTMLElement),
  cancel: byId('cancel', HTMLButtonElement),
  error: byId('error', HTMLElement),
  announcer: byId('announcer', HTMLElement),
  results: byId('results', HTMLElement),
  reportHeading: byId('report-heading', HTMLElement),
  summary: byId('summary', HTMLElement),
  clear: byId('clear', HTMLButtonElement),
  categories: byId('categories', HTMLElement),
  sensitive: byId('sensitive', HTMLElement),
  timeline: byId('timeline', HTMLElement),
  resumes: byId('resumes', HTMLElement),
  plan: byId('plan', HTMLElement),
  planCount: byId('plan-count', HTMLElement),
  files: byId('files', HTMLElement),
  filesCount: byId('files-count', HTMLElement),
  version: byId('version', HTMLElement),
  settingsStatus: byId('settings-status', HTMLElement),
};
const settings: SettingsControls = {
  region: byId('region', HTMLSelectElement),
  olderThan: byId('older-than', HTMLSelectElement),
  bom: byId('bom', HTMLInputElement),
};
const chart = new TimelineChart();
const downloads = new Downloads(byId('downloads', HTMLElement));
const resultSections = [
  page.summary,
  page.categories,
  page.sensitive,
  page.timeline,
  page.resumes,
  page.plan,
  page.files,
];
/** Set while a new export is being read: its report takes the focus when it arrives. */
let focusNextReport = false;
/**
 * Set while new settings are applied to the export in memory. That takes a moment, so it is said
 * beside the settings, and the progress panel above them stays closed: nothing moves under the
 * pointer while someone picks a region.
 */
let applyingSettings = false;
/** Set while the Worker makes the records CSV: its progress shows on that download's button. */
let preparingRecords = false;
/** The settings of the report shown (or being made), which its records CSV is made with. */
let reportSettings = readSettings(settings);

function announce(text: string): void {
  setText(page.announcer, text);
}

function showProgress(text: string, fraction: number | null): void {
  page.progress.hidden = false;
  setText(page.progressText, text);
  if (fraction === null) page.progressBar.removeAttribute('value');
  else page.progressBar.value = fraction;
}

function hideProgress(): void {
  page.progress.hidden = true;
  page.results.removeAttribute('aria-busy');
  setText(page.settingsStatus, '');
  applyingSettings = false;
  preparingRecords = false;
}

function progressText(progress: ProgressEvent): string {
  if (progress.file === '') return webText.progress.preparing;
  return webText.progress.readingFile({
    file: progress.file,
    done: progress.filesDone,
    total: progress.filesTotal,
  });
}

function progressFraction(progress: ProgressEvent): number {
  if (progress.bytesTotal > 0) return progress.bytesDone / progress.bytesTotal;
  return progress.filesTotal > 0 ? progress.filesDone / progress.filesTotal : 0;
}

function showError(title: string, message: string): void {
  page.error.replaceChildren(h('h2', {}, title), h('p', {}, message));
  page.error.hidden = false;
  page.error.scrollIntoView({ block: 'nearest' });
}

function clearError(): void {
  page.error.hidden = true;
  page.error.replaceChildren();
}

function clearResults(): void {
  preparingRecords = false;
  applyingSettings = false;
  chart.destroy();
  downloads.clear();
  for (const section of resultSections) section.replaceChildren();
  page.results.hidden = true;
}

function showResult({ report, sensitive, timeline, downloads: files }: WorkerResult): void {
  hideProgress();
  page.summary.replaceChildren(...renderSummary(report));
  page.categories.replaceChildren(...renderCategories(report));
  page.sensitive.replaceChildren(...renderSensitive(report, sensitive));
  page.timeline.replaceChildren(...renderTimeline(timeline, report.trainingSince, chart.element));
  page.resumes.replaceChildren(...renderResumes(report.resumes));
  setText(page.planCount, webText.headingCount({ count: report.suggestions.length }));
  page.plan.replaceChildren(...renderPlan(report.suggestions));
  setText(page.filesCount, webText.headingCount({ count: report.files.length }));
  page.files.replaceChildren(...renderFiles(report.files, report.categories));
  downloads.show(files, () => {
    preparingRecords = true;
    announce(webText.announce.preparingRecords);
    session.records(reportSettings);
  });
  page.results.hidden = false;
  // The chart measures its host, so it is drawn once the results are visible.
  if (timeline.months.length > 0) chart.show(timeline, report.trainingSince);
  else chart.destroy();
  announce(
    webText.announce.report({
      ready: focusNextReport,
      records: report.totals.records,
      inScope: report.totals.inScope,
    }),
  );
  if (focusNextReport) page.reportHeading.focus();
  focusNextReport = false;
}

const session = new AnalysisSession(
  () => new Worker(new URL('./worker/worker.ts', import.meta.url), { type: 'module' }),
  {
    progress: (progress) => {
      if (preparingRecords) {
        downloads.recordsProgress(progressFraction(progress));
      } else if (applyingSettings) {
        const percent = Math.round(progressFraction(progress) * 100);
        setText(page.settingsStatus, webText.settings.applyingPercent({ percent }));
      } else {
        showProgress(progressText(progress), progressFraction(progress));
      }
    },
    result: showResult,
    records: (download) => {
      preparingRecords = false;
      downloads.recordsReady(download);
      announce(webText.announce.recordsReady);
    },
    recordsFailed: (message) => {
      preparingRecords = false;
      downloads.recordsFailed(message);
      announce(webText.announce.recordsFailed);
    },
    failure: (message, expected) => {
      hideProgress();
      clearResults();
      page.input.value = '';
      page.folderInput.value = '';
      if (expected) showError(webText.errors.cannotAnalyze, message);
      else showError(webText.errors.wentWrong, webText.errors.reportIt({ message }));
    },
  },
);

/** Stops any analysis and forgets the export: the Worker holding its bytes is ended. */
function forget(announcement: string): void {
  session.reset();
  hideProgress();
  clearResults();
  clearError();
  page.input.value = '';
  page.folderInput.value = '';
  announce(announcement);
}

wireDropZone(page.dropZone, { zips: page.input, folder: page.folderInput }, (exports) => {
  clearError();
  clearResults();
  focusNextReport = true;
  const reading = webText.progress.reading({ names: exports.map(givenName).join(', ') });
  showProgress(reading, null);
  // Said once, not at every file: the live region had kept the previous "Report ready" meanwhile.
  announce(reading);
  reportSettings = readSettings(settings);
  session.analyze(exports, reportSettings);
});

function applySettings(): void {
  if (!session.holdsExport) return;
  // Before the first report, the analysis restarts in the progress panel it already fills.
  applyingSettings = !page.results.hidden;
  if (preparingRecords) announce(webText.announce.recordsCancelled);
  preparingRecords = false;
  downloads.hold();
  page.results.setAttribute('aria-busy', 'true');
  setText(page.settingsStatus, webText.settings.applying);
  reportSettings = readSettings(settings);
  session.update(reportSettings);
}

fillSettings(settings);
for (const control of [settings.region, settings.olderThan, settings.bom]) {
  control.addEventListener('change', applySettings);
}
page.cancel.addEventListener('click', () => {
  forget(webText.announce.cancelled);
  // The Cancel button is hidden with the progress: focus goes where the next file is given.
  page.input.focus();
});
page.clear.addEventListener('click', () => {
  forget(webText.announce.cleared);
  page.input.focus();
});
setText(page.version, __APP_VERSION__);
