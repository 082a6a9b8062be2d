/**
 * `guibin staff set-password STAFF_NO`: the operator's way to give a staff member a password.
 * The password is read from stdin — never from an argument, which would land in the shell
 * history and in `ps` (DOMAIN.md §13: authentication data is never shown or logged).
 */
import readline from 'node:readline/promises';
import { Writable } from 'node:stream';
import type { Command } from 'commander';
import { DomainError } from '../platform/errors/domain-error.ts';
import type { PasswordViolation } from '../modules/identity/identity.rules.ts';
import { setPassword } from '../modules/identity/identity.service.ts';
import { action, withDatabase } from './cli-context.ts';

type Input = NodeJS.ReadableStream & { isTTY?: boolean };

/** A pipe gives its first line; a terminal is asked twice, without echo, and both must match. */
export async function readPassword(input: Input = process.stdin, output: NodeJS.WritableStream = process.stderr): Promise<string> {
  if (!input.isTTY) {
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    try {
      for await (const line of lines) return line;
    } finally {
      lines.close();
    }
    throw new Error('no password on standard input');
  }
  // Terminal mode echoes what is typed through readline's output: a sink keeps the password off
  // screen. Prompts go straight to the real output. Lines are read through the iterator, which
  // buffers them, so a fast typist (or a paste of both lines) loses nothing between prompts.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const terminal = readline.createInterface({ input, output: sink, terminal: true });
  // In raw mode Ctrl-C is a keypress, not a signal: honour it, or the prompt could not be left.
  terminal.on('SIGINT', () => {
    output.write('\n');
    process.exit(130);
  });
  const lines = terminal[Symbol.asyncIterator]();
  const ask = async (prompt: string) => {
    output.write(prompt);
    const line = await lines.next();
    output.write('\n');
    if (line.done) throw new Error('no password entered');
    return line.value as string;
  };
  try {
    const first = await ask('new password / 新密码: ');
    const second = await ask('again / 再次输入: ');
    if (first !== second) throw new Error('the two passwords differ / 两次输入的密码不一致');
    return first;
  } finally {
    terminal.close();
  }
}

export function printViolations(violations: readonly PasswordViolation[], write = (line: string) => process.stderr.write(`${line}\n`)): void {
  write('password refused / 密码不符合要求:');
  for (const violation of violations) write(`  - ${violation.zh} / ${violation.en}`);
}

export function registerStaffCommands(program: Command): void {
  const staff = program.command('staff').description('staff accounts (员工账户)');
  staff
    .command('set-password')
    .description('set a staff member\'s password, read from stdin (first line of a pipe, or typed twice)')
    .argument('<staffNo>', 'staff number (工号)')
    .action(
      action(async (staffNo: string) => {
        // Read before opening the database: starting the embedded engine must not delay the prompt.
        const password = await readPassword();
        try {
          await withDatabase((db) => setPassword(db.pool, staffNo, password));
        } catch (error) {
          if (error instanceof DomainError && error.code === 'PASSWORD_REJECTED') {
            printViolations(error.details.violations as PasswordViolation[]);
            return 1;
          }
          throw error;
        }
        process.stdout.write(`password set for ${staffNo}; their sessions were ended\n`);
      }),
    );
}
