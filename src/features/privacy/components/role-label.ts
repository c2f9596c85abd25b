import { isRoleName, ROLE_LABELS } from '@/domain/roles'

/** A viewer's role in Chinese; a role this app does not know yet (a newer server) is shown as sent. */
export function roleLabel(role: string): string {
  return isRoleName(role) ? ROLE_LABELS[role] : role
}
