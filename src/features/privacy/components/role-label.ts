import type { RoleName } from '../../../../types/domain'
import { ROLE_LABELS } from '../../../domain/roles'

/** A viewer's role in Chinese; a role this app does not know is shown as the server sent it. */
export function roleLabel(role: string): string {
  return role in ROLE_LABELS ? ROLE_LABELS[role as RoleName] : role
}
