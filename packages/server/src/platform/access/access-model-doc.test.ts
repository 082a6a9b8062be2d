import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLES, can } from './permissions.ts';
import { scopeOf } from './scope.rules.ts';

/** docs/access-model.md is written by hand; these tests keep its tables equal to the data. */
const markdown = readFileSync(new URL('../../../../../docs/access-model.md', import.meta.url), 'utf8');

/** The rows of the first table whose header starts with `firstHeader`, as trimmed cells. */
function tableAfter(firstHeader: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${firstHeader} |`));
  if (start < 0) throw new Error(`no table with header "${firstHeader}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

describe('docs/access-model.md', () => {
  it('roles × permissions table matches ROLE_PERMISSIONS', () => {
    const [header, , ...rows] = tableAfter('permission');
    expect(header?.slice(1)).toEqual([...ROLES]);
    const documented = rows.map((cells) => [cells[0]?.replaceAll('`', ''), ...cells.slice(1)]);
    const expected = PERMISSIONS.map((permission) => [permission, ...ROLES.map((role) => (can(role, permission) ? '✓' : ''))]);
    expect(documented).toEqual(expected);
  });

  it('scope table matches scopeOf', () => {
    const [, , ...rows] = tableAfter('role');
    expect(rows).toEqual(ROLES.map((role) => [role, scopeOf(role)]));
  });
});
