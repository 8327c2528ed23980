import type { Fingerprint } from '../util/hash.js';

const initialCapacity = 1024;

/**
 * How many records so far had each id fingerprint, so that the second record with the same id is
 * numbered `-2`. Keyed by the fingerprint's two halves in typed arrays (open addressing, linear
 * probing) rather than by the id's text in a Map: a large export numbers a million ids, and a
 * Map of a million strings costs over a second and about a hundred MiB (docs/performance.md).
 */
export class IdCounter {
  private highs = new Uint32Array(initialCapacity);
  private lows = new Uint32Array(initialCapacity);
  /** Per slot, how many records had its fingerprint plus one; 0 marks a free slot. */
  private counts = new Uint32Array(initialCapacity);
  private used = 0;

  /** How many records had this fingerprint before this one, counting this one in. */
  take(fingerprint: Fingerprint): number {
    const slot = this.slotOf(fingerprint);
    const count = this.counts[slot] ?? 0;
    if (count === 0) {
      this.highs[slot] = fingerprint.high;
      this.lows[slot] = fingerprint.low;
      this.counts[slot] = 2;
      if (++this.used * 2 > this.counts.length) this.grow();
      return 0;
    }
    this.counts[slot] = count + 1;
    return count - 1;
  }

  /** Takes back one `take` of this fingerprint (a file that failed half-way). */
  give(fingerprint: Fingerprint): void {
    const slot = this.slotOf(fingerprint);
    const count = this.counts[slot] ?? 0;
    // The key stays in its slot with nothing counted: removing it would break other keys' probes.
    if (count > 1) this.counts[slot] = count - 1;
  }

  private slotOf({ high, low }: Fingerprint): number {
    const mask = this.counts.length - 1;
    // The fingerprint is already a hash: its low bits spread the keys.
    let slot = (low ^ high) & mask;
    while (this.counts[slot] !== 0 && (this.highs[slot] !== high || this.lows[slot] !== low)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private grow(): void {
    const { highs, lows, counts } = this;
    const capacity = counts.length * 2;
    this.highs = new Uint32Array(capacity);
    this.lows = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
    for (let slot = 0; slot < counts.length; slot++) {
      const count = counts[slot] ?? 0;
      if (count === 0) continue;
      const key = { high: highs[slot] ?? 0, low: lows[slot] ?? 0 };
      const target = this.slotOf(key);
      this.highs[target] = key.high;
      this.lows[target] = key.low;
      this.counts[target] = count;
    }
  }
}
