import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('reads the login rate limit, 10 a minute by default', () => {
    expect(loadConfig({}).loginAttemptsPerMinute).toBe(10);
    expect(loadConfig({ GUIBIN_LOGIN_RATE_LIMIT: '250' }).loginAttemptsPerMinute).toBe(250);
  });

  it.each(['0', '-5', '10.5', 'ten', '99999999'])('refuses GUIBIN_LOGIN_RATE_LIMIT=%s by name', (value) => {
    expect(() => loadConfig({ GUIBIN_LOGIN_RATE_LIMIT: value })).toThrow(/GUIBIN_LOGIN_RATE_LIMIT/);
  });
});
