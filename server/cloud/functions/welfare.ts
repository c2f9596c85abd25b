/** Rainbow Bridge (彩虹桥) welfare projects (issue #6): programmes, applications, two-stage review, funded projects and their progress. */
import { defineFunction, perMinute } from '../define'
import { getApplication, myApplications, saveApplication, submitApplication, withdrawApplication } from '../welfare/applications'
import { getFunded, getProgramme, listFunded, listProgrammes, saveProgramme } from '../welfare/programmes'
import { postProgress } from '../welfare/progress'
import { completeProject, listReviews, reviewApplication } from '../welfare/review'

defineFunction('listWelfareProgrammes', { rateLimit: perMinute(120) }, () => listProgrammes())

defineFunction('getWelfareProgramme', { rateLimit: perMinute(120) }, ({ params }) => getProgramme(params.programmeId))

defineFunction('saveWelfareProgramme', { requireUser: true, rateLimit: perMinute(20) }, ({ user, params }) => saveProgramme(user, params))

defineFunction('saveWelfareApplication', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => saveApplication(user, params))

defineFunction('submitWelfareApplication', { requireUser: true, rateLimit: perMinute(20) }, ({ user, params }) => submitApplication(user, params.applicationId))

defineFunction('withdrawWelfareApplication', { requireUser: true, rateLimit: perMinute(20) }, ({ user, params }) => withdrawApplication(user, params.applicationId))

defineFunction('reviewWelfareApplication', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => reviewApplication(user, params))

defineFunction('myWelfareApplications', { requireUser: true, rateLimit: perMinute(120) }, ({ user }) => myApplications(user))

defineFunction('getWelfareApplication', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) => getApplication(user, params.applicationId))

defineFunction('listWelfareReviews', { requireUser: true, rateLimit: perMinute(60) }, ({ user, params }) => listReviews(user, params))

defineFunction('listFundedProjects', { rateLimit: perMinute(120) }, ({ params }) => listFunded(params.programmeId))

defineFunction('getFundedProject', { rateLimit: perMinute(120) }, ({ params }) => getFunded(params.applicationId))

defineFunction('postWelfareProgress', { requireUser: true, rateLimit: perMinute(20) }, ({ user, params }) => postProgress(user, params))

defineFunction(
  'completeWelfareProject',
  { requireUser: true, rateLimit: perMinute(20) },
  ({ user, params }) => completeProject(user, params.applicationId, params.comment),
)
