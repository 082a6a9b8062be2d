import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalAuditContent,
  canonicalJson,
  checkPurgeCutoff,
  computeAuditHash,
  defaultPurgeCutoff,
  normalizeAuditEvent,
  parseRetentionDays,
  type AuditEventContent,
  type AuditEventInput,
  type JsonValue,
} from './audit.rules.ts';

const anEvent = (overrides: Partial<AuditEventContent> = {}): AuditEventContent => ({
  id: 7n,
  occurredAt: '2026-11-25T08:30:00.123Z',
  actorStaffNo: 'S0001',
  actorRole: 'RM',
  sourceIp: '10.0.0.8',
  action: 'customer.show-in-full',
  customerIds: [42n],
  fieldsInFull: ['id_number'],
  reason: '客户来电核实身份',
  result: 'ALLOWED',
  details: { route: 'GET /api/customers/:id' },
  ...overrides,
});

describe('canonicalJson: key order never matters, whitespace never appears', () => {
  const cases: [JsonValue, string][] = [
    [null, 'null'],
    [true, 'true'],
    [1.5, '1.5'],
    ['贵宾', '"贵宾"'],
    [[3, 1, 2], '[3,1,2]'],
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: [1, { d: 1, c: 2 }], x: null } }, '{"z":{"x":null,"y":[1,{"c":2,"d":1}]}}'],
    [{ B: 1, a: 1, 中: 1 }, '{"B":1,"a":1,"中":1}'],
    [{}, '{}'],
  ];
  it.each(cases)('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('drops keys whose value is undefined (jsonb cannot hold them)', () => {
    expect(canonicalJson({ a: 1, b: undefined } as unknown as JsonValue)).toBe('{"a":1}');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('refuses the non-finite number %s', (value) => {
    expect(() => canonicalJson({ n: value })).toThrow(/not finite/);
  });
});

describe('canonicalAuditContent: the v1 serialization', () => {
  it('is a fixed-order JSON array with the ids as decimal strings', () => {
    expect(canonicalAuditContent(anEvent())).toBe(
      '["guibin-audit-v1","7","2026-11-25T08:30:00.123Z","S0001","RM","10.0.0.8","customer.show-in-full",' +
        '["42"],["id_number"],"客户来电核实身份","ALLOWED",{"route":"GET /api/customers/:id"}]',
    );
  });

  it('writes absent text as null and keeps int8 ids beyond 2^53 exact', () => {
    const text = canonicalAuditContent(
      anEvent({ actorStaffNo: null, actorRole: null, sourceIp: null, reason: null, customerIds: [9_007_199_254_740_993n] }),
    );
    expect(text).toContain('"customer.show-in-full",["9007199254740993"]');
    expect(text).toMatch(/^\["guibin-audit-v1","7","2026-11-25T08:30:00.123Z",null,null,null,/);
  });
});

describe('computeAuditHash: SHA-256 of prev hash, a newline and the canonical content', () => {
  it('is the documented digest', () => {
    const expected = crypto.createHash('sha256').update(`abc\n${canonicalAuditContent(anEvent())}`).digest('hex');
    expect(computeAuditHash('abc', anEvent())).toBe(expected);
    expect(computeAuditHash(null, anEvent())).toBe(
      crypto.createHash('sha256').update(`\n${canonicalAuditContent(anEvent())}`).digest('hex'),
    );
  });

  const changes: [string, Partial<AuditEventContent>][] = [
    ['id', { id: 8n }],
    ['occurredAt', { occurredAt: '2026-11-25T08:30:00.124Z' }],
    ['actorStaffNo', { actorStaffNo: 'S0002' }],
    ['actorStaffNo to null', { actorStaffNo: null }],
    ['actorRole', { actorRole: 'OUTLET_HEAD' }],
    ['sourceIp', { sourceIp: '10.0.0.9' }],
    ['action', { action: 'GET /api/customers/:id' }],
    ['customerIds', { customerIds: [43n] }],
    ['customerIds order', { customerIds: [42n, 43n] }],
    ['fieldsInFull', { fieldsInFull: ['phone'] }],
    ['reason', { reason: null }],
    ['result', { result: 'DENIED' }],
    ['details', { details: { route: 'GET /api/customers' } }],
  ];
  it.each(changes)('changes when %s changes', (_name, change) => {
    expect(computeAuditHash('abc', anEvent(change))).not.toBe(computeAuditHash('abc', anEvent()));
  });

  it('changes with the previous hash, and not with the key order of details', () => {
    expect(computeAuditHash('abd', anEvent())).not.toBe(computeAuditHash('abc', anEvent()));
    const a = anEvent({ details: { a: 1, b: 2 } });
    const b = anEvent({ details: { b: 2, a: 1 } });
    expect(computeAuditHash('x', a)).toBe(computeAuditHash('x', b));
  });
});

describe('normalizeAuditEvent', () => {
  const input: AuditEventInput = { actorStaffNo: null, actorRole: null, sourceIp: null, action: 'job.daily-close', result: 'ALLOWED' };

  it('fills the defaults', () => {
    expect(normalizeAuditEvent(input, 1n, '2026-01-01T00:00:00.000Z')).toEqual({
      ...input,
      id: 1n,
      occurredAt: '2026-01-01T00:00:00.000Z',
      customerIds: [],
      fieldsInFull: [],
      reason: null,
      details: {},
    });
  });

  const bad: [string, Partial<AuditEventInput>, RegExp][] = [
    ['an empty action', { action: '' }, /needs an action/],
    ['an unknown result', { result: 'MAYBE' as never }, /unknown audit result/],
    ['NUL in text', { reason: 'a\u0000b' }, /NUL/],
    ['NUL in details', { details: { note: 'a\u0000' } }, /NUL/],
    ['NUL in a details key', { details: { ['k\u0000']: 1 } }, /NUL/],
    ['a non-finite number in details', { details: { n: Number.NaN } }, /not finite/],
  ];
  it.each(bad)('refuses %s', (_name, change, message) => {
    expect(() => normalizeAuditEvent({ ...input, ...change }, 1n, '2026-01-01T00:00:00.000Z')).toThrow(message);
  });
});

describe('retention (≥ 6 months, DOMAIN.md §13)', () => {
  const valid: [string | undefined, number][] = [
    [undefined, 180],
    ['', 180],
    ['180', 180],
    [' 365 ', 365],
    ['3650', 3650],
  ];
  it.each(valid)('GUIBIN_AUDIT_RETENTION_DAYS=%j → %i days', (value, days) => {
    expect(parseRetentionDays(value)).toBe(days);
  });

  it.each(['179', '0', '-200', '200.5', 'half a year', '1e3'])('refuses %j with a clear error', (value) => {
    expect(() => parseRetentionDays(value)).toThrow(/GUIBIN_AUDIT_RETENTION_DAYS must be a whole number of days of at least 180/);
  });

  const now = new Date('2026-11-25T00:00:00.000Z');
  it('defaults the cutoff to now − retention', () => {
    expect(defaultPurgeCutoff(now, 180).toISOString()).toBe('2026-05-29T00:00:00.000Z');
  });

  const cutoffs: [string, number, boolean][] = [
    ['2026-05-29T00:00:00.000Z', 180, true],
    ['2026-05-29T00:00:00.001Z', 180, false],
    ['2020-01-01T00:00:00.000Z', 180, true],
    ['2026-05-29T00:00:00.000Z', 365, false],
    ['2026-11-25T00:00:00.000Z', 180, false],
  ];
  it.each(cutoffs)('cutoff %s with %i days allowed: %s', (cutoff, days, allowed) => {
    const check = () => checkPurgeCutoff(new Date(cutoff), now, days);
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(/audit events are kept/);
  });

  it('refuses an invalid date', () => {
    expect(() => checkPurgeCutoff(new Date('nonsense'), now, 180)).toThrow(/not a valid date/);
  });
});
