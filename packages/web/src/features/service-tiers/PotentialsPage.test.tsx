import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../test-support/fake-api.ts';
import { renderApp } from '../../test-support/render-app.tsx';
import { aPotentialList, aSessionWith } from './service-tiers.test-data.ts';

const ORGS = { orgs: [{ id: 4, code: 'BR1S1O1', name: '文三路网点', level: 'OUTLET', parentId: 3 }] };

describe('potentials page', () => {
  it('lists each kind with its reason and a link to the 360, and filters by RM', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('OUTLET_HEAD', 'potential.flag'),
      'GET /api/orgs': ORGS,
      'GET /api/potentials': aPotentialList(),
    });
    renderApp(api, '/potentials');
    const table = await screen.findByRole('table', { name: '达标未升级' });
    expect(await within(table).findByText('滚动季日均 ¥412,000.00，达白金门槛 ¥500,000.00 的 82.4%')).toBeTruthy();
    expect(within(table).getByRole('link', { name: '曾婷敏（C000026）' }).getAttribute('href')).toBe('/customers/26');
    expect(screen.getByText('依据 rolling-quarter-2020 2026年9月 评定结果')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: '接近升级门槛' }));
    await screen.findByRole('table', { name: '接近升级门槛' });
    const before = api.requests.filter((r) => r.path === '/api/potentials').length;
    // The fake API records paths only: a new request after Enter is what the filter does here.
    await user.type(screen.getByLabelText('客户经理工号'), 'S00009{Enter}');
    await waitFor(() => expect(api.requests.filter((r) => r.path === '/api/potentials').length).toBe(before + 1));
  });

  it('flags a customer with a reason', async () => {
    const api = fakeApi({
      'GET /api/auth/me': aSessionWith('RELATIONSHIP_MANAGER', 'potential.flag'),
      'GET /api/orgs': ORGS,
      'GET /api/potentials': aPotentialList(),
      'POST /api/customers/26/potential-flag': { customerId: '26', reason: '近期有大额资金到账' },
    });
    renderApp(api, '/potentials');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '标记 C000026' }));
    const dialog = await screen.findByRole('dialog', { name: '标记 曾婷敏（C000026） 为潜力客户' });
    await user.type(within(dialog).getByLabelText('标记理由'), '近期有大额资金到账');
    await user.click(within(dialog).getByRole('button', { name: '确认标记' }));
    await waitFor(() => expect(api.bodiesOf('POST /api/customers/26/potential-flag')).toEqual([{ reason: '近期有大额资金到账' }]));
  });

  it('offers no flag button without potential.flag', async () => {
    const api = fakeApi({ 'GET /api/auth/me': aSessionWith('BRANCH_ADMIN'), 'GET /api/orgs': ORGS, 'GET /api/potentials': aPotentialList() });
    renderApp(api, '/potentials');
    await screen.findByText('滚动季日均 ¥412,000.00，达白金门槛 ¥500,000.00 的 82.4%');
    expect(screen.queryByRole('button', { name: /标记/ })).toBeNull();
  });
});
