import { helpQueuePage } from '../../help-queue-page'

/** 转来的求助: requests nobody accepted in time, for the community's staff to take on. */
export default helpQueuePage({
  queue: 'escalated',
  capability: 'takeEscalatedHelp',
  signedOutDetail: '社区工作人员登录后查看转来的求助',
  deniedText: '只有社区工作人员可以查看转来的求助。',
  label: '转来的求助',
  emptyTitle: '暂时没有转来的求助',
})
