import type { FastifyInstance, RouteOptions } from 'fastify';
import { isRouteAccess } from '../access/permissions.ts';

/**
 * Deny by default (issue 4, ARCHITECTURE.md "Access control"): every route declares
 * `config: { permission }` — 'public', 'authenticated', or a permission name checked with
 * `can(role, permission)`. A route without one stops the application from starting, so a
 * forgotten declaration is a startup failure, never an open endpoint.
 */
export const PUBLIC = 'public';
export const AUTHENTICATED = 'authenticated';

/** Answers whether a role holds a permission; the role → permission table lives in platform/access. */
export type PermissionCheck = (role: string, permission: string) => boolean;

/** No role holds any named permission: for tests of the mechanism itself. */
export const denyAll: PermissionCheck = () => false;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'public', 'authenticated' or a permission name; required on every route. */
    permission?: string;
  }
  interface FastifyInstance {
    /** Set only inside `withDefaultPermission` contexts; read by the onRoute check. */
    defaultRoutePermission?: string;
    /** Every route with its declared access, in registration order (the security tests walk it). */
    declaredRoutes: DeclaredRoute[];
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  permission: string;
  /** The route's schema (zod objects under params, querystring, body, response). */
  schema: RouteOptions['schema'];
}

/**
 * Installs the startup check. Must be added on the root instance before any route is
 * registered: onRoute hooks are copied into child contexts when they are created.
 */
export function requireDeclaredPermissions(app: FastifyInstance): void {
  // One array shared by every context: decorations are copied by reference into children.
  app.decorate('declaredRoutes', []);
  app.addHook('onRoute', function (this: FastifyInstance, routeOptions: RouteOptions) {
    const declared = routeOptions.config?.permission ?? this.defaultRoutePermission;
    if (typeof declared !== 'string' || declared.trim() === '') {
      throw new Error(
        `route ${String(routeOptions.method)} ${routeOptions.url} declares no permission: add config: { permission: 'public' | 'authenticated' | '<permission>' } (docs/sessions.md)`,
      );
    }
    // A misspelt permission would deny everyone silently: refuse to start instead.
    if (!isRouteAccess(declared)) {
      throw new Error(`route ${String(routeOptions.method)} ${routeOptions.url} declares an unknown permission "${declared}" (docs/access-model.md)`);
    }
    routeOptions.config = { ...routeOptions.config, permission: declared };
    for (const method of [routeOptions.method].flat()) {
      this.declaredRoutes.push({ method, url: routeOptions.url ?? '', permission: declared, schema: routeOptions.schema });
    }
  });
}

/**
 * Registers `register` in an encapsulated context whose routes are `permission` unless they say
 * otherwise. Used for plugins we cannot or should not annotate route by route: the swagger UI
 * under /api/docs and the operational endpoints (/, /healthz, /readyz, /metrics), which are
 * public by nature. The default is explicit here, in app.ts, not a silent exemption.
 */
export async function withDefaultPermission(
  app: FastifyInstance,
  permission: string,
  register: (context: FastifyInstance) => Promise<void>,
): Promise<void> {
  await app.register(async (context) => {
    context.decorate('defaultRoutePermission', permission);
    await register(context);
  });
}
