import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureSearchKeyMatches, searchKeyFrom } from '../../packages/server/src/platform/access/search-key.ts';
import { generatePassword } from '../../packages/server/src/modules/identity/identity.password.ts';
import { setPassword } from '../../packages/server/src/modules/identity/identity.service.ts';
import { TODAY_PAGE_SIZE } from '../../packages/server/src/modules/contact/contact-plans.schemas.ts';
import { readTodayPage } from '../../packages/server/src/modules/contact/contact-plans.store.ts';

/**
 * The API benchmark (issue 4 "Benchmarks"): customer search and the customer 360 as an RM, an
 * outlet head and an HQ admin, and today's contact list (issue 7) of the RM and of a staff member
 * as their outlet head sees it, N concurrent connections, against the real Guibin application and
 * against a bare Fastify + pg server running the same SQL without access control (bare-app.ts),
 * both in the same run. Goals: p99 ≤ 25 ms and ≥ 80 % of the bare throughput.
 */
export const API_GOALS = { p99Ms: 25, throughputRatio: 0.8 } as const;

export interface ApiBenchOptions {
  /** A database holding the loaded, closed and evaluated bench bank; the run writes sessions and audit rows to it. */
  url: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Connections per server process to the database (the same for both servers). */
  poolSize: number;
  /** Only scenarios whose name contains this text, or one of these texts separated by | (e.g. "360", "phone, rm|360, hq"). */
  filter?: string;
  /**
   * Sessions per role, requests rotating over them (default 1: one browser). More sessions spread
   * the per-request session touch over more rows.
   */
  sessions?: number;
  /** Also measure Guibin with an audit writer that records nothing: what the audit trail costs. */
  variants?: boolean;
  /**
   * After the saturating runs, send both servers requests at one fixed rate, this fraction of the
   * slower server's throughput (0: not at all): latency under a load both can carry.
   */
  pacedFraction?: number;
  /** Write a V8 CPU profile of each server process here (node --cpu-prof), for where the server's time goes. */
  profileDir?: string;
  /** Database settings for the run (`name=value`, ALTER DATABASE … SET), for experiments such as synchronous_commit=off. */
  databaseSettings?: string[];
  log: (line: string) => void;
}

type RoleKey = 'rm' | 'outletHead' | 'hqAdmin';
const ROLES: { key: RoleKey; role: string; label: string }[] = [
  { key: 'rm', role: 'RELATIONSHIP_MANAGER', label: 'RM' },
  { key: 'outletHead', role: 'OUTLET_HEAD', label: 'outlet head' },
  { key: 'hqAdmin', role: 'HQ_WEALTH_ADMIN', label: 'HQ admin' },
];

interface Viewer {
  staffId: number;
  staffNo: string;
  orgId: number;
  /** Customers in the viewer's scope (the whole bank for HQ). */
  customersInScope: number;
}

interface Sample {
  ids: string[];
  phones: string[];
  namePrefixes: string[];
}

interface Load {
  method: 'GET' | 'POST';
  /** One request per call, rotating over a list so that no single row is served from a warm cache. */
  next: () => { path: string; body?: string };
}

export interface ServerMeasure {
  status: number;
  /** Rows in the probe's answer: search items (and total), holdings + history rows for the 360. */
  probe: string;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU time per request, in ms: the server process, the database's processes, the load generator. */
  cpuMsPerRequest: { server: number; database: number; loadGenerator: number };
  /** The whole machine's CPU use during the measurement (all cores, every process). */
  machineBusyPercent: number;
}

export interface PacedMeasure {
  p50Ms: number;
  p99Ms: number;
  /** Answers per second actually completed. */
  requestsPerSecond: number;
  failed: number;
}

export interface ApiScenarioResult {
  name: string;
  role: string;
  request: string;
  guibin?: ServerMeasure;
  bare?: ServerMeasure;
  /** --api-variants: the same application without audit rows (a diagnostic, no goal applies). */
  guibinNoAudit?: ServerMeasure;
  /** Both servers at one fixed rate below saturation (open loop, latency from the scheduled send). */
  paced?: {
    requestsPerSecond: number;
    guibin: PacedMeasure;
    bare: PacedMeasure;
    /**
     * Today scenarios: Guibin's own statement for the same request (`readTodayPage`, the viewer's
     * scope) sent straight to the database at the same rate, no HTTP server: what the database alone gives.
     */
    statement?: PacedMeasure;
  };
  throughputRatio?: number;
  p99Goal?: boolean;
  throughputGoal?: boolean;
  skipped?: string;
}

export interface ApiBenchResult {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  poolSize: number;
  sessionsPerRole: number;
  databaseSettings: string[];
  goals: typeof API_GOALS;
  loadAverage: { before: number[]; after: number[] };
  viewers: Record<RoleKey, { staffNo: string; customersInScope: number }>;
  scenarios: ApiScenarioResult[];
  note: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** The contact plans of the Today scenarios are built for the day after the bench bank's closed day, as `--only contact` does. */
const CONTACT_DATE = '2026-10-01';
const TODAY_SCENARIOS = ['today, rm', 'today, outlet-head'];
const SAMPLE_SIZE = 200;
const PAGE = { page: 1, pageSize: 20 };

export async function runApiBenchmark(options: ApiBenchOptions): Promise<ApiBenchResult> {
  const { log } = options;
  const loadBefore = os.loadavg();
  const pool = new pg.Pool({ connectionString: options.url, max: 2 });
  const servers: Server[] = [];
  const selected = (name: string) => !options.filter || options.filter.toLowerCase().split('|').some((part) => name.toLowerCase().includes(part.trim()));
  try {
    if (TODAY_SCENARIOS.some(selected)) await ensureContactPlans(pool, options.url, log);
    // As autovacuum would have left it after the load, close and evaluation: statistics and visibility map.
    log('api: VACUUM ANALYZE');
    await pool.query('VACUUM ANALYZE');
    postmaster = await postmasterOf(pool);
    for (const setting of options.databaseSettings ?? []) {
      const [name, value] = setting.split('=').map((part) => part.trim());
      if (!name || value === undefined || !/^[a-z_.]+$/.test(name)) throw new Error(`--api-db-set ${setting}: expected name=value`);
      const database = (await pool.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!.name;
      await pool.query(`ALTER DATABASE "${database}" SET ${name} = '${value.replaceAll("'", "''")}'`);
      log(`api: ${name} = ${value} for this run`);
    }
    await ensureSearchKeyMatches(pool, searchKeyFrom(Buffer.from(process.env.GUIBIN_SEARCH_KEY ?? '', 'base64')));
    const viewers = await chooseViewers(pool);
    const todayStaff = await todayStaffOf(pool, viewers);
    const samples = {} as Record<RoleKey, Sample>;
    const passwords = {} as Record<RoleKey, string>;
    for (const { key } of ROLES) {
      samples[key] = await sampleInScope(pool, key, viewers[key]);
      // Login happens once per role: the password hashing cost does not enter the measurement.
      passwords[key] = generatePassword(viewers[key].staffNo, 20);
      await setPassword(pool, viewers[key].staffNo, passwords[key]);
      log(`api: ${key} ${viewers[key].staffNo}, ${viewers[key].customersInScope} customers in scope, ${samples[key].ids.length} sampled`);
    }

    const secret = crypto.randomBytes(32).toString('base64url');
    const start = (kind: 'guibin' | 'guibin-no-audit' | 'bare', extra: { secret?: string } = {}) =>
      startServer({ kind, url: options.url, poolSize: options.poolSize, ...extra }, options.profileDir);
    const guibin = await start('guibin', { secret });
    servers.push(guibin);
    const bare = await start('bare');
    servers.push(bare);
    const noAudit = options.variants ? await start('guibin-no-audit', { secret }) : undefined;
    if (noAudit) servers.push(noAudit);
    const sessionCount = Math.max(1, options.sessions ?? 1);

    const scenarios: ApiScenarioResult[] = [];
    let order = 0;
    for (const { key, label } of ROLES) {
      // Sessions live in the database and the CSRF secret is shared: they serve every Guibin server.
      const sessions: Session[] = [];
      for (let index = 0; index < sessionCount; index += 1) sessions.push(await logIn(guibin.port, viewers[key].staffNo, passwords[key]));
      for (const scenario of scenariosFor(key, label, samples[key], todayStaff[key])) {
        if (!selected(scenario.name)) continue;
        const result: ApiScenarioResult = { name: scenario.name, role: label, request: scenario.request };
        scenarios.push(result);
        if (!scenario.load) {
          result.skipped = scenario.why;
          log(`api: ${scenario.name}: skipped (${scenario.why})`);
          continue;
        }
        const targets: { which: 'guibin' | 'bare' | 'guibinNoAudit'; server: Server; sessions: Session[] }[] = [
          { which: 'guibin', server: guibin, sessions },
          { which: 'bare', server: bare, sessions: [{ headers: {} }] },
          ...(noAudit ? [{ which: 'guibinNoAudit' as const, server: noAudit, sessions }] : []),
        ];
        // Alternate who goes first, so that a drift in machine load does not always favour one.
        if (order++ % 2 === 1) targets.reverse();
        // One request to each first: a missing route or a refusal skips the scenario, not the run.
        const probes = new Map<string, string>();
        for (const target of targets) {
          const probe = await probeOnce(target.server.port, scenario.load, target.sessions[0]!.headers);
          if (probe.status !== 200) {
            result.skipped = `${target.which} answered ${probe.status} to the probe: ${probe.text.slice(0, 200)}`;
            log(`api: ${scenario.name}: ${result.skipped}`);
            break;
          }
          probes.set(target.which, probe.summary);
        }
        if (result.skipped) continue;
        for (const target of targets) {
          result[target.which] = await measure(target.server, scenario.load, target.sessions, probes.get(target.which)!, options);
          const m = result[target.which]!;
          log(
            `api: ${scenario.name} ${target.which}: p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, ${m.requestsPerSecond} req/s` +
              `${m.non2xx + m.errors > 0 ? `, ${m.non2xx} non-2xx, ${m.errors} errors` : ''} (${m.probe})`,
          );
        }
        const fraction = options.pacedFraction ?? 0;
        if (result.guibin && result.bare && fraction > 0) {
          // Below the saturation of both servers: a share of the slower one's throughput.
          const rate = Math.max(1, Math.round(Math.min(result.guibin.requestsPerSecond, result.bare.requestsPerSecond) * fraction));
          const guibinPaced = await paced(guibin, scenario.load, sessions, rate, options);
          const barePaced = await paced(bare, scenario.load, [{ headers: {} }], rate, options);
          result.paced = { requestsPerSecond: rate, guibin: guibinPaced, bare: barePaced };
          log(`api: ${scenario.name} at ${rate} req/s: Guibin p50 ${guibinPaced.p50Ms} ms, p99 ${guibinPaced.p99Ms} ms; bare p50 ${barePaced.p50Ms} ms, p99 ${barePaced.p99Ms} ms`);
          const target = todayStaff[key];
          if (TODAY_SCENARIOS.includes(scenario.name) && target) {
            const staffId = (await pool.query<{ id: number }>('SELECT id FROM staff WHERE staff_no = $1', [target.staffNo])).rows[0]!.id;
            const viewer = { role: ROLES.find((role) => role.key === key)!.role as Parameters<typeof readTodayPage>[1]['role'], staffId: viewers[key].staffId, orgId: viewers[key].orgId };
            const statement = await pacedStatement(options, rate, (db) => readTodayPage(db, viewer, staffId, { offset: 0, limit: TODAY_PAGE_SIZE }));
            result.paced.statement = statement;
            log(`api: ${scenario.name} statement alone at ${rate} req/s: p50 ${statement.p50Ms} ms, p99 ${statement.p99Ms} ms`);
          }
        }
        if (result.guibin && result.bare) {
          result.throughputRatio = round(result.guibin.requestsPerSecond / result.bare.requestsPerSecond, 3);
          const clean = result.guibin.non2xx + result.guibin.errors === 0;
          result.p99Goal = clean && result.guibin.p99Ms <= API_GOALS.p99Ms;
          result.throughputGoal = clean && result.throughputRatio >= API_GOALS.throughputRatio;
        }
      }
    }
    return {
      connections: options.connections,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      poolSize: options.poolSize,
      sessionsPerRole: sessionCount,
      databaseSettings: options.databaseSettings ?? [],
      goals: API_GOALS,
      loadAverage: { before: loadBefore.map((v) => round(v, 2)), after: os.loadavg().map((v) => round(v, 2)) },
      viewers: Object.fromEntries(ROLES.map(({ key }) => [key, { staffNo: viewers[key].staffNo, customersInScope: viewers[key].customersInScope }])) as ApiBenchResult['viewers'],
      scenarios,
      note:
        'autocannon in the benchmark process; Guibin (buildApp: session, CSRF, permission, record scope, masking, audit) and the bare ' +
        'Fastify + pg server (same SQL without scope, masking, audit) each in a process of its own, same pool size, same database, ' +
        'same machine; latency in whole milliseconds (autocannon); a goal fails too when any request failed.',
    };
  } finally {
    for (const server of servers) await server.stop();
    await pool.end();
  }
}

/**
 * The RM with the largest book (the heaviest RM scope), the head of the outlet with the most
 * customers, and the first HQ wealth admin: each must sit at the org level of their scope.
 */
async function chooseViewers(pool: pg.Pool): Promise<Record<RoleKey, Viewer>> {
  const one = async (sql: string, what: string): Promise<Viewer> => {
    const { rows } = await pool.query<{ staff_id: number; staff_no: string; org_id: number; customers: string }>(sql);
    if (!rows[0]) throw new Error(`the bench bank has no ${what}`);
    return { staffId: rows[0].staff_id, staffNo: rows[0].staff_no, orgId: rows[0].org_id, customersInScope: Number(rows[0].customers) };
  };
  const rm = await one(
    `SELECT s.id AS staff_id, s.staff_no, s.org_id, count(c.id) AS customers
       FROM staff s JOIN org o ON o.id = s.org_id AND o.level = 'OUTLET'
       LEFT JOIN customer_maintainer m ON m.maintainer_staff_id = s.id OR m.advisor_staff_id = s.id
       LEFT JOIN customer c ON c.id = m.customer_id AND c.home_outlet_id = s.org_id
      WHERE s.role = 'RELATIONSHIP_MANAGER' AND s.status = 'ACTIVE'
      GROUP BY s.id ORDER BY count(c.id) DESC, s.staff_no LIMIT 1`,
    'relationship manager',
  );
  const outletHead = await one(
    `WITH biggest AS (SELECT home_outlet_id, count(*) AS customers FROM customer GROUP BY home_outlet_id)
     SELECT s.id AS staff_id, s.staff_no, s.org_id, b.customers
       FROM staff s JOIN biggest b ON b.home_outlet_id = s.org_id
      WHERE s.role = 'OUTLET_HEAD' AND s.status = 'ACTIVE'
      ORDER BY b.customers DESC, s.staff_no LIMIT 1`,
    'outlet head',
  );
  const hqAdmin = await one(
    `SELECT s.id AS staff_id, s.staff_no, s.org_id, (SELECT count(*) FROM customer) AS customers
       FROM staff s JOIN org o ON o.id = s.org_id AND o.level = 'HEAD_OFFICE'
      WHERE s.role = 'HQ_WEALTH_ADMIN' AND s.status = 'ACTIVE' ORDER BY s.staff_no LIMIT 1`,
    'HQ wealth admin',
  );
  return { rm, outletHead, hqAdmin };
}

/**
 * The contact plans on the benchmark's database: the day's detection and plan build
 * (`runDailyDetection`, as the daily job runs it) for CONTACT_DATE when no item is open yet. The
 * bench bank has no contact records, so every duty is unmet: the longest lists.
 */
async function ensureContactPlans(pool: pg.Pool, url: string, log: (line: string) => void): Promise<void> {
  const { rows } = await pool.query<{ open: boolean }>(`SELECT EXISTS (SELECT 1 FROM contact_plan_item WHERE status = 'OPEN') AS open`);
  if (rows[0]?.open) return;
  log(`api: contact detection and plan build for ${CONTACT_DATE} (the Today scenarios read their items)`);
  const { runDailyDetection } = await import('../../packages/server/src/modules/contact/contact-detection.service.ts');
  const build = new pg.Pool({ connectionString: url, max: 4 });
  try {
    const started = performance.now();
    const summary = await runDailyDetection(build, { date: CONTACT_DATE });
    log(`api: ${summary.totalEvents} events, ${summary.plans.created} plan items in ${round((performance.now() - started) / 1000, 1)} s`);
  } finally {
    await build.end();
  }
}

/**
 * Whose Today list each role reads: the RM their own; the outlet head that of the staff member of
 * their outlet with the most open items. None (the scenario is skipped) without open items.
 */
async function todayStaffOf(pool: pg.Pool, viewers: Record<RoleKey, Viewer>): Promise<Partial<Record<RoleKey, { staffNo: string; open: number }>>> {
  const openOf = async (sql: string, values: unknown[]) => {
    const { rows } = await pool.query<{ staff_no: string; open: string }>(sql, values);
    return rows[0] && Number(rows[0].open) > 0 ? { staffNo: rows[0].staff_no, open: Number(rows[0].open) } : undefined;
  };
  const count = `(SELECT count(*) FROM contact_plan_item p WHERE p.staff_id = s.id AND p.status = 'OPEN' AND p.due_on <= current_date)`;
  const rm = await openOf(`SELECT s.staff_no, ${count} AS open FROM staff s WHERE s.id = $1`, [viewers.rm.staffId]);
  const outletHead = await openOf(
    `SELECT s.staff_no, ${count} AS open FROM staff s WHERE s.org_id = $1 AND s.id <> $2 ORDER BY 2 DESC, s.staff_no LIMIT 1`,
    [viewers.outletHead.orgId, viewers.outletHead.staffId],
  );
  return { ...(rm && { rm }), ...(outletHead && { outletHead }) };
}

/** Up to SAMPLE_SIZE customers in the viewer's scope, in a fixed pseudo-random order. */
async function sampleInScope(pool: pg.Pool, key: RoleKey, viewer: Viewer): Promise<Sample> {
  let from: string;
  let values: unknown[];
  if (key === 'rm') {
    from = `customer c WHERE c.home_outlet_id = $1 AND c.id IN (
      SELECT customer_id FROM customer_maintainer WHERE maintainer_staff_id = $2
      UNION ALL SELECT customer_id FROM customer_maintainer WHERE advisor_staff_id = $2)`;
    values = [viewer.orgId, viewer.staffId];
  } else if (key === 'outletHead') {
    from = 'customer c WHERE c.home_outlet_id = $1';
    values = [viewer.orgId];
  } else {
    // About 5 × SAMPLE_SIZE rows of the whole bank, the same ones every run.
    const percent = Math.min(100, ((5 * SAMPLE_SIZE) / Math.max(1, viewer.customersInScope)) * 100);
    from = `customer c TABLESAMPLE BERNOULLI (${percent.toFixed(4)}) REPEATABLE (42)`;
    values = [];
  }
  const { rows } = await pool.query<{ id: string; phone: string; name: string }>(
    `SELECT c.id::text AS id, c.phone, c.name FROM ${from} ORDER BY md5(c.id::text) LIMIT ${SAMPLE_SIZE}`,
    values,
  );
  return {
    ids: rows.map((r) => r.id),
    phones: rows.map((r) => r.phone),
    // What a user types to find a person: the family name and the first character of the given name.
    namePrefixes: [...new Set(rows.map((r) => [...r.name].slice(0, 2).join('')))],
  };
}

interface Scenario {
  name: string;
  request: string;
  load?: Load;
  why?: string;
}

function rotate<T>(values: readonly T[], make: (value: T) => { path: string; body?: string }): () => { path: string; body?: string } {
  let index = 0;
  return () => make(values[index++ % values.length]!);
}

function scenariosFor(key: RoleKey, label: string, sample: Sample, today: { staffNo: string; open: number } | undefined): Scenario[] {
  const search = (body: object) => ({ path: '/api/customers/search', body: JSON.stringify({ ...body, ...PAGE }) });
  const none = `no customer in the ${label}'s scope`;
  const slug = key === 'rm' ? 'rm' : key === 'outletHead' ? 'outlet-head' : 'hq-admin';
  return [
    {
      name: `search by name prefix, ${slug}`,
      request: `POST /api/customers/search {q: 2-character name prefix} (${sample.namePrefixes.length} rotating)`,
      load: sample.namePrefixes.length > 0 ? { method: 'POST', next: rotate(sample.namePrefixes, (q) => search({ q })) } : undefined,
      why: none,
    },
    {
      name: `search by phone, ${slug}`,
      request: `POST /api/customers/search {phone} (exact, keyed hash; ${sample.phones.length} rotating)`,
      load: sample.phones.length > 0 ? { method: 'POST', next: rotate(sample.phones, (phone) => search({ phone })) } : undefined,
      why: none,
    },
    {
      name: `search first page, ${slug}`,
      request: 'POST /api/customers/search {} (no filter, first page of 20)',
      load: { method: 'POST', next: () => search({}) },
    },
    {
      name: `360, ${slug}`,
      request: `GET /api/customers/:customerId (${sample.ids.length} customers in scope, rotating)`,
      load: sample.ids.length > 0 ? { method: 'GET', next: rotate(sample.ids, (id) => ({ path: `/api/customers/${id}` })) } : undefined,
      why: none,
    },
    // The RM's own list (staffNo is the caller's: Guibin looks nobody up) and, for a head, a staff
    // member's list checked against the head's org scope. The bare server resolves the number itself.
    ...(key === 'hqAdmin'
      ? []
      : [
          {
            name: `today, ${slug}`,
            request: today
              ? `GET /api/contact/today?staffNo=${today.staffNo} (${key === 'rm' ? 'own list' : "a staff member's list"}, ${today.open.toLocaleString('en')} open items due, page 1 of ${TODAY_PAGE_SIZE} returned)`
              : 'GET /api/contact/today',
            load: today ? { method: 'GET' as const, next: () => ({ path: `/api/contact/today?staffNo=${encodeURIComponent(today.staffNo)}` }) } : undefined,
            why: 'no open contact plan items',
          },
        ]),
  ];
}

interface Session {
  headers: Record<string, string>;
}

async function logIn(port: number, staffNo: string, password: string): Promise<Session> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ staffNo, password }),
  });
  const body = (await response.json()) as { csrfToken?: string; message?: string };
  if (response.status !== 200 || !body.csrfToken) throw new Error(`login of ${staffNo} failed: ${response.status} ${body.message ?? ''}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith('guibin_session='));
  if (!cookie) throw new Error(`login of ${staffNo} set no session cookie`);
  return { headers: { cookie, 'x-csrf-token': body.csrfToken } };
}

async function probeOnce(port: number, load: Load, headers: Record<string, string>): Promise<{ status: number; text: string; summary: string }> {
  const request = load.next();
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: load.method,
    headers: { ...headers, ...(request.body ? { 'content-type': 'application/json' } : {}) },
    body: request.body,
  });
  const text = await response.text();
  let summary = '';
  if (response.status === 200) {
    const body = JSON.parse(text) as Record<string, unknown>;
    summary = Object.entries(body)
      .map(([name, value]) => (Array.isArray(value) ? `${name} ${value.length}` : typeof value === 'number' && name !== 'page' && name !== 'pageSize' ? `${name} ${value}` : undefined))
      .filter(Boolean)
      .join(', ');
  }
  return { status: response.status, text, summary };
}

async function measure(server: Server, load: Load, sessions: Session[], probe: string, options: ApiBenchOptions): Promise<ServerMeasure> {
  const contentType = load.method === 'POST' ? { 'content-type': 'application/json' } : {};
  const headers = sessions.map((session) => ({ ...session.headers, ...contentType }));
  let turn = 0;
  const run = (seconds: number) =>
    autocannon({
      url: `http://127.0.0.1:${server.port}`,
      connections: options.connections,
      duration: seconds,
      requests: [
        {
          method: load.method,
          headers: headers[0],
          setupRequest: (request) => ({ ...request, headers: headers[turn++ % headers.length], ...load.next() }),
        },
      ],
    });
  if (options.warmupSeconds > 0) await run(options.warmupSeconds);
  const before = cpuSnapshot(server.pid);
  const result = await run(options.durationSeconds);
  const used = cpuDelta(before, cpuSnapshot(server.pid));
  const requests = Math.max(1, result.requests.total);
  const perRequest = (ms: number) => round(ms / requests, 3);
  return {
    status: 200,
    probe,
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requestsPerSecond: Math.round(result.requests.total / (result.duration || options.durationSeconds)),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMsPerRequest: { server: perRequest(used.server), database: perRequest(used.database), loadGenerator: perRequest(used.loadGenerator) },
    machineBusyPercent: used.machineBusyPercent,
  };
}

/**
 * Open loop: one request every 1/rate s whatever the answers, over up to `connections` kept-alive
 * sockets; latency counts from the scheduled send, so time spent waiting for a free socket counts
 * too (no coordinated omission). autocannon's own rate limit sends each connection's share in a
 * burst at the start of every second, which measures the burst, not the rate.
 */
async function paced(server: Server, load: Load, sessions: Session[], rate: number, options: ApiBenchOptions): Promise<PacedMeasure> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const send = (scheduled: number, index: number) =>
    new Promise<number | undefined>((resolve) => {
      const request = load.next();
      const headers: Record<string, string> = { ...sessions[index % sessions.length]!.headers };
      if (request.body) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(request.body)) });
      const outgoing = http.request({ host: '127.0.0.1', port: server.port, path: request.path, method: load.method, headers, agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode === 200 ? performance.now() - scheduled : undefined));
      });
      outgoing.on('error', () => resolve(undefined));
      outgoing.end(request.body);
    });
  try {
    return await openLoop(rate, options.durationSeconds, send);
  } finally {
    agent.destroy();
  }
}

/**
 * Calls `send` every 1/rate s for `seconds`, whatever the answers; `send` resolves with the
 * latency from its scheduled time, or undefined for a failure.
 */
async function openLoop(rate: number, seconds: number, send: (scheduled: number, index: number) => Promise<number | undefined>): Promise<PacedMeasure> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let index = 0; index < total; index += 1) {
    const scheduled = started + (index * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(scheduled, index).then((latency) => void (latency === undefined ? (failed += 1) : latencies.push(latency))));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0, 1);
  return { p50Ms: at(0.5), p99Ms: at(0.99), requestsPerSecond: Math.round(latencies.length / elapsed), failed };
}

/**
 * Open loop straight to the database: `call` every 1/rate s on a pool of the servers' size,
 * latency from the scheduled call (waiting for a free connection counts), as `paced` does over HTTP.
 */
async function pacedStatement(options: ApiBenchOptions, rate: number, call: (db: pg.Pool) => Promise<unknown>): Promise<PacedMeasure> {
  const db = new pg.Pool({ connectionString: options.url, max: options.poolSize });
  try {
    for (let index = 0; index < options.poolSize * 4; index += 1) await call(db);
    return await openLoop(rate, options.durationSeconds, (scheduled) =>
      call(db).then(
        () => performance.now() - scheduled,
        () => undefined,
      ),
    );
  } finally {
    await db.end();
  }
}

// CPU accounting from /proc (Linux); zeros elsewhere.
const TICK_MS = 10;
function processCpuMs(pid: number | string): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/**
 * CPU ms per process of the engine: the postmaster and its children (not other engines on the
 * machine). Per process, so that a backend that ends between two snapshots (a pool closing an
 * idle connection) does not subtract its whole life from the sum.
 */
function databaseCpuMs(postmaster: number | undefined): Map<number, number> {
  const cpu = new Map<number, number>();
  if (postmaster === undefined) return cpu;
  cpu.set(postmaster, processCpuMs(postmaster));
  let entries: string[] = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return cpu;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === postmaster) cpu.set(Number(entry), processCpuMs(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return cpu;
}

/** Busy and total jiffies of the whole machine (/proc/stat), for its CPU use during a run. */
function machineJiffies(): { busy: number; total: number } {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((sum, value) => sum + value, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: 0, total: 0 };
  }
}

/** The postmaster behind a connection, when the database runs on this machine. */
async function postmasterOf(pool: pg.Pool): Promise<number | undefined> {
  try {
    const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const stat = fs.readFileSync(`/proc/${rows[0]!.pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isFinite(parent) && parent > 1 ? parent : undefined;
  } catch {
    return undefined;
  }
}

let postmaster: number | undefined;

function cpuSnapshot(serverPid: number) {
  const self = process.cpuUsage();
  return { server: processCpuMs(serverPid), database: databaseCpuMs(postmaster), self: (self.user + self.system) / 1000, machine: machineJiffies() };
}

function cpuDelta(before: ReturnType<typeof cpuSnapshot>, after: ReturnType<typeof cpuSnapshot>) {
  let database = 0;
  for (const [pid, ms] of after.database) database += ms - (before.database.get(pid) ?? 0);
  const total = after.machine.total - before.machine.total;
  return {
    server: after.server - before.server,
    database,
    loadGenerator: after.self - before.self,
    machineBusyPercent: total > 0 ? Math.round(((after.machine.busy - before.machine.busy) / total) * 100) : 0,
  };
}

interface Server {
  port: number;
  pid: number;
  stop(): Promise<void>;
}

async function startServer(spec: { kind: 'guibin' | 'guibin-no-audit' | 'bare'; url: string; poolSize: number; secret?: string }, profileDir?: string): Promise<Server> {
  // One directory per server; Node names the files per process and thread (the main thread's is the big one).
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir, spec.kind)}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(here, 'api-server.ts'), JSON.stringify(spec)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n')[0];
      if (buffered.includes('\n')) resolve((JSON.parse(line!) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`the ${spec.kind} server exited with code ${code} before listening`)));
  });
  return {
    port,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The markdown table of the API benchmark (bench/results/latest-*.md). */
export function apiTable(api: ApiBenchResult): string {
  const yes = (value: boolean | undefined) => (value === undefined ? '—' : value ? 'pass' : 'FAIL');
  const cells = (m: ServerMeasure | undefined) => (m ? `${m.p50Ms} | ${m.p99Ms} | ${m.requestsPerSecond.toLocaleString('en')}` : '— | — | —');
  const cpu = (m: ServerMeasure | undefined) => (m ? `${m.cpuMsPerRequest.server} / ${m.cpuMsPerRequest.database}` : '—');
  const pacedCells = (s: ApiScenarioResult) =>
    s.paced
      ? `${s.paced.requestsPerSecond} | ${s.paced.guibin.p50Ms} / ${s.paced.guibin.p99Ms}${s.paced.guibin.failed ? ` (${s.paced.guibin.failed} failed)` : ''} | ` +
        `${s.paced.bare.p50Ms} / ${s.paced.bare.p99Ms}${s.paced.bare.failed ? ` (${s.paced.bare.failed} failed)` : ''} | ` +
        `${s.paced.statement ? `${s.paced.statement.p50Ms} / ${s.paced.statement.p99Ms}` : '—'}`
      : '— | — | — | —';
  const variants = api.scenarios.some((s) => s.guibinNoAudit);
  const columns = 16 + (variants ? 1 : 0);
  const lines = [
    `API: ${api.connections} connections, ${api.durationSeconds} s per measurement after ${api.warmupSeconds} s of warm-up, ` +
      `pool of ${api.poolSize} per server, ${api.sessionsPerRole} session(s) per role` +
      `${api.databaseSettings.length > 0 ? `, database settings ${api.databaseSettings.join(', ')}` : ''}; ` +
      `goals p99 ≤ ${api.goals.p99Ms} ms and ≥ ${api.goals.throughputRatio * 100} % of the bare throughput, at ${api.connections} connections. ` +
      `Load average (1 min) before/after: ${api.loadAverage.before[0]} / ${api.loadAverage.after[0]}. ` +
      `Viewers: RM ${api.viewers.rm.staffNo} (${api.viewers.rm.customersInScope.toLocaleString('en')} customers), ` +
      `outlet head ${api.viewers.outletHead.staffNo} (${api.viewers.outletHead.customersInScope.toLocaleString('en')}), ` +
      `HQ admin ${api.viewers.hqAdmin.staffNo} (${api.viewers.hqAdmin.customersInScope.toLocaleString('en')}).`,
    '',
    `At ${api.connections} connections every server is saturated, so latency is queueing: mean latency = connections ÷ throughput ` +
      `(p99 ≤ ${api.goals.p99Ms} ms needs ≥ ${Math.ceil(api.connections / (api.goals.p99Ms / 1000)).toLocaleString('en')} req/s). ` +
      '"Paced" sends both servers the same fixed rate, a fraction of the slower one\'s throughput, open loop: latency under a load both can carry. ' +
      '"Statement alone" (Today): Guibin\'s statement for the same request sent straight to the database at that rate, no HTTP server. ' +
      'CPU ms per request: the server process / the database engine; busy: the whole machine during the Guibin run.',
    '',
    `| scenario | Guibin p50 ms | p99 ms | req/s | bare p50 ms | p99 ms | req/s | Guibin ÷ bare | p99 ≤ ${api.goals.p99Ms} ms | ≥ ${api.goals.throughputRatio * 100} % | ` +
      `paced req/s | Guibin p50 / p99 ms | bare p50 / p99 ms | statement alone p50 / p99 ms | CPU ms/req Guibin (server / db), busy | bare (server / db) |${variants ? ' Guibin without audit rows: p50 / p99 / req/s |' : ''}`,
    `|${'---|'.repeat(columns)}`,
    ...api.scenarios.map((s) =>
      s.skipped
        ? `| ${s.name} | skipped: ${s.skipped.replaceAll('|', '/').replaceAll('\n', ' ')} |${'|'.repeat(columns - 2)}`
        : `| ${s.name} | ${cells(s.guibin)} | ${cells(s.bare)} | ${s.throughputRatio === undefined ? '—' : `${Math.round(s.throughputRatio * 100)} %`} | ` +
          `${yes(s.p99Goal)} | ${yes(s.throughputGoal)} | ${pacedCells(s)} | ${cpu(s.guibin)}${s.guibin ? `, ${s.guibin.machineBusyPercent} %` : ''} | ${cpu(s.bare)} |` +
          `${variants ? ` ${s.guibinNoAudit ? `${s.guibinNoAudit.p50Ms} / ${s.guibinNoAudit.p99Ms} / ${s.guibinNoAudit.requestsPerSecond.toLocaleString('en')}` : '—'} |` : ''}`,
    ),
    '',
  ];
  return lines.join('\n');
}
