import crypto from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { COLUMNS, type FeedFile } from './feed-contract.ts';
import type { ErrorCollector } from './feed-errors.ts';
import { ROW_CHECKS, type StagingValue } from './feed-rows.rules.ts';

/**
 * Streams one feed file (never whole in memory): parses CSV (BOM, CRLF and quoted
 * fields accepted), checks the header and every row, and writes valid rows as COPY text lines
 * `line [\t file_no] \t values…` into `sink` (a COPY … FROM STDIN stream). Errors go to `errors`.
 */
export interface FileReadResult {
  bytes: number;
  rows: number;
  stagedRows: number;
}

function copyEscape(value: StagingValue): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r'));
}

function headerProblem(actual: string[], expected: readonly string[]): string | undefined {
  const missing = expected.filter((column) => !actual.includes(column));
  const extra = actual.filter((column) => !expected.includes(column));
  const repeated = actual.filter((column, index) => actual.indexOf(column) !== index);
  const parts: string[] = [];
  if (missing.length) parts.push(`missing column(s) ${missing.join(', ')}`);
  if (extra.length) parts.push(`unexpected column(s) ${extra.join(', ')}`);
  if (repeated.length) parts.push(`repeated column(s) ${repeated.join(', ')}`);
  if (parts.length === 0) return undefined;
  return `${parts.join('; ')} (expected ${expected.join(',')})`;
}

export async function readFeedFile(
  file: FeedFile,
  sink: Writable,
  errors: ErrorCollector,
  options: { fileNo?: number; onBytes?: (bytes: number) => void } = {},
): Promise<FileReadResult> {
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      options.onBytes?.(chunk.length);
      callback(null, chunk);
    },
  });
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  const result: FileReadResult = { bytes: 0, rows: 0, stagedRows: 0 };
  const prefix = options.fileNo === undefined ? '' : `${options.fileNo}\t`;
  const check = ROW_CHECKS[file.kind];
  const context = { day: file.day };
  const report = (line: number, field: string, reason: string) => errors.add({ file: file.name, line, field, reason });

  let header: string[] | undefined;
  let headerBad = false;
  let buffer = '';
  const flush = async () => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once('drain', resolve));
  };

  const consume = async (source: AsyncIterable<{ record: string[]; info: { lines: number } }>) => {
    for await (const { record, info } of source) {
      const line = info.lines;
      if (!header) {
        header = record;
        const problem = record.some((column) => column.includes('\uFFFD'))
          ? 'is not valid UTF-8'
          : headerProblem(record, COLUMNS[file.kind]);
        if (problem) {
          report(line, 'header', problem);
          headerBad = true;
        }
        continue;
      }
      result.rows += 1;
      if (headerBad) continue;
      if (record.length !== header.length) {
        report(line, 'row', `has ${record.length} fields, the header has ${header.length}`);
        continue;
      }
      const fields: Record<string, string> = {};
      let undecodable = false;
      header.forEach((column, index) => {
        const value = record[index] ?? '';
        if (value.includes('\uFFFD')) {
          report(line, column, 'is not valid UTF-8');
          undecodable = true;
        }
        fields[column] = value;
      });
      if (undecodable) continue;
      const checked = check(fields, context);
      if (!checked.ok) {
        for (const problem of checked.problems) report(line, problem.field, problem.reason);
        continue;
      }
      buffer += `${line}\t${prefix}${checked.values.map(copyEscape).join('\t')}\n`;
      result.stagedRows += 1;
      if (buffer.length > 1 << 16) await flush();
    }
  };

  try {
    await pipeline(fs.createReadStream(file.path), tap, parser, consume);
  } catch (error) {
    const csvError = error as { code?: string; lines?: number; message: string };
    if (!csvError.code?.startsWith('CSV_')) throw error;
    report(csvError.lines ?? 0, 'file', `malformed CSV: ${csvError.message}`);
  }
  await flush();
  if (bytes === 0 || !header) report(1, 'file', 'is empty: no header row');
  else if (file.kind === 'balances' && result.rows === 0) report(1, 'file', 'has no balance rows: a balances file is a full snapshot of its day');
  result.bytes = bytes;
  return result;
}

/** SHA-256 of a file, streamed: decides whether the file was applied before. */
export async function sha256File(path: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(path), hash);
  return hash.digest('hex');
}
