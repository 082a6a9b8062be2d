/**
 * SQL for contact rule set versions (contact_rule_set, migration 0016). What is read back is
 * parsed by the zod schema (contact-rules.schemas.ts): a stored version that does not parse is a
 * bug, and fails loudly rather than giving wrong duties.
 */
import type pg from 'pg';
import type { Queryable } from '../../platform/db/transaction.ts';
import { contactEventSettings, contactRule, type ContactEventSettings, type ContactRule, type ContactRuleSetBody } from './contact-rules.schemas.ts';

export type RuleSetStatus = 'DRAFT' | 'ACTIVE' | 'RETIRED';

export interface StoredRuleSet {
  id: number;
  version: number;
  name: string;
  status: RuleSetStatus;
  rules: ContactRule[];
  eventSettings: ContactEventSettings;
  createdBy: string;
  createdAt: Date;
  activatedAt: Date | null;
}

const SELECT = `SELECT id, version, name, status, rules, event_settings, created_by, created_at, activated_at FROM contact_rule_set`;

function toRuleSet(row: Record<string, unknown>): StoredRuleSet {
  return {
    id: row.id as number,
    version: row.version as number,
    name: row.name as string,
    status: row.status as RuleSetStatus,
    rules: contactRule.array().parse(row.rules),
    eventSettings: contactEventSettings.parse(row.event_settings),
    createdBy: row.created_by as string,
    createdAt: row.created_at as Date,
    activatedAt: (row.activated_at as Date | null) ?? null,
  };
}

export async function listRuleSets(db: Queryable): Promise<StoredRuleSet[]> {
  const { rows } = await db.query(`${SELECT} ORDER BY version DESC`);
  return rows.map(toRuleSet);
}

export async function findRuleSet(db: Queryable, id: number, lock = false): Promise<StoredRuleSet | undefined> {
  const { rows } = await db.query(`${SELECT} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] ? toRuleSet(rows[0]) : undefined;
}

/** The version in force (one at most: contact_rule_set_one_active_idx). */
export async function findActiveRuleSet(db: Queryable): Promise<StoredRuleSet | undefined> {
  const { rows } = await db.query(`${SELECT} WHERE status = 'ACTIVE'`);
  return rows[0] ? toRuleSet(rows[0]) : undefined;
}

/** A new draft with the next version number; the table lock keeps two drafts from taking the same number. */
export async function insertDraft(client: pg.PoolClient, body: ContactRuleSetBody, createdBy: string): Promise<number> {
  await client.query('LOCK TABLE contact_rule_set IN SHARE ROW EXCLUSIVE MODE');
  const { rows } = await client.query(
    `INSERT INTO contact_rule_set (version, name, rules, event_settings, status, created_by)
     SELECT coalesce(max(version), 0) + 1, $1, $2::jsonb, $3::jsonb, 'DRAFT', $4 FROM contact_rule_set RETURNING id`,
    [body.name, JSON.stringify(body.rules), JSON.stringify(body.eventSettings), createdBy],
  );
  return rows[0].id as number;
}

/** Retires the version in force and activates `id`, in the caller's transaction. Returns the retired version's id. */
export async function activate(client: pg.PoolClient, id: number): Promise<number | null> {
  const retired = await client.query(`UPDATE contact_rule_set SET status = 'RETIRED' WHERE status = 'ACTIVE' RETURNING id`);
  await client.query(`UPDATE contact_rule_set SET status = 'ACTIVE', activated_at = now() WHERE id = $1`, [id]);
  return (retired.rows[0]?.id as number | undefined) ?? null;
}
