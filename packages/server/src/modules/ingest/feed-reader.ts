import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvSyntaxError, readCsvRecords } from './csv-records.ts';
import { COLUMNS, OPTIONAL_COLUMNS, type FeedFile } from './feed-contract.ts';
import type { ErrorCollector } from './feed-errors.ts';
import { FAST_ROWS, ROW_CHECKS, type StagingValue } from './feed-rows.rules.ts';

/**
 * Streams one feed file (never whole in memory): reads CSV records (BOM, CRLF and quoted
 * fields accepted), checks the header and every row, and writes valid rows as COPY text lines
 * `line [\t file_no] \t values…` into `sink` (a COPY … FROM STDIN stream). Errors go to `errors`.
 */
export interface FileReadResult {
  bytes: number;
  rows: number;
  stagedRows: number;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

function copyEscape(value: StagingValue): string {
  if (value === null) return '\\N';
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r'));
}

function headerProblem(actual: string[], expected: readonly string[], optional: readonly string[] = []): string | undefined {
  const missing = expected.filter((column) => !actual.includes(column) && !optional.includes(column));
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
  sink: Writable | null,
  errors: ErrorCollector,
  options: {
    fileNo?: number;
    onBytes?: (bytes: number) => void;
    /** Takes each valid row's values instead of `sink` (the daily close's aggregation in Node). */
    onRow?: (values: StagingValue[], line: number) => void;
    /** Runs after each batch of records (a chunk of the file), e.g. to stream what onRow gathered. */
    afterBatch?: () => Promise<void>;
  } = {},
): Promise<FileReadResult> {
  let bytes = 0;
  const result: FileReadResult = { bytes: 0, rows: 0, stagedRows: 0 };
  const prefix = options.fileNo === undefined ? '' : `${options.fileNo}\t`;
  const check = ROW_CHECKS[file.kind];
  const context = { day: file.day };
  const report = (line: number, field: string, reason: string) => errors.add({ file: file.name, line, field, reason });

  let header: string[] | undefined;
  let headerBad = false;
  let buffer = '';
  const flush = async () => {
    if (buffer === '' || !sink) return;
    const chunk = buffer;
    buffer = '';
    if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once('drain', resolve));
  };

  const records = readCsvRecords(file.path, (chunk) => {
    bytes += chunk;
    options.onBytes?.(chunk);
  });
  const fast = FAST_ROWS[file.kind];
  let inContractOrder = false;

  const acceptHeader = (record: string[], line: number) => {
    header = record;
    inContractOrder = record.join(',') === COLUMNS[file.kind].join(',');
    const problem = record.some((column) => column.includes('\uFFFD')) ? 'is not valid UTF-8' : headerProblem(record, COLUMNS[file.kind], OPTIONAL_COLUMNS[file.kind]);
    if (problem) {
      report(line, 'header', problem);
      headerBad = true;
    }
  };

  const acceptRow = (record: string[], line: number, columns: string[]) => {
    result.rows += 1;
    if (headerBad) return;
    if (record.length !== columns.length) {
      report(line, 'row', `has ${record.length} fields, the header has ${columns.length}`);
      return;
    }
    const quick = inContractOrder && fast ? fast(record, context) : undefined;
    if (quick !== undefined) {
      if (options.onRow) options.onRow(quick, line);
      else buffer += `${line}\t${prefix}${quick.join('\t')}\n`;
      result.stagedRows += 1;
      return;
    }
    const fields: Record<string, string> = {};
    let undecodable = false;
    columns.forEach((column, index) => {
      const value = record[index] ?? '';
      if (value.includes('\uFFFD')) {
        report(line, column, 'is not valid UTF-8');
        undecodable = true;
      }
      fields[column] = value;
    });
    if (undecodable) return;
    const checked = check(fields, context);
    if (!checked.ok) {
      for (const problem of checked.problems) report(line, problem.field, problem.reason);
      return;
    }
    if (options.onRow) options.onRow(checked.values, line);
    else buffer += `${line}\t${prefix}${checked.values.map(copyEscape).join('\t')}\n`;
    result.stagedRows += 1;
  };

  try {
    for await (const batch of records) {
      for (const { fields: record, line } of batch) {
        if (header) acceptRow(record, line, header);
        else acceptHeader(record, line);
      }
      await flush();
      await options.afterBatch?.();
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    report(error.line, 'file', `malformed CSV: ${error.message}`);
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
