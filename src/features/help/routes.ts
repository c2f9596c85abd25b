/** Pages of Stewards and help requests (issue #4) (subpackage packages/help); spread into ROUTES (src/app/routes.ts). */
const q = (id: string) => `?id=${encodeURIComponent(id)}`

export const HELP_ROUTES = {
  /** 求助 form; `care` opens it from 长辈模式 (the same big-target form). */
  helpNew: (forUserId?: string) => `/packages/help/pages/new/index${forUserId ? `?forUserId=${encodeURIComponent(forUserId)}` : ''}`,
  helpMine: '/packages/help/pages/mine/index',
  helpDetail: (id: string) => `/packages/help/pages/detail/index${q(id)}`,
  helpInbox: '/packages/help/pages/inbox/index',
  helpEscalated: '/packages/help/pages/escalated/index',
  stewardProfile: '/packages/help/pages/profile/index',
  stewardAssign: '/packages/help/pages/stewards/index',
} as const
