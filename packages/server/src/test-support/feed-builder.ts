import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Builds a small, valid feed delivery in a temp directory, to be bent one defect at a time:
 * `aFeed().withDays('2026-01-01', 3).replace('customers.csv', 2, 'name', '') .write()`.
 * Lines are CSV text; line numbers are physical (the header is line 1).
 */
type Files = Map<string, string[]>;

const HEADERS: Record<string, string> = {
  'orgs.csv': 'code,name,level,parent_code',
  'staff.csv': 'staff_no,name,role,org_code,phone',
  'products.csv': 'product_code,name,category,risk_level,currency,series,counts_toward_aum',
  'customers.csv': 'customer_no,name,id_type,id_no,gender,birth_date,phone,email,occupation,home_outlet_code,opened_on',
  'accounts.csv': 'account_no,customer_no,product_code,currency,opened_on,maturity_on,status',
  'maintainers.csv': 'customer_no,maintainer_staff_no,advisor_staff_no',
};

export class FeedBuilder {
  readonly files: Files = new Map();

  constructor() {
    this.files.set('orgs.csv', [HEADERS['orgs.csv']!, 'HO,总行,HEAD_OFFICE,', 'BR1,第一分行,BRANCH,HO', 'S1,第一支行,SUB_BRANCH,BR1', 'O1,第一网点,OUTLET,S1', 'O2,第二网点,OUTLET,S1']);
    this.files.set('staff.csv', [HEADERS['staff.csv']!, 'S0001,王芳,OUTLET_HEAD,O1,13800000001', 'S0002,李强,RELATIONSHIP_MANAGER,O1,13800000002']);
    this.files.set('products.csv', [
      HEADERS['products.csv']!,
      'P-DD,活期储蓄,DEMAND_DEPOSIT,R1,CNY,活期,true',
      'P-USD,美元定期,TIME_DEPOSIT,R1,USD,外币定期,true',
      'P-LOAN,个人贷款,LOAN,R1,CNY,贷款,false',
    ]);
    this.files.set('customers.csv', [
      HEADERS['customers.csv']!,
      'C1,张三,RESIDENT_ID,110101199003070011,M,1990-03-07,13900000001,c1@example.com,OTHER,O1,2020-01-01',
      'C2,李四,PASSPORT,E12345678,F,1985-05-05,13900000002,,SENIOR_EXECUTIVE,O2,2020-01-01',
    ]);
    this.files.set('accounts.csv', [
      HEADERS['accounts.csv']!,
      'A1,C1,P-DD,CNY,2020-01-01,,ACTIVE',
      'A2,C1,P-USD,USD,2020-01-01,2027-01-01,ACTIVE',
      'A3,C2,P-DD,CNY,2020-01-01,,ACTIVE',
      'A4,C2,P-LOAN,CNY,2020-01-01,2030-01-01,ACTIVE',
    ]);
  }

  /** Adds fx and balances files for `count` consecutive days from `first`. */
  withDays(first: string, count: number, balances: Record<string, string> = { A1: '100000.00', A2: '1000.00', A3: '5000.50', A4: '200000.00' }): this {
    const start = new Date(`${first}T00:00:00Z`);
    for (let index = 0; index < count; index += 1) {
      const day = new Date(start.getTime() + index * 86_400_000).toISOString().slice(0, 10);
      this.files.set(`fx/${day}.csv`, ['as_of,currency,rate_to_cny', `${day},USD,7.100000`]);
      this.files.set(`balances/${day}.csv`, ['as_of,account_no,balance', ...Object.entries(balances).map(([account, amount]) => `${day},${account},${amount}`)]);
    }
    return this;
  }

  /** Adds maintainers.csv with these rows (`customer_no,maintainer_staff_no,advisor_staff_no`). */
  withMaintainers(...rows: string[]): this {
    this.files.set('maintainers.csv', [HEADERS['maintainers.csv']!, ...rows]);
    return this;
  }

  lines(file: string): string[] {
    const lines = this.files.get(file);
    if (!lines) throw new Error(`no file ${file} in the builder`);
    return lines;
  }

  /** Replaces physical line `line` (1 = header) of `file`. */
  setLine(file: string, line: number, text: string): this {
    this.lines(file)[line - 1] = text;
    return this;
  }

  /** Sets one field of one line, by column name. */
  setField(file: string, line: number, column: string, value: string): this {
    const lines = this.lines(file);
    const index = lines[0]!.split(',').indexOf(column);
    if (index < 0) throw new Error(`no column ${column} in ${file}`);
    const fields = lines[line - 1]!.split(',');
    fields[index] = value;
    lines[line - 1] = fields.join(',');
    return this;
  }

  addLine(file: string, text: string): this {
    this.lines(file).push(text);
    return this;
  }

  /** Makes `file` hold nothing at all (no header either). */
  empty(file: string): this {
    this.files.set(file, []);
    return this;
  }

  without(file: string): this {
    this.files.delete(file);
    return this;
  }

  only(...names: string[]): this {
    for (const name of [...this.files.keys()]) if (!names.includes(name)) this.files.delete(name);
    return this;
  }

  /** Writes the delivery; `raw` files (Buffers) are written as they are. */
  write(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guibin-feed-')), raw: Record<string, Buffer> = {}): string {
    for (const [name, lines] of this.files) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), lines.length === 0 ? '' : `${lines.join('\n')}\n`);
    }
    for (const [name, content] of Object.entries(raw)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
  }
}

export const aFeed = (): FeedBuilder => new FeedBuilder();
