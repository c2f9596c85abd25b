import { ACTIVITIES_ROUTES } from '../features/activities/routes'
import { FAMILY_ROUTES } from '../features/family/routes'
import { GUIDE_ROUTES } from '../features/guide/routes'
import { HELP_ROUTES } from '../features/help/routes'
import { NOTICES_ROUTES } from '../features/notices/routes'
import { NOTIFY_ROUTES } from '../features/notify/routes'
import { PRIVACY_ROUTES } from '../features/privacy/routes'
import { PROBLEMS_ROUTES } from '../features/problems/routes'
import { REGISTRATION_ROUTES } from '../features/registration/routes'
import { WELFARE_ROUTES } from '../features/welfare/routes'

/**
 * Where each page lives. Resident and staff pages are WeChat subpackages, loaded when first opened.
 * Each feature's routes.ts holds only strings: main-package pages link to every feature through
 * it without loading any feature's code.
 */
export const ROUTES = {
  home: '/pages/index/index',
  mine: '/pages/mine/index',
  login: '/pages/login/index',
  ...PRIVACY_ROUTES,
  ...REGISTRATION_ROUTES,
  ...GUIDE_ROUTES,
  ...FAMILY_ROUTES,
  ...NOTICES_ROUTES,
  ...HELP_ROUTES,
  ...NOTIFY_ROUTES,
  ...ACTIVITIES_ROUTES,
  ...WELFARE_ROUTES,
  ...PROBLEMS_ROUTES,
} as const
