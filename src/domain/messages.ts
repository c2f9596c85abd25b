/**
 * Sentences a person sees when a field is wrong, said once and used by the rules in src/domain,
 * the cloud functions' parameter schemas (types/contract) and the forms. No imports: a client
 * bundle that needs one sentence carries only these strings.
 */

export const NOTICE_MESSAGES = {
  scope: '请选择发布范围。',
  target: '请选择发布到哪里。',
  title: '请填写标题。',
  body: '请填写正文。',
  category: '请选择公告类别。',
  flag: '置顶和紧急只能选是或否。',
  effectiveFrom: '生效时间不对，请重新选择。',
  expiresAt: '过期时间不对，请重新选择。',
  images: '图片无效，请重新上传。',
  hideReason: '请写明隐藏原因。',
} as const

export const HELP_MESSAGES = {
  kind: '请选择需要哪种帮助。',
  text: '请用文字说明需要什么帮助。',
  urgent: '紧急只能选是或否。',
  reply: '请填写回复内容。',
  resolveNote: '请写一句处理结果。',
  endReason: '请写明结束的原因。',
  intro: '简介请填写文字。',
  dutyHours: '值守时间请填写文字。',
  stewardPhone: '请填写正确的11位手机号。',
} as const

export const ACTIVITY_MESSAGES = {
  title: '请填写活动名称。',
  theme: '请选择活动主题。',
  startsAt: '请选择开始时间。',
  endsAt: '请选择结束时间。',
  signupDeadline: '请选择报名截止时间。',
  capacity: '招募人数必须是大于0的整数。',
  place: '请填写集合地点。',
  fixedHours: '固定时长应为0.5到24之间、以半小时计的数。',
  communityIds: '面向的社区不对，请重新选择。',
  organiserPhone: '组织者手机号应为11位数字。',
  campaignName: '请填写召集令名称。',
  adjustHours: '调整时长应为非零、以半小时计的数。',
} as const

export const PROBLEM_MESSAGES = {
  category: '请选择问题类别。',
  description: '请描述遇到的问题。',
  location: '地点里有无法识别的字符。',
  showName: '是否显示姓名只能选是或否。',
  photos: '照片无效，请重新选择。',
  reply: '请填写答复内容。',
  satisfied: '请选择是否满意。',
  rating: '评分应为1到5颗星。',
  comment: '评价内容无效。',
  building: '请选择问题所在的楼栋。',
  visitBuilding: '请选择住户所在的楼栋。',
  residentPhone: '请填写正确的11位手机号，或者不填。',
  resolveNote: '请写明是怎么解决的。',
  handler: '请选择转派给谁。',
  stars: '请选择1到5颗星。',
} as const

export const WELFARE_MESSAGES = {
  applicantKind: '请选择申请主体。',
  orgName: '请填写团队或组织名称。',
  orgRegNo: '登记证号只能是数字和字母。',
  showFullName: '公开姓名只能选是或否。',
  projectName: '请填写项目名称。',
  category: '请选择项目类别。',
  beneficiaries: '请填写受益对象。',
  beneficiaryCount: '受益人数应为正整数。',
  communityIds: '请重新选择服务的社区。',
  startDate: '请选择开始日期。',
  endDate: '请选择结束日期。',
  date: '日期不对，请重新选择。',
  items: '预算明细格式不对，请重新填写。',
  attachments: '附件无效，请重新上传。',
  opensOn: '请选择开始申报日期。',
  closesOn: '请选择截止日期。',
  categories: '请选择支持的项目类别。',
  scores: '请为每项评分标准打分。',
  comment: '意见里有无法识别的字符。',
} as const

// In its own module: the session store is in the main package (see registration-messages.ts).
export { ACCOUNT_MESSAGES } from './account-messages'

export const FAMILY_MESSAGES = {
  seniorPhone: '请填写长辈的11位手机号。',
} as const

/** A newcomer guide item left empty (the contract's saveGuideItem sentences also name the length). */
export const GUIDE_MESSAGES = {
  title: '请填写标题。',
  body: '请填写内容。',
} as const

// In its own module so the main package's registration store need not carry the sentences above.
export { REGISTRATION_MESSAGES } from './registration-messages'
