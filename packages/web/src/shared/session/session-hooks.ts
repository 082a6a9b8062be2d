import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppServices } from '../../app/services.ts';
import { can, type Permission } from '../access/permissions.ts';
import { permissionsOf, type SessionState } from './session-store.ts';

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>');
  return services;
}

export function useSession(): SessionState {
  const { session } = useServices();
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}

/** `can(permission)` for the signed-in staff member (docs/access-model.md). */
export function useCan(): (permission: Permission) => boolean {
  const permissions = permissionsOf(useSession());
  return (permission) => can(permissions, permission);
}
