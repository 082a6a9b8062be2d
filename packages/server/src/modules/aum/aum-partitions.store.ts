import type pg from 'pg';

/**
 * Partition bookkeeping for the AUM tables: one partition per day of customer_daily_aum and per
 * month of customer_monthly_aum. A day or month is replaced whole (build a new table, swap it in
 * inside the caller's transaction), which is much cheaper than upserting a million rows.
 * The CHECK constraint equal to the partition bound lets ATTACH skip its validation scan.
 */
type Queryable = Pick<pg.PoolClient, 'query'>;

const nextDay = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};
const nextMonthStart = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 1)).toISOString().slice(0, 10);
};

export const dailyPartition = (day: string): string => `customer_daily_aum_p${day.replaceAll('-', '')}`;
export const monthlyPartition = (month: string): string => `customer_monthly_aum_p${month.replace('-', '')}`;

export async function tableExists(client: Queryable, name: string): Promise<boolean> {
  const result = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [name]);
  return result.rows[0].present as boolean;
}

/** Creates the empty table that will become day D's partition. */
export async function createDayTable(client: Queryable, day: string, name: string): Promise<void> {
  await client.query(`CREATE TABLE ${name} (
    day date NOT NULL CHECK (day >= DATE '${day}' AND day < DATE '${nextDay(day)}'),
    customer_id bigint NOT NULL,
    aum_cents bigint NOT NULL)`);
}

export async function createMonthTable(client: Queryable, month: string, name: string): Promise<void> {
  await client.query(`CREATE TABLE ${name} (
    month date NOT NULL CHECK (month >= DATE '${month}-01' AND month < DATE '${nextMonthStart(month)}'),
    customer_id bigint NOT NULL,
    aum_sum_cents bigint NOT NULL)`);
}

/** Swaps `staged` in as day D's partition, dropping the previous one. */
export async function swapDayPartition(client: Queryable, day: string, staged: string): Promise<void> {
  const target = dailyPartition(day);
  if (await tableExists(client, target)) {
    await client.query(`ALTER TABLE customer_daily_aum DETACH PARTITION ${target}`);
    await client.query(`DROP TABLE ${target}`);
  }
  if (staged !== target) await client.query(`ALTER TABLE ${staged} RENAME TO ${target}`);
  await client.query(`CREATE INDEX ${target}_customer_idx ON ${target} (customer_id)`);
  await client.query(
    `ALTER TABLE customer_daily_aum ATTACH PARTITION ${target} FOR VALUES FROM ('${day}') TO ('${nextDay(day)}')`,
  );
}

export async function swapMonthPartition(client: Queryable, month: string, staged: string): Promise<void> {
  const target = monthlyPartition(month);
  if (await tableExists(client, target)) {
    await client.query(`ALTER TABLE customer_monthly_aum DETACH PARTITION ${target}`);
    await client.query(`DROP TABLE ${target}`);
  }
  await client.query(`ALTER TABLE ${staged} RENAME TO ${target}`);
  await client.query(`CREATE UNIQUE INDEX ${target}_customer_idx ON ${target} (customer_id)`);
  await client.query(
    `ALTER TABLE customer_monthly_aum ATTACH PARTITION ${target} FOR VALUES FROM ('${month}-01') TO ('${nextMonthStart(month)}')`,
  );
}
