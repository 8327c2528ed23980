/**
 * The drop zone around the file input. The input itself stays the keyboard and screen-reader way
 * in (its label is the zone); dragging files onto the zone hands them to `onFiles` the same way.
 */
export function wireDropZone(
  zone: HTMLElement,
  input: HTMLInputElement,
  onFiles: (files: File[]) => void,
): void {
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    if (files.length > 0) onFiles(files);
  });
  // A file dropped beside the zone would make the browser open or save it instead.
  for (const type of ['dragover', 'drop'] as const) {
    window.addEventListener(type, (event) => {
      event.preventDefault();
    });
  }
  let depth = 0;
  zone.addEventListener('dragenter', () => {
    depth++;
    zone.classList.add('is-dragover');
  });
  zone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.classList.remove('is-dragover');
  });
  zone.addEventListener('drop', (event) => {
    depth = 0;
    zone.classList.remove('is-dragover');
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length > 0) onFiles(files);
  });
}
