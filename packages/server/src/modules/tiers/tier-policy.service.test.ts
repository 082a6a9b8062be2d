import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { aPolicyFile } from './tiers.test-bank.ts';
import { importPolicy, listPolicies, showPolicy, toPolicyFile } from './tiers.service.ts';
import { ensurePresets } from './tier-policy.service.ts';

describe('tier policies', () => {
  let db: TestDatabase;
  const actor = 'hq-admin';
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('installs the presets as version 1 on first use, once', async () => {
    const policies = await listPolicies(db.pool);
    expect(policies.map((p) => `${p.code} v${p.policy.version} ${p.policy.metric}`)).toEqual([
      'month-avg-4-tier v1 MONTH_AVG',
      'rolling-quarter-2020 v1 ROLLING_QUARTER_AVG',
      'three-months-hongmian v1 MIN_OF_3_MONTH_AVGS',
      'twelve-month-abc v1 TWELVE_MONTH_AVG',
    ]);
    const rolling = await showPolicy(db.pool, { code: 'rolling-quarter-2020' });
    expect(rolling).toMatchObject({ active: true, createdBy: 'system:presets', graceMonths: 3, autoUpgrade: false, gapHandling: 'REFUSE' });
    expect(rolling.tiers.map((t) => [t.tier, t.thresholdCents, t.specialAdmissionApprover])).toEqual([
      ['GOLD', 10_000_000n, 'OUTLET_HEAD'],
      ['PLATINUM', 50_000_000n, 'SUB_BRANCH_HEAD'],
      ['DIAMOND', 100_000_000n, 'BRANCH_ADMIN'],
      ['PRIVATE', 600_000_000n, 'BRANCH_ADMIN'],
    ]);
    // Through a client (another process, say) the presets are checked again: still one row each.
    const client = await db.pool.connect();
    await ensurePresets(client).finally(() => client.release());
    const count = await db.pool.query('SELECT count(*)::int AS n FROM tier_policy');
    expect(count.rows[0].n).toBe(4);
  });

  it('refuses an invalid file with every problem named', async () => {
    const file = aPolicyFile({
      metric: 'YEAR_AVG',
      tiers: [
        { tier: 'GOLD', threshold: '500000.00' },
        { tier: 'PLATINUM', threshold: '500000.00' },
        { tier: 'DIAMOND', threshold: 1000000 },
      ],
    });
    const error = await importPolicy(db.pool, { json: file, actor }).catch((e) => e);
    expect(error.code).toBe('TIER_POLICY_INVALID');
    expect(error.message).toBe(
      'the tier policy is invalid:\ntiers[2].threshold: must be a decimal string such as "100000.00" (a JSON number could lose cents)',
    );
    const semantic = await importPolicy(db.pool, { json: aPolicyFile({ metric: 'YEAR_AVG', tiers: [{ tier: 'GOLD', threshold: '5' }, { tier: 'PLATINUM', threshold: '5' }] }), actor }).catch((e) => e);
    expect(semantic.message).toBe(
      'the tier policy is invalid:\n' +
        'metric: YEAR_AVG is not a metric: use one of MONTH_AVG, ROLLING_QUARTER_AVG, MIN_OF_3_MONTH_AVGS, TWELVE_MONTH_AVG, POINT\n' +
        'tiers[1].threshold: PLATINUM 5.00 must be greater than GOLD 5.00: thresholds are inclusive lower bounds and strictly ascending',
    );
    expect(semantic.details.problems).toHaveLength(2);
    expect((await listPolicies(db.pool)).map((p) => p.code)).not.toContain('test-month');
  });

  it('stores a changed policy as the next version, and an identical one not at all', async () => {
    const first = await importPolicy(db.pool, { json: aPolicyFile(), actor });
    expect(first).toMatchObject({ created: true, policy: { code: 'test-month', version: 1, active: true, createdBy: actor } });

    const same = await importPolicy(db.pool, { json: aPolicyFile({ graceMonths: 3, gapHandling: 'REFUSE' }), actor });
    expect(same).toMatchObject({ created: false, policy: { version: 1 } });

    const changed = await importPolicy(db.pool, { json: aPolicyFile({ graceMonths: 6 }), actor });
    expect(changed).toMatchObject({ created: true, policy: { version: 2, active: true, graceMonths: 6 } });
    expect(await showPolicy(db.pool, { code: 'test-month', version: 1 })).toMatchObject({ active: false, graceMonths: 3 });
    expect(await showPolicy(db.pool, { code: 'test-month' })).toMatchObject({ version: 2 });

    // Going back to version 1's content is a change from the latest: version 3.
    const back = await importPolicy(db.pool, { json: aPolicyFile(), actor });
    expect(back).toMatchObject({ created: true, policy: { version: 3, graceMonths: 3 } });
    const listed = (await listPolicies(db.pool)).find((p) => p.code === 'test-month');
    expect(listed).toMatchObject({ versions: 3, policy: { version: 3, active: true } });
  });

  it('a preset code can get a new version like any other', async () => {
    const preset = await showPolicy(db.pool, { code: 'month-avg-4-tier' });
    const file = { ...toPolicyFile(preset), autoUpgrade: true };
    expect(await importPolicy(db.pool, { json: JSON.stringify(file), actor })).toMatchObject({ created: true, policy: { version: 2 } });
  });

  it('shows a version in the file format, which imports back unchanged', async () => {
    const stored = await showPolicy(db.pool, { code: 'rolling-quarter-2020' });
    const file = toPolicyFile(stored);
    expect(file.tiers[0]).toEqual({ tier: 'GOLD', threshold: '100000.00', specialAdmissionApprover: 'OUTLET_HEAD' });
    expect(await importPolicy(db.pool, { json: JSON.stringify(file), actor })).toMatchObject({ created: false, policy: { version: 1 } });
  });

  it('refuses an unknown code or version', async () => {
    const error = await showPolicy(db.pool, { code: 'test-month', version: 9 }).catch((e) => e);
    expect([error.code, error.message]).toEqual(['TIER_POLICY_NOT_FOUND', 'tier policy test-month has no version 9']);
    expect((await showPolicy(db.pool, { code: 'nope' }).catch((e) => e)).code).toBe('TIER_POLICY_NOT_FOUND');
  });
});
