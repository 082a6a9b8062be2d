import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, fakeApi, json } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aRuleSet, aSessionWith } from './contact.test-data.ts';

const RULE_SETS = 'GET /api/contact/rule-sets';
const DRAFT = 'POST /api/contact/rule-sets';

describe('contact rules page', () => {
  it('shows the rules in force to a relationship manager, with nothing to change', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER'), [RULE_SETS]: { items: [aRuleSet()] } });
    renderApp(api, '/contact/rules');
    const rules = await screen.findByRole('table', { name: '联络制度条目' });
    const diamond = within(rules).getByText('diamond-monthly').closest('tr')!;
    expect(within(diamond).getByText('钻石、私人银行')).toBeTruthy();
    expect(within(diamond).getByText('电话≥ 2')).toBeTruthy();
    expect(within(diamond).getByText('面谈≥ 1')).toBeTruthy();
    expect(within(diamond).getByText('月')).toBeTruthy();
    expect(within(diamond).getByText('钻石客户每月至少电话联系2次或面谈1次')).toBeTruthy();
    expect(screen.getByText('生日提前天数')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '以生效版本新建草稿' })).toBeNull();
    expect(screen.queryByRole('button', { name: /生效 第/ })).toBeNull();
  });

  it('lets head office draft a version from the active one with changed numbers', async () => {
    const created = aRuleSet({ id: '2', version: 2, status: 'DRAFT', name: '定期联系制度 2027', activatedAt: null });
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('HQ_WEALTH_ADMIN'),
      [RULE_SETS]: [json(200, { items: [aRuleSet()] }), json(200, { items: [created, aRuleSet()] })],
      [DRAFT]: [apiError(400, 'REQUEST_INVALID', '请求内容不符合接口要求（1 处问题）', { issues: [{ in: 'body', path: '/rules/2/minCalls', message: '数值过小：期望 number >=1' }] }), json(201, created)],
    });
    renderApp(api, '/contact/rules');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '以生效版本新建草稿' }));
    const name = screen.getByLabelText('名称');
    await user.clear(name);
    await user.type(name, '定期联系制度 2027');
    const calls = screen.getByLabelText('diamond-monthly 电话≥');
    await user.clear(calls);
    await user.type(calls, '3');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('请求内容不符合接口要求（1 处问题）');
    expect(alert.textContent).toContain('diamond-monthly 电话≥：数值过小：期望 number >=1');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(api.bodiesOf(DRAFT)).toHaveLength(2));
    const body = api.bodiesOf(DRAFT)[1] as { name: string; rules: Record<string, unknown>[]; eventSettings: Record<string, unknown> };
    expect(body.name).toBe('定期联系制度 2027');
    expect(body.rules[2]).toEqual({ ...aRuleSet().rules[2], minCalls: 3 });
    expect(body.rules[0]).toEqual(aRuleSet().rules[0]);
    expect(body.eventSettings).toEqual(aRuleSet().eventSettings);
    // The editor closes and the new draft is listed.
    expect(await screen.findByText('草稿')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存草稿' })).toBeNull();
  });

  it('activates a draft only after confirmation', async () => {
    const draft = aRuleSet({ id: '2', version: 2, status: 'DRAFT', activatedAt: null });
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('HQ_WEALTH_ADMIN'),
      [RULE_SETS]: { items: [draft, aRuleSet()] },
      'POST /api/contact/rule-sets/2/activate': json(200, { ...draft, status: 'ACTIVE' }),
    });
    renderApp(api, '/contact/rules');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '生效 第 2 版' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getAllByText('使第 2 版生效？').length).toBeGreaterThan(0);
    expect(api.bodiesOf('POST /api/contact/rule-sets/2/activate')).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: '生效' }));
    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST' && r.path === '/api/contact/rule-sets/2/activate')).toBe(true));
    expect(await screen.findByText('第 2 版已生效')).toBeTruthy();
  });
});
