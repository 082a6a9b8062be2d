/**
 * A small bank for contact detection tests, on top of the customer test bank
 * (customers.test-bank.ts): customers with birth and opening dates, evaluations, daily AUM of two
 * closed days, products, accounts with maturities, cards, special admissions, meetings and
 * external events, written straight into their tables so that the real detection SQL runs.
 */
import type pg from 'pg';
import { aBank, aCustomer, cents, type Bank, type EvaluationResult, type StaffRef } from '../customers/customers.test-bank.ts';

export interface ContactBank {
  bank: Bank;
  pool: pg.Pool;
  rm: StaffRef;
  policyId: number;
}

export async function aContactBank(pool: pg.Pool): Promise<ContactBank> {
  const bank = await aBank(pool);
  const rm = await bank.staffMember('RELATIONSHIP_MANAGER', 'OUT1');
  const policyId = await bank.policy('contact-test');
  return { bank, pool, rm, policyId };
}

export interface PersonSpec {
  maintainedBy?: StaffRef;
  outlet?: string;
  birthDate?: string | null;
  openedOn?: string;
}

export async function aPerson(bank: ContactBank, spec: PersonSpec = {}): Promise<{ id: bigint; customerNo: string; name: string }> {
  let builder = aCustomer().at(spec.outlet ?? 'OUT1');
  if (spec.maintainedBy) builder = builder.maintainedBy(spec.maintainedBy);
  const customer = await builder.insert(bank.bank);
  await bank.pool.query('UPDATE customer SET birth_date = $2, opened_on = $3 WHERE id = $1', [
    customer.id,
    spec.birthDate === undefined ? null : spec.birthDate,
    spec.openedOn ?? '2020-06-15',
  ]);
  return { id: customer.id, customerNo: customer.customerNo, name: customer.name };
}

/** The evaluation of a month under the test policy (gold 10万, platinum 50万, diamond 100万, private 600万). */
export async function evaluated(bank: ContactBank, month: string, results: EvaluationResult[]): Promise<void> {
  await bank.bank.evaluate(bank.policyId, month, results);
}

export async function closedDayAum(bank: ContactBank, day: string, aum: ReadonlyArray<[bigint, string]>): Promise<void> {
  await bank.bank.closeDays(day, day);
  for (const [customerId, yuan] of aum) {
    await bank.pool.query('INSERT INTO customer_daily_aum (day, customer_id, aum_cents) VALUES ($1, $2, $3)', [day, customerId, cents(yuan)]);
  }
}

export async function aProduct(
  bank: ContactBank,
  spec: { code: string; name: string; category: string; risk: string; firstSeenOn?: string },
): Promise<number> {
  const { rows } = await bank.pool.query(
    `INSERT INTO product (product_code, name, category, risk_level, currency, series, counts_toward_aum, first_seen_on)
     VALUES ($1, $2, $3, $4, 'CNY', $1, true, $5) RETURNING id`,
    [spec.code, spec.name, spec.category, spec.risk, spec.firstSeenOn ?? '2020-01-01'],
  );
  return rows[0].id as number;
}

export async function anAccount(
  bank: ContactBank,
  customerId: bigint,
  spec: { accountNo: string; productId: number; maturityOn?: string; balance?: string; status?: string },
): Promise<void> {
  const { rows } = await bank.pool.query(
    `INSERT INTO account (account_no, customer_id, product_id, currency, opened_on, maturity_on, status)
     VALUES ($1, $2, $3, 'CNY', '2025-10-08', $4, $5) RETURNING id`,
    [spec.accountNo, customerId, spec.productId, spec.maturityOn ?? null, spec.status ?? 'ACTIVE'],
  );
  if (spec.balance !== undefined) {
    await bank.pool.query(
      `INSERT INTO account_balance (account_id, customer_id, as_of, balance_cents, cny_cents) VALUES ($1, $2, '2026-09-30', $3, $3)`,
      [rows[0].id, customerId, cents(spec.balance)],
    );
  }
}

export async function anIssuedCard(bank: ContactBank, customerId: bigint, expiresOn: string, cardNo = '6225880012345678'): Promise<void> {
  const type = await bank.pool.query(
    `INSERT INTO card_type (code, name, tiers, bin, length) VALUES ('GOLD-' || $1::text, '金卡', '{GOLD}', '622588', 16)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id`,
    [customerId.toString()],
  );
  await bank.pool.query(
    `INSERT INTO card (customer_id, card_type_id, state, card_no, issued_on, expires_on) VALUES ($1, $2, 'ISSUED', $3, '2021-10-01', $4)`,
    [customerId, type.rows[0].id, cardNo, expiresOn],
  );
}

export async function anApprovedAdmission(bank: ContactBank, customerId: bigint, tier: string, startsOn: string, endsOn: string): Promise<void> {
  await bank.pool.query(
    `INSERT INTO special_admission (customer_id, tier, qualified_tier, reason, months, approval_chain, next_step, status,
       requested_by_staff_id, requested_by_staff_no, starts_on, ends_on)
     VALUES ($1, $2, 'GOLD', '重要客户', 6, '{OUTLET_HEAD}', 1, 'APPROVED', $3, $4, $5, $6)`,
    [customerId, tier, bank.rm.staffId, bank.rm.staffNo, startsOn, endsOn],
  );
}

export async function aMeeting(bank: ContactBank, customerId: bigint, on: string, channel = 'OUTLET_VISIT'): Promise<void> {
  await bank.pool.query(
    `INSERT INTO contact_record (customer_id, staff_id, channel, purpose, occurred_at, outcome)
     VALUES ($1, $2, $3, 'SERVICE', ($4::date + time '10:00')::timestamptz, 'COMPLETED')`,
    [customerId, bank.rm.staffId, channel, on],
  );
}

export async function anExternalEvent(bank: ContactBank, title: string, eventDate: string, customerIds: bigint[]): Promise<bigint> {
  const { rows } = await bank.pool.query(
    `INSERT INTO contact_external_event (title, description, event_date, org_id, created_by_staff_id)
     VALUES ($1, '', $2, $3, $4) RETURNING id`,
    [title, eventDate, bank.bank.orgId('OUT1'), bank.rm.staffId],
  );
  const id = rows[0].id as bigint;
  await bank.pool.query(
    `INSERT INTO contact_external_event_customer (external_event_id, customer_id) SELECT $1, unnest($2::bigint[])`,
    [id, customerIds],
  );
  return id;
}

export interface StoredEvent {
  customerId: bigint;
  kind: string;
  type: string;
  dedupeKey: string;
  eventDate: string;
  detectedOn: string;
  facts: Record<string, unknown>;
}

export async function storedEvents(pool: pg.Pool, type?: string): Promise<StoredEvent[]> {
  const { rows } = await pool.query(
    `SELECT customer_id, kind, type, dedupe_key, to_char(event_date, 'YYYY-MM-DD') AS event_date, to_char(detected_on, 'YYYY-MM-DD') AS detected_on, facts
       FROM contact_event WHERE $1::text IS NULL OR type = $1 ORDER BY type, customer_id, dedupe_key`,
    [type ?? null],
  );
  return rows.map((row) => ({
    customerId: row.customer_id,
    kind: row.kind,
    type: row.type,
    dedupeKey: row.dedupe_key,
    eventDate: row.event_date,
    detectedOn: row.detected_on,
    facts: row.facts,
  }));
}
