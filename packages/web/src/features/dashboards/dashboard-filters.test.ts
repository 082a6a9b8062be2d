import { describe, expect, it } from 'vitest';
import { filtersOf, orgTreeOf, paramsOf } from './dashboard-filters.ts';
import { fileNameOf } from './tier-api.ts';
import { anOrgTree } from './tier-builders.test-support.ts';

describe('dashboard filters in the URL', () => {
  it('reads what is well formed and ignores the rest', () => {
    expect(filtersOf(new URLSearchParams('orgId=12&month=2026-08&table=orgs'))).toEqual({ orgId: 12, month: '2026-08', table: 'orgs' });
    expect(filtersOf(new URLSearchParams('orgId=-1&month=2026-13&table=customers'))).toEqual({ orgId: undefined, month: undefined, table: 'tiers' });
  });

  it('writes only what differs from the defaults', () => {
    expect(paramsOf({ orgId: undefined, month: undefined, table: 'tiers' })).toEqual({});
    expect(paramsOf({ orgId: 3, month: '2026-09', table: 'orgs' })).toEqual({ orgId: '3', month: '2026-09', table: 'orgs' });
  });
});

describe('orgTreeOf', () => {
  it('nests children under their parents; an org whose parent is out of the list is a root', () => {
    expect(orgTreeOf(anOrgTree())).toEqual([
      { value: 2, title: '杭州分行', children: [{ value: 3, title: '西湖支行', children: [{ value: 4, title: '文三路网点', children: [] }] }] },
    ]);
  });
});

describe('fileNameOf', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback', () => {
    expect(fileNameOf(`attachment; filename="a.xlsx"; filename*=UTF-8''${encodeURIComponent('分层统计.xlsx')}`, 'x.xlsx')).toBe('分层统计.xlsx');
    expect(fileNameOf('attachment; filename="a.xlsx"', 'x.xlsx')).toBe('a.xlsx');
    expect(fileNameOf(`attachment; filename*=UTF-8''%E5%88`, 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
