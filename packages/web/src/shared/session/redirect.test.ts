import { describe, expect, it } from 'vitest';
import { loginPathFor, safeRedirect } from './redirect.ts';

describe('the page to return to after login', () => {
  it('keeps paths of this app, with their query', () => {
    expect(safeRedirect('/customers/26')).toBe('/customers/26');
    expect(safeRedirect('/customers?tab=GOLD')).toBe('/customers?tab=GOLD');
  });

  it('refuses anything that could leave the app, and the login page itself', () => {
    for (const value of [null, undefined, '', 'customers', '//evil.example/x', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/login', '/login?redirect=/x', '/\t/evil.example']) {
      expect(safeRedirect(value), String(value)).toBe('/');
    }
  });

  it('builds the login URL', () => {
    expect(loginPathFor('/customers/26')).toBe('/login?redirect=%2Fcustomers%2F26');
    expect(loginPathFor('/')).toBe('/login');
  });
});
