/** Pages of Residents' problems and visit day (issue #7) (subpackage packages/problems); spread into ROUTES (src/app/routes.ts). */
export const PROBLEMS_ROUTES = {
  problemReport: (simple = false) => `/packages/problems/pages/report/index${simple ? '?simple=1' : ''}`,
  problemMine: '/packages/problems/pages/mine/index',
  problemDetail: (id: string) => `/packages/problems/pages/detail/index?id=${encodeURIComponent(id)}`,
  problemQueue: '/packages/problems/pages/queue/index',
  problemVisit: '/packages/problems/pages/visit/index',
  problemStats: '/packages/problems/pages/stats/index',
} as const
