/** Pages of the newcomer guide: residents' in packages/resident, the editor in packages/staff. Spread into ROUTES (src/app/routes.ts). */
export const GUIDE_ROUTES = {
  guide: '/packages/resident/pages/guide/index',
  guideEdit: '/packages/staff/pages/guide-edit/index',
} as const
