import { describe, expect, it } from 'vitest';
import { formatCount, formatDay, formatInstant, formatMonth } from './dates.ts';

describe('dates per language', () => {
  it('formats a calendar day without moving it across time zones', () => {
    expect(formatDay('2026-09-30', 'zh-CN')).toBe('2026/09/30');
    expect(formatDay('2026-01-01', 'en')).toBe('Jan 1, 2026');
    expect(formatDay(null, 'zh-CN')).toBe('—');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });

  it('formats months', () => {
    expect(formatMonth('2026-09', 'zh-CN')).toBe('2026年9月');
    expect(formatMonth('2026-09', 'en')).toBe('Sep 2026');
  });

  it('shows instants in China Standard Time', () => {
    // 06:05 UTC is 14:05 in Beijing.
    expect(formatInstant('2026-09-30T06:05:00Z', 'zh-CN')).toBe('2026/09/30 14:05');
    expect(formatInstant('2026-09-30T16:30:00Z', 'en')).toBe('Oct 1, 2026, 00:30');
  });

  it('groups counts', () => {
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(null, 'en')).toBe('—');
  });
});
