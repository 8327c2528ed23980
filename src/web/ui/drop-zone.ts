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
  // A file dropped beside the zone (on the report, once one is shown, the zone far above) is
  // taken as if dropped on it: the browser would otherwise open or save it, or do nothing.
  window.addEventListener('dragover', (event) => {
    event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length > 0) onFiles(files);
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
