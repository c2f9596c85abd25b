/**
 * The server's features, in the order cloud code registers them. main.ts registers their
 * functions; jobs.ts runs their jobs; export and erasure walk their personal data; schema setup
 * takes their classes and indexes. Adding a feature is adding it here.
 */
import type { ServerFeature } from './feature'
import { activitiesFeature } from './features/activities'
import { authFeature } from './features/auth'
import { familyFeature } from './features/family'
import { guideFeature } from './features/guide'
import { helpFeature } from './features/help'
import { homeFeature } from './features/home'
import { noticesFeature } from './features/notices'
import { notifyFeature } from './features/notify'
import { operationsFeature } from './features/operations'
import { privacyFeature } from './features/privacy'
import { problemsFeature } from './features/problems'
import { registrationFeature } from './features/registration'
import { uploadsFeature } from './features/uploads'
import { welfareFeature } from './features/welfare'
import { wechatPhoneFeature } from './features/wechat-phone'

export const FEATURES: ServerFeature[] = [
  authFeature,
  homeFeature,
  registrationFeature,
  guideFeature,
  familyFeature,
  privacyFeature,
  wechatPhoneFeature,
  noticesFeature,
  uploadsFeature,
  helpFeature,
  notifyFeature,
  activitiesFeature,
  welfareFeature,
  problemsFeature,
  operationsFeature,
]
