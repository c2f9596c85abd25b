/** Pages of 家属代办 (subpackage packages/resident). Spread into ROUTES (src/app/routes.ts). */
export const FAMILY_ROUTES = {
  family: '/packages/resident/pages/family/index',
  seniorHome: (userId: string, name: string) =>
    `/packages/resident/pages/senior-home/index?userId=${encodeURIComponent(userId)}&name=${encodeURIComponent(name)}`,
} as const
