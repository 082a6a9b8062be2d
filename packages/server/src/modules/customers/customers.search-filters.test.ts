/**
 * The search filters the workbench links to (issue 5): org subtree, evaluation status and tier
 * change, alone and together, always within the caller's scope and counted alike.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test-support/test-database.ts';
import { aCustomer, type InsertedCustomer } from './customers.test-bank.ts';
import { auditOf, useStandardBank, TIER_MONTH, VISIBLE, type CustomerKey, type Scenario, type StaffKey } from './customers.test-scenario.ts';

const fixture = useStandardBank();
const as = (key: StaffKey) => fixture.as(key);
let db: TestDatabase;
let bank: Scenario;
/** Two customers of OUT2 whose service tier moved in January: U went up, D down. */
let up: InsertedCustomer;
let down: InsertedCustomer;

beforeAll(async () => {
  ({ db, bank } = fixture);
  up = await aCustomer().at('OUT2').named('升级客户').maintainedBy(bank.staff.RM3).insert(bank.bank);
  down = await aCustomer().at('OUT2').named('降级客户').maintainedBy(bank.staff.RM3).insert(bank.bank);
  const { rows } = await db.pool.query(`SELECT id FROM tier_evaluation_run WHERE policy_id = $1 AND month = $2::date`, [bank.policyId, `${TIER_MONTH}-01`]);
  const runId = rows[0].id;
  const insert = (customer: InsertedCustomer, qualified: string, previous: string, service: string, status: string) =>
    db.pool.query(
      `INSERT INTO tier_evaluation (policy_id, month, customer_id, run_id, metric_cents, qualified_tier, previous_service_tier, service_tier, substandard_months, status)
       VALUES ($1, $2::date, $3, $4, 100, $5, $6, $7, 0, $8)`,
      [bank.policyId, `${TIER_MONTH}-01`, customer.id, runId, qualified, previous, service, status],
    );
  await insert(up, 'PLATINUM', 'GOLD', 'PLATINUM', 'UPGRADED');
  await insert(down, 'GOLD', 'PLATINUM', 'GOLD', 'DOWNGRADED');
});

const numbers = (...customers: (CustomerKey | InsertedCustomer)[]) =>
  customers.map((c) => (typeof c === 'string' ? bank.customers[c].customerNo : c.customerNo)).sort();
const itemNumbers = (body: { items: { customerNo: string }[] }) => body.items.map((item) => item.customerNo);
const search = async (key: StaffKey, body: Record<string, unknown>) => {
  const response = await as(key).search({ pageSize: 100, ...body });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('orgId: the customers of an org subtree, inside the scope', () => {
  it('takes a sub-branch, a branch or an outlet, counted as listed', async () => {
    const sub = await search('BA', { orgId: bank.bank.orgId('SB1') });
    expect(itemNumbers(sub)).toEqual(numbers(...VISIBLE.BA, up, down));
    expect(sub).toMatchObject({ total: VISIBLE.BA.length + 2, totalExact: true });
    const outlet = await search('HQ', { orgId: bank.bank.orgId('OUT2') });
    expect(itemNumbers(outlet)).toEqual(numbers('B1', 'B2', up, down));
    expect(outlet.countsByTier).toEqual({ STANDARD: 0, GOLD: 2, PLATINUM: 1, DIAMOND: 1, PRIVATE: 0 });
    expect(itemNumbers(await search('HQ', { orgId: bank.bank.orgId('BR2') }))).toEqual(numbers('C1'));
  });

  it('matches nobody for an org outside the scope, and never widens an RM beyond their own customers', async () => {
    const outside = await search('BA', { orgId: bank.bank.orgId('BR2') });
    expect(outside).toMatchObject({ items: [], total: 0, totalExact: true });
    expect(itemNumbers(await search('OH', { orgId: bank.bank.orgId('OUT2') }))).toEqual([]);
    expect(itemNumbers(await search('RM', { orgId: bank.bank.orgId('SB1') }))).toEqual(numbers(...VISIBLE.RM));
    expect(itemNumbers(await search('RM', { orgId: bank.bank.orgId('OUT2') }))).toEqual([]);
    expect(itemNumbers(await search('OH', { orgId: 987654 }))).toEqual([]);
  });

  it('combines with the tier filter: the total follows the tier, the counts do not', async () => {
    const body = await search('SBH', { orgId: bank.bank.orgId('OUT2'), serviceTier: ['GOLD', 'PLATINUM'] });
    expect(itemNumbers(body)).toEqual(numbers('B2', up, down));
    expect(body.total).toBe(3);
    expect(body.countsByTier).toMatchObject({ GOLD: 2, PLATINUM: 1, DIAMOND: 1 });
  });
});

describe('status: the status of the evaluation in force', () => {
  it('takes one status or several, within the scope', async () => {
    expect(itemNumbers(await search('HQ', { status: 'SUBSTANDARD' }))).toEqual(numbers('A2'));
    expect(itemNumbers(await search('HQ', { status: ['SUBSTANDARD', 'UPGRADED'] }))).toEqual(numbers('A2', up));
    expect(itemNumbers(await search('RM3', { status: ['SUBSTANDARD', 'UPGRADED'] }))).toEqual(numbers(up));
    expect(itemNumbers(await search('RM4', { status: 'SUBSTANDARD' }))).toEqual([]);
  });

  it('counts by tier within the status filter', async () => {
    const body = await search('BA', { status: ['QUALIFIED_NOT_UPGRADED', 'SUBSTANDARD', 'DOWNGRADED'] });
    expect(itemNumbers(body)).toEqual(numbers('A2', down));
    expect(body).toMatchObject({ total: 2, totalExact: true, countsByTier: { STANDARD: 0, GOLD: 2, PLATINUM: 0, DIAMOND: 0, PRIVATE: 0 }, notEvaluated: 0 });
  });
});

describe('tierChange: the service tier against the month before, by rank', () => {
  it('finds the customers whose tier went up, or down', async () => {
    expect(itemNumbers(await search('HQ', { tierChange: 'UP' }))).toEqual(numbers(up));
    expect(itemNumbers(await search('HQ', { tierChange: 'DOWN' }))).toEqual(numbers(down));
    // A2 is substandard but still served as gold: its service tier did not move.
    expect(itemNumbers(await search('OH', { tierChange: 'DOWN' }))).toEqual([]);
  });

  it('combines with every other filter, as the workbench links do', async () => {
    const body = await search('SBH', {
      serviceTier: ['GOLD', 'PLATINUM'],
      orgId: bank.bank.orgId('OUT2'),
      status: ['UPGRADED', 'QUALIFIED'],
      tierChange: 'UP',
      maintainerStaffNo: bank.staff.RM3.staffNo,
      q: '升级',
    });
    expect(itemNumbers(body)).toEqual(numbers(up));
    expect(await search('SBH', { tierChange: 'UP', serviceTier: 'GOLD' })).toMatchObject({ items: [], total: 0 });
  });

  it('sorts a filtered search by tier and AUM', async () => {
    const body = await search('HQ', { status: ['UPGRADED', 'DOWNGRADED', 'SUBSTANDARD'], sort: 'serviceTier', order: 'desc' });
    expect(itemNumbers(body)).toEqual([up.customerNo, ...[down.customerNo, bank.customers.A2.customerNo].sort()]);
  });
});

describe('the new filters: validation and audit', () => {
  it('refuses unknown statuses and changes, and a non-numeric org, naming the field', async () => {
    for (const [body, field] of [
      [{ status: 'PROMOTED' }, 'status'],
      [{ status: [] }, 'status'],
      [{ tierChange: 'SIDEWAYS' }, 'tierChange'],
      [{ orgId: '12' }, 'orgId'],
      [{ orgId: 0 }, 'orgId'],
    ] as const) {
      const response = await as('HQ').search(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(response.json().details)).toContain(field);
    }
  });

  it('records the filters used in the audit row', async () => {
    await search('SBH', { orgId: bank.bank.orgId('OUT2'), status: 'UPGRADED', tierChange: 'UP' });
    const events = await auditOf(db.pool, bank.staff.SBH);
    expect(events.at(-1)).toMatchObject({
      action: 'POST /api/customers/search',
      result: 'ALLOWED',
      customer_ids: [up.id.toString()],
      details: { filters: ['orgId', 'status', 'tierChange'], orgId: bank.bank.orgId('OUT2'), status: ['UPGRADED'], tierChange: 'UP' },
    });
  });
});
