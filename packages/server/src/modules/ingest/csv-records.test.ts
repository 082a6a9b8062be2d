import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, readCsvRecords, type CsvRecord } from './csv-records.ts';

async function read(content: string | Buffer): Promise<CsvRecord[]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-csv-')), 'f.csv');
  fs.writeFileSync(file, content);
  const records: CsvRecord[] = [];
  for await (const batch of readCsvRecords(file)) records.push(...batch);
  return records;
}

describe('readCsvRecords', () => {
  it('splits plain lines and numbers physical lines, skipping empty ones', async () => {
    expect(await read('a,b\n1,2\n\n3,\n')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', ''], line: 4 },
    ]);
  });

  it('drops a BOM and takes CRLF and a last line without a break', async () => {
    expect(await read('\uFEFFa,b\r\n1,2')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
    ]);
  });

  it('reads quoted fields with commas, escaped quotes and line breaks; the record keeps its first line', async () => {
    expect(await read('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n5,6\n')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['x, y', 'say "hi"'], line: 2 },
      { fields: ['two\nlines', 'z'], line: 3 },
      { fields: ['5', '6'], line: 5 },
    ]);
  });

  it('turns invalid UTF-8 into U+FFFD for the row checks to report', async () => {
    const records = await read(Buffer.concat([Buffer.from('a\n'), Buffer.from([0xb5, 0xda]), Buffer.from('\n')]));
    expect(records[1]?.fields[0]).toContain('\uFFFD');
  });

  it.each([
    ['a\n"open,1\n', 2, 'a quoted field is not closed before the end of the file'],
    ['a\nab"c,1\n', 2, 'a quote inside an unquoted field'],
    ['a\n"x"y,1\n', 2, 'a closing quote must end its field'],
  ])('refuses malformed CSV %j at line %i', async (content, line, message) => {
    const error = await read(content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line, message });
  });

  it('reads records that straddle chunk boundaries', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `${i},"v ${i}"`);
    const records = await read(`h,v\n${lines.join('\n')}\n`);
    expect(records).toHaveLength(100_001);
    expect(records[100_000]).toEqual({ fields: ['99999', 'v 99999'], line: 100_001 });
  });
});
