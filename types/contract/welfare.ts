/**
 * Parameters of Rainbow Bridge welfare projects. Fields are checked by their kind only: the
 * rules (amounts in fen, totals, dates, lengths) are validateApplication's and
 * validateProgramme's, run by the handler, so the form and the server say the same sentence.
 */
import * as v from 'valibot'
import type { WelfareApplicationFields, WelfareProgrammeInput, WelfareStatus } from '../api-welfare'
import { WELFARE_MESSAGES as M } from '@/domain/messages'
import { id, noParams, oneOf, optionalFlag, optionalId, optionalList, optionalNum, optionalText, plainObject, ruled, SHARED_MESSAGES, text } from './rules'

const applicationEntries = {
  applicantKind: optionalText(M.applicantKind),
  orgName: optionalText(M.orgName),
  orgRegNo: optionalText(M.orgRegNo),
  showFullName: optionalFlag(M.showFullName),
  projectName: optionalText(M.projectName),
  category: optionalText(M.category),
  beneficiaries: optionalText(M.beneficiaries),
  beneficiaryCount: optionalNum(M.beneficiaryCount),
  communityIds: optionalList(M.communityIds),
  startDate: optionalText(M.date),
  endDate: optionalText(M.date),
  items: optionalList(M.items),
  totalFen: optionalNum('预算总额必须是数字。'),
  description: optionalText('请填写项目简介。'),
  outcomes: optionalText('请填写预期成效。'),
  attachmentIds: optionalList(M.attachments),
}

/** An application's fields, by kind (the form's own checks are validateApplication). */
export const welfareApplicationForm = v.object(applicationEntries)

const APPLICATION = '请选择一份申请。'
const PROGRAMME = '请选择一期彩虹桥项目。'
const applicationId = { applicationId: id(APPLICATION) }
const programmeId = { programmeId: id(PROGRAMME) }
const STATUSES: readonly WelfareStatus[] = ['draft', 'submitted', 'revise', 'passed', 'approved', 'rejected', 'withdrawn', 'completed']
const COMMENT = optionalText(M.comment)

const programmeEntries = {
  programmeId: optionalId(PROGRAMME),
  name: optionalText(M.projectName),
  budgetFen: optionalNum('总预算必须是数字。'),
  capFen: optionalNum('单个项目上限必须是数字。'),
  opensOn: optionalText(M.opensOn),
  closesOn: optionalText(M.closesOn),
  categories: optionalList(M.categories),
  criteria: optionalList('请设置评分标准。'),
}

/** A programme's fields, by kind (the form's own checks are validateProgramme). */
export const welfareProgrammeForm = v.object(programmeEntries)

export const welfareContract = {
  listWelfareProgrammes: noParams,
  getWelfareProgramme: v.object(programmeId),
  saveWelfareProgramme: ruled<WelfareProgrammeInput & { programmeId?: string }>()(welfareProgrammeForm),
  saveWelfareApplication: ruled<WelfareApplicationFields & { applicationId?: string; programmeId: string }>()(v.object({ ...applicationEntries, ...programmeId, applicationId: optionalId(APPLICATION) })),
  submitWelfareApplication: v.object(applicationId),
  withdrawWelfareApplication: v.object(applicationId),
  reviewWelfareApplication: ruled<{ applicationId: string; decision: 'pass' | 'revise' | 'reject' | 'approve'; scores?: Record<string, number>; amountFen?: number; comment: string }>()(v.object({
      ...applicationId,
      decision: oneOf(['pass', 'revise', 'reject', 'approve'], '请选择审核结果。'),
      scores: v.optional(plainObject(M.scores)),
      amountFen: optionalNum('批准金额必须是数字。'),
      comment: COMMENT,
    })),
  myWelfareApplications: noParams,
  getWelfareApplication: v.object(applicationId),
  listWelfareReviews: v.object({ status: v.optional(oneOf(STATUSES, '审核状态无效。')), programmeId: optionalId(PROGRAMME) }),
  listFundedProjects: v.object(programmeId),
  getFundedProject: v.object(applicationId),
  postWelfareProgress: ruled<{ applicationId: string; text: string; photoIds?: string[]; final?: boolean }>()(v.object({ ...applicationId, text: text('请填写进展内容。'), photoIds: optionalList(SHARED_MESSAGES.photo), final: optionalFlag('是否为结项报告只能选是或否。') })),
  completeWelfareProject: v.object({ ...applicationId, comment: COMMENT }),
}
