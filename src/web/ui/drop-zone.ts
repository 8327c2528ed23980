import type { GivenExport } from '../protocol.js';

/** A file of a folder, with its path inside the folder. */
interface FolderEntryFile {
  path: string;
  file: File;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => {
    entry.file(resolve, reject);
  });
}

/** One batch of a folder's entries; an empty batch means there are no more. */
function batchOf(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    reader.readEntries(resolve, reject);
  });
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

/** Every file under a dropped folder, with its path inside that folder. */
async function filesUnder(
  folder: FileSystemDirectoryEntry,
  prefix = '',
): Promise<FolderEntryFile[]> {
  const reader = folder.createReader();
  const files: FolderEntryFile[] = [];
  for (let batch = await batchOf(reader); batch.length > 0; batch = await batchOf(reader)) {
    for (const entry of batch) {
      const path = `${prefix}${entry.name}`;
      if (isDirectory(entry)) files.push(...(await filesUnder(entry, `${path}/`)));
      else if (isFile(entry)) files.push({ path, file: await fileOf(entry) });
    }
  }
  return files;
}

/**
 * What a drop holds: its folders walked (a browser gives a dropped folder as one unreadable
 * File, its entries only through `webkitGetAsEntry`), its files as ZIPs. The entries must be
 * taken while the drop event runs: the list is emptied after it.
 */
function droppedExports(
  files: readonly File[],
  entries: readonly (FileSystemEntry | null)[],
): Promise<GivenExport[]> {
  return Promise.all(
    files.map(async (file, index): Promise<GivenExport> => {
      const entry = entries[index];
      if (entry && isDirectory(entry)) {
        return { kind: 'folder', name: entry.name, files: await filesUnder(entry) };
      }
      return { kind: 'zip', file };
    }),
  );
}

/**
 * The files of a chosen folder (`webkitdirectory`), grouped by the folder they are in:
 * `webkitRelativePath` is `Folder/Jobs/Job Applications.csv`.
 */
export function chosenFolders(files: readonly File[]): GivenExport[] {
  const folders = new Map<string, FolderEntryFile[]>();
  for (const file of files) {
    const [name = '', ...rest] = file.webkitRelativePath.split('/');
    const inFolder = folders.get(name) ?? [];
    inFolder.push({ path: rest.join('/') || file.name, file });
    folders.set(name, inFolder);
  }
  return [...folders].map(([name, inFolder]) => ({ kind: 'folder', name, files: inFolder }));
}

/**
 * The drop zone around the file inputs. The inputs stay the keyboard and screen-reader way in
 * (ZIP files, or an unzipped folder); dragging files or a folder anywhere onto the page hands
 * them to `onExports` the same way.
 */
export function wireDropZone(
  zone: HTMLElement,
  inputs: { zips: HTMLInputElement; folder: HTMLInputElement },
  onExports: (exports: GivenExport[]) => void,
): void {
  inputs.zips.addEventListener('change', () => {
    const files = Array.from(inputs.zips.files ?? []);
    if (files.length > 0) onExports(files.map((file) => ({ kind: 'zip', file })));
  });
  inputs.folder.addEventListener('change', () => {
    const files = Array.from(inputs.folder.files ?? []);
    if (files.length > 0) onExports(chosenFolders(files));
  });
  // A file dropped beside the zone (on the report, once one is shown, the zone far above) is
  // taken as if dropped on it: the browser would otherwise open or save it, or do nothing.
  window.addEventListener('dragover', (event) => {
    event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    const transfer = event.dataTransfer;
    if (!transfer || transfer.files.length === 0) return;
    const files = Array.from(transfer.files);
    const entries = Array.from(transfer.items)
      .filter((item) => item.kind === 'file')
      .map((item) => item.webkitGetAsEntry());
    void droppedExports(files, entries).then(
      (exports) => {
        onExports(exports);
      },
      // A folder that cannot be walked: its File goes to the Worker, which says it cannot read it.
      () => {
        onExports(files.map((file) => ({ kind: 'zip', file })));
      },
    );
  });
  let depth = 0;
  zone.addEventListener('dragenter', () => {
    depth++;
    zone.classList.add('is-dragover');
  });
  zone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.classList.remove('is-dragover');
  });
  // The drop itself bubbles on to the window's handler above.
  zone.addEventListener('drop', () => {
    depth = 0;
    zone.classList.remove('is-dragover');
  });
}
