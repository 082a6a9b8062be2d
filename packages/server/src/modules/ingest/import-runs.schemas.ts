/** Shapes of /api/import-runs (docs/api.md "Import runs"). Query strings are strict. */
import { z } from 'zod';
import { wholeNumber } from '../../platform/http/query-params.ts';
import { IMPORT_RUN_STATUSES } from './import-runs.store.ts';


export const MAX_PAGE_SIZE = 100;
const paging = {
  page: wholeNumber(1_000_000).default(1),
  pageSize: wholeNumber(MAX_PAGE_SIZE).default(20),
};

export const importRunsQuery = z.strictObject({ status: z.enum(IMPORT_RUN_STATUSES).optional(), ...paging });
export type ImportRunsQuery = z.infer<typeof importRunsQuery>;

export const importRunParams = z.strictObject({
  id: z
    .string()
    .regex(/^[1-9]\d{0,18}$/, 'an import run id is a positive whole number')
    // zod runs a refinement even after the pattern failed: test the pattern again before BigInt.
    .refine((value) => /^\d+$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n, 'an import run id is a positive whole number'),
});

/** Paging of the run's errors, optionally of one file's. */
export const importRunQuery = z.strictObject({
  ...paging,
  file: z.string().min(1).max(300).optional().describe("only this file's errors, e.g. customers.csv or balances/2026-09-30.csv"),
});
export type ImportRunQuery = z.infer<typeof importRunQuery>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const importRunView = z.object({
  id: z.string().regex(/^\d+$/).describe('a bigint as a decimal string'),
  status: z.enum(IMPORT_RUN_STATUSES),
  actor: z.string(),
  sourceDir: z.string().describe('the delivery directory on the server'),
  startedAt: z.string().describe('ISO 8601'),
  finishedAt: z.string(),
  durationMs: z.number().int(),
  files: z.array(
    z.object({
      name: z.string(),
      kind: z.string(),
      action: z.string().describe('load, skip (already applied), correct (a closed day again), reclose (FX changed)'),
      rows: z.number().int().nullable().describe('data rows read; null when the file was not read'),
      sha256: z.string(),
    }),
  ),
  rowCounts: z.record(z.string(), z.number().int()).describe('data rows per file read'),
  daysClosed: z.array(day),
  errorCount: z.number().int().describe('every error found'),
  errorsStored: z.number().int().describe('the errors kept with the run: the first 1,000'),
});

export const importRunList = z.object({
  runs: z.array(importRunView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const importRunDetail = importRunView.extend({
  applied: z
    .object({
      orgs: z.number().int(),
      staff: z.number().int(),
      products: z.number().int(),
      customers: z.number().int(),
      accounts: z.number().int(),
      maintainers: z.number().int().describe('maintainers.csv rows applied (relations inserted or changed)'),
      maintainersKeptInApp: z
        .number()
        .int()
        .describe("maintainers.csv rows not applied: the customer's current relation was made in the app, which is the record (docs/feed-contract.md)"),
      fxRates: z.number().int(),
    })
    .nullable()
    .describe('rows inserted or changed per static file; null for a refused run or one recorded before these counts were kept'),
  errors: z.object({
    items: z.array(
      z.object({
        file: z.string(),
        line: z.number().int().describe('physical line, the header is 1; 0 for the file as a whole'),
        field: z.string(),
        message: z.string().describe('sensitive values (ID, phone, email, account number) masked'),
      }),
    ),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().describe('the stored errors (of the file asked for, if one was)'),
    file: z.string().nullable().describe('the file asked for, if one was'),
  }),
  errorFiles: z.array(z.object({ file: z.string(), errors: z.number().int() })).describe('stored errors per file, for choosing one'),
});
