import { helpQueuePage } from '../../help-queue-page'

/** 求助收件箱: the requests of the buildings the steward looks after, waiting ones first. */
export default helpQueuePage({
  queue: 'inbox',
  capability: 'answerHelp',
  signedOutDetail: '楼道红管家登录后查看求助',
  deniedText: '只有楼道红管家可以查看求助收件箱。',
  label: '求助收件箱',
  emptyTitle: '您负责的楼栋暂时没有求助',
})
