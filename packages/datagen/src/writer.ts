// A buffered file writer that formats numbers straight into bytes. The balances files are most
// of the output (7M rows for the demo bank), so rows are assembled in a 4 MiB buffer without
// building a string per row, and flushed with one write per chunk.
//
// Files are written as `<name>.tmp` and renamed when complete: a file with its final name is
// always whole, and a crash leaves an obvious `.tmp` behind.

import { closeSync, openSync, renameSync, writeSync } from 'node:fs';

const CHUNK = 4 * 1024 * 1024;
const DIGITS = new Uint8Array(10).map((_, i) => 48 + i);

export class FileSink {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  private position = 0;
  private closed = false;

  constructor(private readonly path: string) {
    this.fd = openSync(`${path}.tmp`, 'w');
  }

  /** Makes room for `bytes` more bytes, flushing the buffer if needed. */
  private reserve(bytes: number): void {
    if (this.position + bytes > CHUNK) this.flush();
  }

  private flush(): void {
    let offset = 0;
    while (offset < this.position) offset += writeSync(this.fd, this.buffer, offset, this.position - offset);
    this.position = 0;
  }

  /** UTF-8 text (a header or a whole row built by the caller). */
  text(value: string): void {
    const maxBytes = value.length * 3;
    if (maxBytes > CHUNK) {
      this.flush();
      const bytes = Buffer.from(value, 'utf8');
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
      return;
    }
    this.reserve(maxBytes);
    this.position += this.buffer.write(value, this.position, 'utf8');
  }

  /** Pre-encoded bytes, e.g. the `YYYY-MM-DD,` prefix shared by every row of a day. */
  bytes(value: Uint8Array): void {
    this.reserve(value.length);
    this.buffer.set(value, this.position);
    this.position += value.length;
  }

  byte(code: number): void {
    this.reserve(1);
    this.buffer[this.position++] = code;
  }

  /** A non-negative integer left-padded with zeros to `width` digits. */
  padded(value: number, width: number): void {
    this.reserve(width);
    let rest = value;
    for (let i = width - 1; i >= 0; i--) {
      const quotient = Math.floor(rest / 10);
      this.buffer[this.position + i] = DIGITS[rest - quotient * 10] as number;
      rest = quotient;
    }
    this.position += width;
  }

  /** A non-negative integer without padding. */
  integer(value: number): void {
    let width = 1;
    for (let limit = 10; value >= limit && width < 16; limit *= 10) width++;
    this.padded(value, width);
  }

  /**
   * Integer cents as a plain decimal with exactly two decimals ("12345.67"). The amount is an
   * exact integer below 2^53, so the split into yuan and cents is exact.
   */
  cents(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a non-negative integer amount: ${value}`);
    const yuan = Math.floor(value / 100);
    this.integer(yuan);
    this.byte(46); // '.'
    this.padded(value - yuan * 100, 2);
  }

  /** Flushes, closes and moves `<name>.tmp` to `<name>`. */
  close(): void {
    if (this.closed) return;
    this.flush();
    closeSync(this.fd);
    renameSync(`${this.path}.tmp`, this.path);
    this.closed = true;
  }
}

/** Formats integer micro-units with exactly 6 decimals ("7.123456"). */
export function formatMicros(value: number): string {
  const whole = Math.floor(value / 1_000_000);
  return `${whole}.${String(value - whole * 1_000_000).padStart(6, '0')}`;
}
