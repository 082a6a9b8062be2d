import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../platform/access/permissions.ts';
import { sessionOf, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';
import { buildTierTestBank, type TierTestBank } from './tier-summary.test-bank.ts';

export interface TierBankApp {
  db: TestDatabase;
  app: FastifyInstance;
  bank: TierTestBank;
  /** One logged-in session per role of the bank's staff. */
  sessions: Map<Role, Session>;
}

/**
 * For a test file of the tier routes: a database of its own with the tier test bank, the app on
 * it and a session per role, made before the file's tests and dropped after (vitest hooks). The
 * fields are filled when the tests run.
 */
export function useTierBankApp(): TierBankApp {
  const context = { sessions: new Map<Role, Session>() } as TierBankApp;
  beforeAll(async () => {
    context.db = await createTestDatabase();
    context.bank = await buildTierTestBank(context.db.pool);
    context.app = await anApp(context.db.pool);
    for (const [role, staff] of context.bank.staff) context.sessions.set(role, await sessionOf(context.app, staff.staffNo));
  });
  afterAll(async () => {
    await context.app?.close();
    await context.db?.drop();
  });
  return context;
}
