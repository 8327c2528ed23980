import type { Fingerprint } from '../util/hash.js';

const initialCapacity = 1024;

/**
 * How many records so far had each id fingerprint, so that the second record with the same id is
 * numbered `-2`. A file counts its own in a counter of its own, added to the analysis's once the
 * file was read to its end (read/record-collector.ts). Keyed by the fingerprint's two halves in
 * typed arrays (open addressing, linear probing) rather than by the id's text in a Map: a large
 * export numbers a million ids, and a Map of a million strings costs over a second and about a
 * hundred MiB (docs/performance.md).
 */
export class IdCounter {
  /**
   * Per slot three numbers side by side: the fingerprint's halves and how many records had it
   * plus one (0 marks a free slot). One array, so that a probe reads one cache line, not three.
   */
  private slots = new Uint32Array(initialCapacity * 3);
  private capacity = initialCapacity;
  private used = 0;

  /** How many fingerprints it has counted. */
  get size(): number {
    return this.used;
  }

  /** How many records had this fingerprint before this one, counting this one in. */
  take(fingerprint: Fingerprint): number {
    const at = this.slotOf(fingerprint);
    const count = this.slots[at + 2] ?? 0;
    if (count === 0) {
      this.slots[at] = fingerprint.high;
      this.slots[at + 1] = fingerprint.low;
      this.slots[at + 2] = 2;
      if (++this.used * 2 > this.capacity) this.grow();
      return 0;
    }
    this.slots[at + 2] = count + 1;
    return count - 1;
  }

  /** How many records had this fingerprint so far, without counting another. */
  count(fingerprint: Fingerprint): number {
    return Math.max((this.slots[this.slotOf(fingerprint) + 2] ?? 0) - 1, 0);
  }

  /** Adds what another counter counted (a file read to its end) to this one's counts. */
  addAll(other: IdCounter): void {
    if (other === this) throw new Error('IdCounter: a counter cannot add itself');
    const { slots } = other;
    for (let at = 0; at < slots.length; at += 3) {
      const count = (slots[at + 2] ?? 0) - 1;
      if (count <= 0) continue;
      const key = { high: slots[at] ?? 0, low: slots[at + 1] ?? 0 };
      const target = this.slotOf(key);
      const known = this.slots[target + 2] ?? 0;
      if (known === 0) {
        this.slots[target] = key.high;
        this.slots[target + 1] = key.low;
        this.slots[target + 2] = count + 1;
        if (++this.used * 2 > this.capacity) this.grow();
      } else {
        this.slots[target + 2] = known + count;
      }
    }
  }

  /** Where the fingerprint's three numbers are, or go. */
  private slotOf({ high, low }: Fingerprint): number {
    const { slots } = this;
    const mask = this.capacity - 1;
    // The fingerprint is already a hash: its low bits spread the keys.
    let slot = (low ^ high) & mask;
    for (;;) {
      const at = slot * 3;
      if (slots[at + 2] === 0 || (slots[at] === high && slots[at + 1] === low)) return at;
      slot = (slot + 1) & mask;
    }
  }

  /** Makes room for `expected` fingerprints in all, so that it need not grow until then. */
  reserve(expected: number): void {
    let capacity = this.capacity;
    while (expected * 2 > capacity) capacity *= 2;
    if (capacity > this.capacity) this.grow(capacity);
  }

  private grow(capacity = this.capacity * 2): void {
    const old = this.slots;
    this.capacity = capacity;
    this.slots = new Uint32Array(this.capacity * 3);
    for (let at = 0; at < old.length; at += 3) {
      const count = old[at + 2] ?? 0;
      if (count === 0) continue;
      const key = { high: old[at] ?? 0, low: old[at + 1] ?? 0 };
      const target = this.slotOf(key);
      this.slots[target] = key.high;
      this.slots[target + 1] = key.low;
      this.slots[target + 2] = count;
    }
  }
}
