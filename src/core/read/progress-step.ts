/**
 * Progress is reported about every this many inflated bytes (and at each file), by the reading
 * loop (read-files.ts) and by a thread that counts elsewhere alike.
 */
export const progressStep = 4 * 1024 * 1024;
