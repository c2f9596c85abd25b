/** Pages of registration: the resident's in packages/resident, staff's in packages/staff. Spread into ROUTES (src/app/routes.ts). */
export const REGISTRATION_ROUTES = {
  register: '/packages/resident/pages/register/index',
  registration: '/packages/resident/pages/registration/index',
  registrations: '/packages/staff/pages/registrations/index',
  review: (id: string) => `/packages/staff/pages/review/index?id=${encodeURIComponent(id)}`,
  registerFor: '/packages/staff/pages/register-for/index',
} as const
