import type { paths } from '../../shared/api/schema.ts';

export type CustomerCards = paths['/api/customers/{customerId}/cards']['get']['responses'][200]['content']['application/json'];
export type CardView = CustomerCards['cards'][number];
export type CardState = CardView['state'];
export type CardAction = CardView['allowedActions'][number];
export type CardType = paths['/api/card-types']['get']['responses'][200]['content']['application/json']['items'][number];
export type StockList = paths['/api/card-stock']['get']['responses'][200]['content']['application/json'];
export type StockRow = StockList['items'][number];
export type IssuingOutlet = paths['/api/card-issuing-outlets']['get']['responses'][200]['content']['application/json']['items'][number];
export type ReceiptBody = NonNullable<paths['/api/card-stock/receipts']['post']['requestBody']>['content']['application/json'];
export type TransferBody = NonNullable<paths['/api/card-stock/transfers']['post']['requestBody']>['content']['application/json'];
export type LevelsBody = NonNullable<paths['/api/card-stock/levels']['put']['requestBody']>['content']['application/json'];

/** Buttons in this order on a card. */
export const CARD_ACTIONS: readonly CardAction[] = ['approve', 'issue', 'report-lost', 'reissue', 'renew', 'exchange', 'cancel'];
