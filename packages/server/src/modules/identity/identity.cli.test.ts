import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPassword } from '../../cli/staff-commands.ts';
import { runGuibin } from '../../test-support/run-guibin.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { verifyPassword } from './identity.password.ts';
import { aStaffMember } from './identity.test-support.ts';


describe('guibin staff set-password', () => {
  let db: TestDatabase;
  const guibin = (input: string, ...args: string[]) => runGuibin(db.url, args, input);
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('sets the password from the first line of a pipe and never prints it', async () => {
    const staff = await aStaffMember(db.pool, { staffNo: 'CLI001' });
    const result = guibin('Cli-password-77\nignored second line\n', 'staff', 'set-password', 'CLI001');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('password set for CLI001');
    expect(result.out + result.err).not.toContain('Cli-password-77');
    const { rows } = await db.pool.query('SELECT password_hash FROM staff_credential WHERE staff_id = $1', [staff.staffId]);
    expect(await verifyPassword(rows[0].password_hash, 'Cli-password-77')).toBe(true);
  });

  it('prints every violation and exits 1', async () => {
    await aStaffMember(db.pool, { staffNo: 'CLI002' });
    const result = guibin('cli002\n', 'staff', 'set-password', 'CLI002');
    expect(result.code).toBe(1);
    expect(result.err).toContain('密码至少需要 10 个字符 / the password must have at least 10 characters');
    expect(result.err).toContain('the password must use at least 3 of');
    expect(result.err).toContain('密码不得包含工号 / the password must not contain the staff number');
    expect((await db.pool.query('SELECT count(*)::int AS n FROM staff_credential')).rows[0].n).toBe(1);
  });

  it('refuses an unknown staff number and empty input', () => {
    const unknown = guibin('Cli-password-77\n', 'staff', 'set-password', 'NOBODY');
    expect([unknown.code, unknown.err]).toEqual([1, 'error: no staff member with staff number NOBODY\n']);
    const empty = guibin('', 'staff', 'set-password', 'CLI001');
    expect([empty.code, empty.err]).toEqual([1, 'error: no password on standard input\n']);
  });
});

describe('readPassword on a terminal', () => {
  const terminal = (typed: string) => {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
    setTimeout(() => input.write(typed), 10);
    return { input, output, shown: () => shown };
  };

  it('asks twice without echo', async () => {
    const { input, output, shown } = terminal('Typed-pass-99\rTyped-pass-99\r');
    await expect(readPassword(input, output)).resolves.toBe('Typed-pass-99');
    expect(shown()).toContain('新密码');
    expect(shown()).not.toContain('Typed-pass-99');
  });

  it('refuses two different entries', async () => {
    const { input, output } = terminal('Typed-pass-99\rTyped-pass-98\r');
    await expect(readPassword(input, output)).rejects.toThrow('the two passwords differ');
  });
});
