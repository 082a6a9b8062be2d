import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldClass, FieldClasses } from './masking.rules.ts';
import {
  FIELD_CLASSES,
  charactersOf,
  FULLY_HIDDEN,
  MASKS,
  maskAddress,
  maskCardNumber,
  maskEmail,
  maskIdNumber,
  maskMiddle,
  maskMobile,
  maskRecord,
  maskValue,
} from './masking.rules.ts';

describe('maskIdNumber', () => {
  it.each([
    ['110101199003071234', '110101********1234'],
    ['11010119900307123X', '110101********123X'],
    ['110101900307123', '110********7123'],
    ['E12345678', '*********'],
    ['E123456789', '**********'],
    ['E1234567890', 'E12****7890'],
    ['H1234567890', 'H12****7890'],
    ['1234567', '*******'],
    ['', ''],
    ['护照号码一二三四五六七八', '护照号*****五六七八'],
  ])('%j → %j', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });
});

describe('maskMobile', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+8613812345678', '+86*******5678'],
    ['12345', '*****'],
    ['1381234567', '*********'.padEnd(10, '*')],
    ['', ''],
    ['1', '*'],
    ['１３８１２３４５６７８', '１３８****５６７８'],
  ])('%j → %j', (input, masked) => {
    expect(maskMobile(input)).toBe(masked);
  });
});

describe('maskCardNumber and account numbers', () => {
  it.each([
    ['6222021234567890123', '622202*********0123'],
    ['6222021234567890', '622202******7890'],
    ['62220212345678', '622202****5678'],
    ['6222021234567', '*************'],
    ['1234', '****'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskCardNumber(input)).toBe(masked);
    expect(maskValue('ACCOUNT_NUMBER', input)).toBe(masked);
  });
});

describe('maskAddress', () => {
  it.each([
    ['北京市朝阳区建国路88号', '北京市'],
    ['广东省深圳市南山区科技园南区8栋', '广东省深圳市'],
    ['  上海市浦东新区世纪大道100号  ', '上海市'],
    ['浙江省义乌市稠城街道', '浙江省义乌市'],
    ['广东省广州市天河区', '广东省广州市'],
    ['杭州市西湖区', '杭州市'],
    ['内蒙古自治区呼和浩特市新城区', '内蒙古自治区呼和浩特市'],
    ['贵州省黔东南苗族侗族自治州凯里市', '贵州省黔东南苗族侗族自治州'],
    ['黑龙江省大兴安岭地区加格达奇区', '黑龙江省大兴安岭地区'],
    ['香港特别行政区中环皇后大道中1号', '香港特别行政区'],
    ['广东省', '广东省'],
    ['北京市', '北京市'],
    ['广东省深圳市', '广东省深圳市'],
    // Not a recognisable province or city at the start: show nothing rather than guess.
    ['南山区科技园市民中心', FULLY_HIDDEN],
    ['建国路88号', FULLY_HIDDEN],
    ['12 Main Street, Springfield', FULLY_HIDDEN],
    ['北京', FULLY_HIDDEN],
    ['市', FULLY_HIDDEN],
    [FULLY_HIDDEN, FULLY_HIDDEN],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskAddress(input)).toBe(masked);
  });
});

describe('maskEmail', () => {
  it.each([
    ['zhang.wei@example.com', 'z***@example.com'],
    ['z@example.com', 'z***@example.com'],
    ['张伟@例子.中国', '张***@例子.中国'],
    ['a@b@example.com', 'a***@example.com'],
    ['@example.com', FULLY_HIDDEN],
    ['zhang.wei@', FULLY_HIDDEN],
    ['zhang.wei', FULLY_HIDDEN],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskEmail(input)).toBe(masked);
  });
});

const samples: Record<FieldClass, string[]> = {
  ID_NUMBER: ['110101199003071234', '110101900307123', 'E123456789', 'E1234', ''],
  MOBILE: ['13812345678', '+8613812345678', '12345', ''],
  CARD_NUMBER: ['6222021234567890123', '62220212345678', '123', ''],
  ACCOUNT_NUMBER: ['6222021234567890', '12345678901', ''],
  ADDRESS: ['广东省深圳市南山区科技园', '北京市朝阳区', '建国路88号', ''],
  EMAIL: ['zhang.wei@example.com', 'nope', ''],
};

describe('every mask', () => {
  it('has samples for every field class', () => {
    expect(Object.keys(samples).sort()).toEqual([...FIELD_CLASSES].sort());
  });

  it.each(FIELD_CLASSES.flatMap((fieldClass) => samples[fieldClass].map((value) => [fieldClass, value] as const)))(
    '%s is idempotent on %j',
    (fieldClass, value) => {
      const once = maskValue(fieldClass, value);
      expect(maskValue(fieldClass, once)).toBe(once);
    },
  );

  it.each(FIELD_CLASSES)('%s is idempotent on any text', (fieldClass) => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (value) => {
        const once = MASKS[fieldClass](value);
        expect(MASKS[fieldClass](once)).toBe(once);
      }),
    );
  });
});

/** [field class, visible head, visible tail] of the middle-hiding masks, by the input's length. */
const middleMasks: [FieldClass, (length: number) => number, number][] = [
  ['ID_NUMBER', (length) => (length === 18 ? 6 : 3), 4],
  ['MOBILE', () => 3, 4],
  ['CARD_NUMBER', () => 6, 4],
  ['ACCOUNT_NUMBER', () => 6, 4],
];

describe('the hidden middle never shows', () => {
  // Visible ends from digits, the middle from letters: a letter in the output is a leak.
  const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
  const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 20 });

  it.each(middleMasks)('%s', (fieldClass, headOf, tail) => {
    fc.assert(
      fc.property(letters, digits(6), digits(tail), (middle, headDigits, tailDigits) => {
        const length = 6 + middle.length + tail;
        const head = headDigits.slice(0, headOf(length));
        const hiddenHead = headDigits.slice(head.length);
        const input = head + hiddenHead.replace(/\d/g, 'x') + middle + tailDigits;
        const masked = MASKS[fieldClass](input);
        expect(masked).not.toContain(middle);
        expect(masked).not.toMatch(/[a-z]/);
        expect(charactersOf(masked)).toHaveLength(charactersOf(input).length);
      }),
    );
  });

  it.each(middleMasks)('%s output depends only on the visible ends and the length', (fieldClass) => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        // Same length, same first 6 and last 4: whatever differs lies in what must be hidden.
        const length = Math.max(charactersOf(a).length, charactersOf(b).length);
        const pad = (text: string) => charactersOf(text.padEnd(length, '0'));
        const left = pad(a);
        const right = [...left.slice(0, 6), ...pad(b).slice(6, length - 4), ...left.slice(Math.max(6, length - 4))];
        fc.pre(right.length === left.length);
        expect(MASKS[fieldClass](right.join(''))).toBe(MASKS[fieldClass](left.join('')));
      }),
    );
  });

  it('short values are hidden whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 7 }), (value) => {
        expect(maskMobile(value)).toBe('*'.repeat(charactersOf(value).length));
      }),
    );
  });

  it('an address mask is the start of the address and never reaches a district or street', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'省市区县路号自治州地盟广东深圳朝阳建国北京'), maxLength: 20 }), (value) => {
        const masked = maskAddress(value);
        if (masked === FULLY_HIDDEN || masked === '') return;
        expect(value.trim().startsWith(masked)).toBe(true);
        expect(masked).not.toMatch(/[县路号]/);
        expect(masked).toMatch(/(省|自治区|特别行政区|市|自治州|地区|盟)$/);
      }),
    );
  });

  it('an email mask shows one character of the local part and the domain, nothing else', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.domain(), (local, domain) => {
        fc.pre(!local.includes('@'));
        const masked = maskEmail(`${local}@${domain}`);
        expect(masked).toBe(`${charactersOf(local)[0]}***@${domain}`);
      }),
    );
  });

  it('maskMiddle keeps exactly the stated ends and stars the rest, or stars everything', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(8), fc.nat(8), (value, head, tail) => {
        const input = charactersOf(value);
        const masked = charactersOf(maskMiddle(value, head, tail));
        const hidden = input.length - head - tail;
        expect(masked).toHaveLength(input.length);
        if (hidden < 4) {
          expect(masked.every((character) => character === '*')).toBe(true);
        } else {
          expect(masked.slice(0, head)).toEqual(input.slice(0, head));
          expect(masked.slice(head, head + hidden).every((character) => character === '*')).toBe(true);
          expect(masked.slice(head + hidden)).toEqual(input.slice(head + hidden));
        }
      }),
    );
  });
});

describe('maskRecord', () => {
  interface CustomerRow {
    customerNo: string;
    name: string;
    idNumber: string;
    mobile: string | null;
    email?: string;
    address: string;
    aumCents: bigint;
  }
  const row: CustomerRow = {
    customerNo: 'C0001',
    name: '张伟',
    idNumber: '110101199003071234',
    mobile: null,
    email: 'zhang.wei@example.com',
    address: '北京市朝阳区建国路88号',
    aumCents: 123456789n,
  };
  const classes: FieldClasses<CustomerRow> = { idNumber: 'ID_NUMBER', mobile: 'MOBILE', email: 'EMAIL', address: 'ADDRESS' };

  it.each([
    ['nothing in full', undefined, { idNumber: '110101********1234', email: 'z***@example.com', address: '北京市' }],
    ['ID number in full', new Set(['idNumber']), { idNumber: '110101199003071234', email: 'z***@example.com', address: '北京市' }],
    ['an unclassified field in full changes nothing', new Set(['name']), { idNumber: '110101********1234', email: 'z***@example.com', address: '北京市' }],
    ['all in full', new Set(['idNumber', 'mobile', 'email', 'address']), { idNumber: row.idNumber, email: row.email, address: row.address }],
  ])('%s', (_label, inFull, expected) => {
    const masked = maskRecord(row, classes, inFull === undefined ? {} : { inFull });
    expect(masked).toEqual({ ...row, ...expected });
  });

  it('leaves the input untouched, null as null, absent as absent', () => {
    const { email: _email, ...withoutEmail } = row;
    const masked = maskRecord(withoutEmail, classes);
    expect(row.idNumber).toBe('110101199003071234');
    expect(masked.mobile).toBeNull();
    expect('email' in masked).toBe(false);
  });

  it('masks a non-text value in a classified field as text rather than passing it through', () => {
    const untyped = { mobile: 13812345678 as unknown as string };
    expect(maskRecord(untyped, { mobile: 'MOBILE' })).toEqual({ mobile: '138****5678' });
  });
});
