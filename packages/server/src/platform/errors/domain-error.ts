/**
 * Modules raise DomainError with a stable code (TIER_POLICY_INVALID, DATA_GAP …) and details;
 * platform/http maps codes to HTTP statuses and the CLI prints the message. No module knows HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
