/** Pages of Rainbow Bridge welfare projects (issue #6) (subpackage packages/welfare); spread into ROUTES (src/app/routes.ts). */
import { welfareApplicationPage } from '../../domain/welfare-pages'

const q = (id: string) => encodeURIComponent(id)

export const WELFARE_ROUTES = {
  welfare: (programmeId?: string) => `/packages/welfare/pages/programme/index${programmeId ? `?id=${q(programmeId)}` : ''}`,
  welfareApply: (programmeId: string, applicationId?: string) =>
    `/packages/welfare/pages/apply/index?programmeId=${q(programmeId)}${applicationId ? `&id=${q(applicationId)}` : ''}`,
  welfareMine: '/packages/welfare/pages/mine/index',
  welfareApplication: welfareApplicationPage,
  welfareReviews: '/packages/welfare/pages/reviews/index',
  welfareProgrammeNew: '/packages/welfare/pages/programme-new/index',
  welfareProject: (id: string) => `/packages/welfare/pages/project/index?id=${q(id)}`,
} as const
