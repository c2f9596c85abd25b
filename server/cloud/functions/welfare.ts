/** Rainbow Bridge (彩虹桥) welfare projects (issue #6): programmes, applications, two-stage review, funded projects and their progress. */
import type { WelfareApplicationFields } from '../../../types/api-welfare'
import { defineFunction, type FieldRule } from '../define'
import { getApplication, myApplications, saveApplication, submitApplication, withdrawApplication } from '../welfare/applications'
import { getFunded, getProgramme, listFunded, listProgrammes, saveProgramme } from '../welfare/programmes'
import { postProgress } from '../welfare/progress'
import { completeProject, listReviews, reviewApplication } from '../welfare/review'
import { noParams, optionalId, perMinute, requiredId } from '../validators/common'

// Types only: the rules (amounts in fen, totals, dates, lengths) are validateApplication's, so the
// form and the server say the same sentence.
const applicationFields: Record<keyof WelfareApplicationFields, FieldRule> = {
  applicantKind: { type: String, error: '请选择申请主体。' },
  orgName: { type: String, error: '请填写团队或组织名称。' },
  orgRegNo: { type: String, error: '登记证号只能是数字和字母。' },
  showFullName: { type: Boolean, error: '公开姓名只能选是或否。' },
  projectName: { type: String, error: '请填写项目名称。' },
  category: { type: String, error: '请选择项目类别。' },
  beneficiaries: { type: String, error: '请填写受益对象。' },
  beneficiaryCount: { type: Number, error: '受益人数应为正整数。' },
  communityIds: { type: Array, error: '请重新选择服务的社区。' },
  startDate: { type: String, error: '日期不对，请重新选择。' },
  endDate: { type: String, error: '日期不对，请重新选择。' },
  items: { type: Array, error: '预算明细格式不对，请重新填写。' },
  totalFen: { type: Number, error: '预算总额必须是数字。' },
  description: { type: String, error: '请填写项目简介。' },
  outcomes: { type: String, error: '请填写预期成效。' },
  attachmentIds: { type: Array, error: '附件无效，请重新上传。' },
}

const applicationId = { applicationId: requiredId('请选择一份申请。') }
const programmeId = { programmeId: requiredId('请选择一期彩虹桥项目。') }
const STATUSES = ['draft', 'submitted', 'revise', 'passed', 'approved', 'rejected', 'withdrawn', 'completed']

defineFunction('listWelfareProgrammes', { fields: noParams, rateLimit: perMinute(120) }, () => listProgrammes())

defineFunction('getWelfareProgramme', { fields: programmeId, rateLimit: perMinute(120) }, ({ params }) => getProgramme(params.programmeId))

defineFunction(
  'saveWelfareProgramme',
  {
    requireUser: true,
    fields: {
      programmeId: optionalId('请选择一期彩虹桥项目。'),
      name: { type: String, error: '请填写项目名称。' },
      budgetFen: { type: Number, error: '总预算必须是数字。' },
      capFen: { type: Number, error: '单个项目上限必须是数字。' },
      opensOn: { type: String, error: '请选择开始申报日期。' },
      closesOn: { type: String, error: '请选择截止日期。' },
      categories: { type: Array, error: '请选择支持的项目类别。' },
      criteria: { type: Array, error: '请设置评分标准。' },
    },
    rateLimit: perMinute(20),
  },
  ({ user, params }) => saveProgramme(user!, params),
)

defineFunction(
  'saveWelfareApplication',
  { requireUser: true, fields: { ...applicationFields, ...programmeId, applicationId: optionalId('请选择一份申请。') }, rateLimit: perMinute(120) },
  ({ user, params }) => saveApplication(user!, params),
)

defineFunction('submitWelfareApplication', { requireUser: true, fields: applicationId, rateLimit: perMinute(20) }, ({ user, params }) =>
  submitApplication(user!, params.applicationId),
)

defineFunction('withdrawWelfareApplication', { requireUser: true, fields: applicationId, rateLimit: perMinute(20) }, ({ user, params }) =>
  withdrawApplication(user!, params.applicationId),
)

defineFunction(
  'reviewWelfareApplication',
  {
    requireUser: true,
    fields: {
      ...applicationId,
      decision: { type: String, required: true, options: (v: unknown) => ['pass', 'revise', 'reject', 'approve'].includes(v as string), error: '请选择审核结果。' },
      scores: { type: Object, error: '请为每项评分标准打分。' },
      amountFen: { type: Number, error: '批准金额必须是数字。' },
      comment: { type: String, error: '意见里有无法识别的字符。' },
    },
    rateLimit: perMinute(60),
  },
  ({ user, params }) => reviewApplication(user!, params),
)

defineFunction('myWelfareApplications', { requireUser: true, fields: noParams, rateLimit: perMinute(120) }, ({ user }) => myApplications(user!))

defineFunction('getWelfareApplication', { requireUser: true, fields: applicationId, rateLimit: perMinute(120) }, ({ user, params }) =>
  getApplication(user!, params.applicationId),
)

defineFunction(
  'listWelfareReviews',
  {
    requireUser: true,
    fields: {
      status: { type: String, options: (v: unknown) => STATUSES.includes(v as string), error: '审核状态无效。' },
      programmeId: optionalId('请选择一期彩虹桥项目。'),
    },
    rateLimit: perMinute(60),
  },
  ({ user, params }) => listReviews(user!, params),
)

defineFunction('listFundedProjects', { fields: programmeId, rateLimit: perMinute(120) }, ({ params }) => listFunded(params.programmeId))

defineFunction('getFundedProject', { fields: applicationId, rateLimit: perMinute(120) }, ({ params }) => getFunded(params.applicationId))

defineFunction(
  'postWelfareProgress',
  {
    requireUser: true,
    fields: {
      ...applicationId,
      text: { type: String, required: true, error: '请填写进展内容。' },
      photoIds: { type: Array, error: '照片无效，请重新上传。' },
      final: { type: Boolean, error: '是否为结项报告只能选是或否。' },
    },
    rateLimit: perMinute(20),
  },
  ({ user, params }) => postProgress(user!, params),
)

defineFunction(
  'completeWelfareProject',
  { requireUser: true, fields: { ...applicationId, comment: { type: String, error: '意见里有无法识别的字符。' } }, rateLimit: perMinute(20) },
  ({ user, params }) => completeProject(user!, params.applicationId, params.comment),
)
