import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';
import { idNumberHash, phoneHash, type SearchKey } from '../../packages/server/src/platform/access/search-key.ts';
import type { Viewer } from '../../packages/server/src/platform/access/scope.rules.ts';
import { addMonths } from '../../packages/server/src/modules/aum/aum.rules.ts';
import { findClosedDays, findCustomerFile } from '../../packages/server/src/modules/customers/customer-file.store.ts';
import {
  countMatchesByTier,
  findEvaluatedRun,
  findSearchPage,
  type EvaluationInForce,
} from '../../packages/server/src/modules/customers/customer-search.store.ts';
import { COUNT_CAP, countStrategy, monthsEndingWith, searchCounts, type SearchFilters } from '../../packages/server/src/modules/customers/customers.rules.ts';
import { readTierCounts, rebuildTierCounts } from '../../packages/server/src/modules/customers/tier-counts.store.ts';
import { findPolicyInForce } from '../../packages/server/src/modules/tiers/policy-in-force.ts';
import { readTodayPage } from '../../packages/server/src/modules/contact/contact-plans.store.ts';
import { TODAY_PAGE_SIZE } from '../../packages/server/src/modules/contact/contact-plans.schemas.ts';

/**
 * The yardstick of the API benchmark: Fastify + pg answering the same requests as Guibin's
 * customer API (`POST /api/customers/search`, `GET /api/customers/:customerId`) and today's
 * contact list (`GET /api/contact/today?staffNo=`) with the same statements, in the same order, as
 * customers.service.ts and contact-plans.service.ts — minus what the benchmark measures the
 * cost of: no session lookup, no CSRF or permission check, no record scope, no masking or
 * presentation, no audit row, no zod validation or response schema.
 *
 * The statements are the customer stores' own: the stores are called with an all-customers
 * viewer through a connection wrapper that replaces that viewer's scope condition by a constant
 * true one before the statement is sent (`unscoped`), so the SQL follows the stores as they
 * change. What is copied is the order of the calls (the service's flow); keep it in step with
 * customers.service.ts. Rows go out as the driver returns them: this process does not install
 * platform/db/database.ts's bigint parser.
 */
export async function buildBareApp(options: { pool: pg.Pool; searchKey: SearchKey }): Promise<FastifyInstance> {
  const { pool, searchKey } = options;
  const db = unscoped(pool);
  const app = Fastify({ logger: false });

  app.post('/api/customers/search', async (request, reply) => {
    const body = (request.body ?? {}) as SearchBody;
    if (body.serviceTier !== undefined || body.sort === 'serviceTier' || body.sort === 'aum') {
      // customers.service.ts reads the counts first for these; the benchmark does not send them.
      return reply.status(400).send({ code: 'NOT_IN_BENCHMARK', message: 'tier filters and tier or AUM sorts are not mirrored here', details: {} });
    }
    return search(db, pool, searchKey, body);
  });

  // contact-plans.service.ts today: the staff member named (Guibin takes the caller from the session,
  // or checks a head's staffNo against their org scope), then the same reads in the same order.
  app.get('/api/contact/today', async (request, reply) => {
    const query = request.query as { staffNo?: string; page?: string; pageSize?: string };
    const staffNo = query.staffNo;
    // The same page as Guibin serves: page 1 of 50 unless asked otherwise.
    const [page, pageSize] = [Number(query.page ?? 1), Number(query.pageSize ?? TODAY_PAGE_SIZE)];
    const { rows } = await pool.query<{ id: number }>('SELECT id FROM staff WHERE staff_no = $1', [staffNo ?? '']);
    if (!rows[0]) return reply.status(404).send({ code: 'CONTACT_STAFF_NOT_FOUND', message: 'no such staff member', details: {} });
    const staffId = rows[0].id;
    const { date, rows: items, total, counts } = await readTodayPage(db, ALL, staffId, { offset: (page - 1) * pageSize, limit: pageSize });
    return { date, items, total, page, pageSize, counts };
  });

  app.get('/api/customers/:customerId', async (request, reply) => {
    const customerId = (request.params as { customerId: string }).customerId;
    if (!/^[1-9]\d{0,18}$/.test(customerId)) return reply.status(400).send({ code: 'BAD_REQUEST', message: 'bad customer id', details: {} });
    const file = await customerFile(db, BigInt(customerId));
    if (!file) return reply.status(404).send({ code: 'CUSTOMER_NOT_FOUND', message: 'no such customer', details: {} });
    return file;
  });
  return app;
}

/** Whose scope is every customer: its condition is the one `unscoped` recognises and removes. */
const ALL: Viewer = { role: 'HQ_WEALTH_ADMIN', staffId: 0, orgId: 0 };

// platform/access/scope.sql.ts customerScopeCondition for scope ALL, on any table alias.
const ALL_SCOPE =
  /\(EXISTS \(SELECT 1 FROM org scope_viewer_org WHERE scope_viewer_org\.id = (\$\d+)::int\s+AND scope_viewer_org\.level = 'HEAD_OFFICE'\) AND \w+\.home_outlet_id IN \(SELECT scope_outlet\.id FROM org scope_outlet WHERE scope_outlet\.level = 'OUTLET'\)\)/g;

/**
 * The pool, with the all-customers scope condition replaced by `($n::int IS NOT NULL)`: true, and
 * folded away by the planner, while the parameter keeps its type. A statement that still holds a
 * scope condition is refused, so a changed scope.sql.ts fails the benchmark's probe loudly
 * instead of measuring a scoped query.
 */
function unscoped(pool: pg.Pool): pg.Pool {
  const bare = (text: string) => {
    const replaced = text.replace(ALL_SCOPE, '($1::int IS NOT NULL)');
    if (replaced.includes('scope_')) throw new Error('bare-app.ts: a scope condition it does not recognise (platform/access/scope.sql.ts changed?)');
    return replaced;
  };
  const query = (text: string | pg.QueryConfig, values?: unknown[]) =>
    typeof text === 'string' ? pool.query(bare(text), values) : pool.query({ ...text, text: bare(text.text) });
  // A statement run on a client of its own (platform/db/generic-plan.ts) goes through the same rewrite.
  const connect = async () => {
    const client = await pool.connect();
    return new Proxy(client, {
      get: (target, property, receiver) =>
        property === 'query'
          ? (text: string | pg.QueryConfig, values?: unknown[]) =>
              typeof text === 'string' ? target.query(bare(text), values) : target.query({ ...text, text: bare(text.text) })
          : Reflect.get(target, property, receiver),
    });
  };
  return { query, connect } as unknown as pg.Pool;
}

interface SearchBody {
  q?: string;
  customerNo?: string;
  phone?: string;
  idNumber?: string;
  serviceTier?: string | string[];
  outletId?: number;
  maintainerStaffNo?: string;
  page?: number;
  pageSize?: number;
  sort?: 'customerNo' | 'name' | 'serviceTier' | 'aum';
  order?: 'asc' | 'desc';
}

// customers.service.ts evaluationInForce
async function evaluationInForce(db: pg.Pool): Promise<EvaluationInForce | undefined> {
  const inForce = await findPolicyInForce(db);
  const run = inForce && (await findEvaluatedRun(db, inForce.policyCode, inForce.month));
  return inForce && run ? { ...inForce, ...run } : undefined;
}

// customers.service.ts searchCustomers (the path where page and counts are read side by side)
async function search(db: pg.Pool, pool: pg.Pool, key: SearchKey, body: SearchBody) {
  const page = body.page ?? 1;
  const pageSize = body.pageSize ?? 20;
  const filters: SearchFilters = {
    ...(body.q !== undefined ? { nameOrCustomerNo: body.q } : {}),
    ...(body.customerNo !== undefined ? { customerNo: body.customerNo } : {}),
    ...(body.phone !== undefined ? { phoneHash: phoneHash(key, body.phone) } : {}),
    ...(body.idNumber !== undefined ? { idNumberHash: idNumberHash(key, body.idNumber) } : {}),
    ...(body.outletId !== undefined ? { outletId: body.outletId } : {}),
    ...(body.maintainerStaffNo !== undefined ? { maintainerStaffNo: body.maintainerStaffNo } : {}),
  };
  const evaluation = await evaluationInForce(db);
  const [items, counts] = await Promise.all([
    findSearchPage(db, {
      viewer: ALL,
      view: 'FULL',
      filters,
      evaluation,
      sort: body.sort ?? 'customerNo',
      order: body.order ?? 'asc',
      limit: pageSize,
      offset: (page - 1) * pageSize,
      tierLookup: 'PER_CUSTOMER',
    }),
    countSearch(db, pool, filters, evaluation),
  ]);
  return { ...counts, page, pageSize, items };
}

// customers.service.ts countSearch, for a scope of every outlet
async function countSearch(db: pg.Pool, pool: pg.Pool, filters: SearchFilters, evaluation: EvaluationInForce | undefined) {
  if (countStrategy(ALL.role, filters) === 'SUMMARY') {
    const read = () => readTierCounts(db, { viewer: ALL, evaluation, outletId: filters.outletId });
    let rows = await read();
    if (rows === 'STALE') {
      await rebuildTierCounts(pool, evaluation);
      rows = await read();
    }
    if (rows !== 'STALE') return searchCounts(rows, undefined);
  }
  const all = await countMatchesByTier(db, { viewer: ALL, filters, evaluation, cap: COUNT_CAP, withTiers: false });
  return all.over ? { total: COUNT_CAP, totalExact: false, countsByTier: null, notEvaluated: null } : searchCounts(all.rows, undefined);
}

const DAILY_DAYS = 90;
const HISTORY_MONTHS = 24;

// customers.service.ts readCustomerFile, without the audit row and the presenter
async function customerFile(db: pg.Pool, customerId: bigint) {
  const [evaluation, closedDays] = await Promise.all([evaluationInForce(db), findClosedDays(db, DAILY_DAYS)]);
  const days = [...closedDays.recent].reverse();
  const lastDay = days[days.length - 1];
  const months = lastDay ? monthsEndingWith(lastDay.slice(0, 7), HISTORY_MONTHS) : [];
  const tierMonth = evaluation?.month.slice(0, 7);
  return findCustomerFile(db, {
    viewer: ALL,
    customerId,
    evaluation,
    days: lastDay ? { from: days[0]!, to: lastDay } : undefined,
    months: { from: `${months[0] ?? '0001-01'}-01`, to: `${months[months.length - 1] ?? '0001-01'}-01` },
    tierMonths: tierMonth ? { from: `${addMonths(tierMonth, 1 - HISTORY_MONTHS)}-01`, to: `${tierMonth}-01` } : { from: '0001-01-01', to: '0001-01-01' },
  });
}
