/** UTF-8 takes at most 3 bytes for each UTF-16 unit (a surrogate pair: 4 bytes for 2). */
const MAX_BYTES_PER_UNIT = 3;
const NEWLINE = 0x0a;

/**
 * COPY text-format data gathered as bytes, a row at a time: each row is encoded into one growing
 * buffer as it is added. Building one string of thousands of rows instead left V8 a rope of tens
 * of thousands of pieces to flatten and encode in one go when it was sent (about two thirds of
 * the time the COPY's data took to make).
 */
export class CopyRows {
  private bytes: Buffer;
  private length = 0;

  /** `expectedBytes`: a guess at the whole size; the buffer grows past it when needed. */
  constructor(expectedBytes = 64 * 1024) {
    this.bytes = Buffer.allocUnsafe(Math.max(expectedBytes, 1024));
  }

  /** Adds one row: its fields in copyField form, separated by tabs, without the newline. */
  add(row: string): void {
    const room = row.length * MAX_BYTES_PER_UNIT + 1;
    if (this.bytes.length - this.length < room) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + room));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
    this.length += this.bytes.write(row, this.length, 'utf8');
    this.bytes[this.length++] = NEWLINE;
  }

  /** The rows added so far (a view of the buffer: add no more rows while it is in use). */
  data(): Buffer {
    return this.bytes.subarray(0, this.length);
  }
}
