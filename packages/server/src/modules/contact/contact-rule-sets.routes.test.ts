import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsOf, getAs, postAs, sessionOf, type Session } from '../../platform/audit/audit.routes.test-support.ts';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aBank } from '../customers/customers.test-bank.ts';
import { anApp } from '../identity/identity.routes.test-support.ts';

let db: TestDatabase;
let app: FastifyInstance;
let hq: Session;
let rm: Session;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await anApp(db.pool);
  const bank = await aBank(db.pool);
  hq = await sessionOf(app, (await bank.staffMember('HQ_WEALTH_ADMIN', 'HO')).staffNo);
  rm = await sessionOf(app, (await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT1')).staffNo);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

interface RuleSet {
  id: string;
  version: number;
  status: string;
  rules: { code: string }[];
  eventSettings: Record<string, unknown>;
}

describe('contact rule sets', () => {
  it('lists the seeded version 1 as active, to anyone with contact.read', async () => {
    const response = await getAs(app, rm, '/api/contact/rule-sets');
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toMatchObject([{ version: 1, status: 'ACTIVE' }]);
  });

  it('answers every problem of a draft at its field path, and stores nothing', async () => {
    const [current] = (await getAs(app, hq, '/api/contact/rule-sets')).json().items as RuleSet[];
    const rules = [{ ...current!.rules[0]!, code: 'Bad Code' }, current!.rules[1], current!.rules[1]];
    const response = await postAs(app, hq, '/api/contact/rule-sets', { name: '草稿', rules, eventSettings: current!.eventSettings });
    expect(response.statusCode).toBe(400);
    const paths = (response.json().details.issues as { path: string }[]).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['/rules/0/code', '/rules/2/code']));
    expect((await getAs(app, hq, '/api/contact/rule-sets')).json().items).toHaveLength(1);
  });

  it('drafts version 2, activates it and retires version 1, audited; a second activation is refused', async () => {
    const [current] = (await getAs(app, hq, '/api/contact/rule-sets')).json().items as RuleSet[];
    const rules = current!.rules.filter((rule) => rule.code !== 'band-product-sms');
    const draft = await postAs(app, hq, '/api/contact/rule-sets', { name: '定期联系制度（2027）', rules, eventSettings: current!.eventSettings });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({ version: 2, status: 'DRAFT', activatedAt: null });
    expect((await postAs(app, rm, `/api/contact/rule-sets/${draft.json().id}/activate`, {})).statusCode).toBe(403);
    const activated = await postAs(app, hq, `/api/contact/rule-sets/${draft.json().id}/activate`, {});
    expect(activated.statusCode).toBe(200);
    expect(activated.json()).toMatchObject({ version: 2, status: 'ACTIVE' });
    expect(((await getAs(app, hq, '/api/contact/rule-sets')).json().items as RuleSet[]).map((set) => [set.version, set.status])).toEqual([
      [2, 'ACTIVE'],
      [1, 'RETIRED'],
    ]);
    const again = await postAs(app, hq, `/api/contact/rule-sets/${current!.id}/activate`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CONTACT_RULE_SET_NOT_DRAFT', details: { status: 'RETIRED' } });
    expect((await postAs(app, hq, '/api/contact/rule-sets/999/activate', {})).statusCode).toBe(404);
    expect((await auditRowsOf(db.pool, 'contact-rule-set.activate')).map((row) => row.result)).toEqual(['DENIED', 'ALLOWED', 'DENIED', 'DENIED']);
  });

  it('refuses drafts to staff without contact-rule.manage', async () => {
    expect((await postAs(app, rm, '/api/contact/rule-sets', {})).statusCode).toBe(403);
  });
});
