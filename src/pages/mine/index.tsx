import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useSignedInLoad } from '@/app/use-signed-in-load'
import { confirmAction } from '@/components/confirm'
import { MenuList } from '@/components/MenuList'
import { SessionGate } from '@/components/SessionGate'
import { ToggleRow } from '@/components/ToggleRow'
import { Button } from '@/components/ui'
import { capabilitiesOf } from '@/domain/roles'
import { ProfileCard } from '@/features/session/components/ProfileCard'

function MinePage() {
  const root = useStores()
  const { session, care } = root
  const can = capabilitiesOf(session.me)
  const go = (url: string) => () => void Taro.navigateTo({ url })
  const { messages } = root.notify
  useSignedInLoad(() => void messages.refreshUnread())

  const signOut = async () => {
    if (!(await confirmAction('退出登录', '确定退出当前账号吗？'))) return
    await root.signOut()
    void Taro.switchTab({ url: ROUTES.home })
  }
  return (
    <PageShell>
      <SessionGate session={session} signedOutTitle='您还没有登录' signedOutDetail='登录后查看个人资料'>
        <View className='tx-page'>
          {session.me && <ProfileCard me={session.me} roleLabel={session.roleLabel} />}
          <View className='tx-card'>
            <ToggleRow label='长辈模式' detail={care.explanation} on={care.enabled} onChange={(on) => care.set(on)} />
            {care.choice !== null && (
              <View className='tx-link tx-mine__auto' role='button' onClick={() => care.followAutomatic()}>
                恢复自动（按年龄和微信字体大小）
              </View>
            )}
          </View>
          <MenuList
            title='消息'
            entries={[{ key: 'messages', label: '我的消息', detail: messages.unread > 0 ? `${messages.unread} 条未读` : '求助进展、活动提醒、审核结果', onOpen: go(ROUTES.messages) }]}
          />
          <MenuList
            title='我的服务'
            entries={[
              { key: 'registration', label: '我的登记', detail: session.me?.hasHome ? '住址已登记' : '登记住址，绑定楼栋', onOpen: go(ROUTES.registration) },
              { key: 'guide', label: '新居民指南', detail: '居住证、入学、医保、垃圾分类…', onOpen: go(ROUTES.guide) },
              { key: 'family', label: '家属代办', detail: '家人帮长辈办事，长辈确认', onOpen: go(ROUTES.family) },
              ...(session.me?.hasHome ? [{ key: 'help', label: '我的求助', detail: '向红管家求助，看处理进度', onOpen: go(ROUTES.helpMine) }] : []),
              { key: 'problem-report', label: '反映问题', detail: '楼道、卫生、安全…交给网格长处理', onOpen: go(ROUTES.problemReport()) },
              { key: 'problem-mine', label: '我反映的问题', detail: '看办理进度，确认是否解决', onOpen: go(ROUTES.problemMine) },
            ]}
          />
          <MenuList
            title='志愿服务'
            entries={[
              { key: 'activities', label: '志愿活动', detail: '红色召集令：报名、候补、签到', onOpen: go(ROUTES.activities) },
              { key: 'my-activities', label: '我的活动', onOpen: go(ROUTES.myActivities) },
              { key: 'time-bank', label: '我的时间银行', detail: '志愿时长、明细和证书', onOpen: go(ROUTES.timeBank) },
            ]}
          />
          <MenuList
            title='彩虹桥公益项目'
            entries={[
              { key: 'welfare', label: '彩虹桥项目', detail: '申请资助、看看资助了哪些项目', onOpen: go(ROUTES.welfare()) },
              { key: 'welfare-mine', label: '我的申请', detail: '草稿、审核进度、项目进展', onOpen: go(ROUTES.welfareMine) },
              ...(can.reviewWelfare ? [{ key: 'welfare-reviews', label: '彩虹桥审核', detail: '社区初审、街道终审', onOpen: go(ROUTES.welfareReviews) }] : []),
            ]}
          />
          {can.handleProblems && (
            <MenuList
              title='居民问题'
              entries={[
                { key: 'problem-queue', label: '问题处理', detail: '答复、办结居民反映的问题', onOpen: go(ROUTES.problemQueue) },
                { key: 'problem-visit', label: '走访登记', detail: '录入集中走访日收集的问题', onOpen: go(ROUTES.problemVisit) },
                ...(can.seeProblemStats ? [{ key: 'problem-stats', label: '问题统计', detail: '答复率、解决率、满意度', onOpen: go(ROUTES.problemStats) }] : []),
              ]}
            />
          )}
          {can.publishNotices && (
            <MenuList
              title='公告'
              entries={[
                { key: 'notice-publish', label: '发布公告', detail: '发到您负责的楼栋、社区或街道', onOpen: go(ROUTES.noticePublish()) },
                { key: 'notice-mine', label: '我发布的', detail: '看看多少户已读', onOpen: go(ROUTES.noticeMine) },
              ]}
            />
          )}
          {can.answerHelp && (
            <MenuList
              title='楼道红管家'
              entries={[
                { key: 'help-inbox', label: '求助收件箱', detail: '受理、回复、解决居民的求助', onOpen: go(ROUTES.helpInbox) },
                { key: 'steward-profile', label: '我的红管家名片', detail: '照片、简介、值守时间', onOpen: go(ROUTES.stewardProfile) },
              ]}
            />
          )}
          {(can.reviewRegistrations || can.assignStewards) && (
            <MenuList
              title='社区工作'
              entries={[
                ...(can.reviewRegistrations ? [{ key: 'review', label: '住户登记审核', onOpen: go(ROUTES.registrations) }] : []),
                ...(can.assignStewards ? [{ key: 'stewards', label: '红管家安排', detail: '为楼栋安排或更换红管家', onOpen: go(ROUTES.stewardAssign) }] : []),
                ...(can.takeEscalatedHelp ? [{ key: 'help-escalated', label: '转来的求助', detail: '超时无人受理的求助', onOpen: go(ROUTES.helpEscalated) }] : []),
                ...(can.registerForResidents ? [{ key: 'register-for', label: '代居民登记', detail: '为没有智能手机的居民登记', onOpen: go(ROUTES.registerFor) }] : []),
                ...(can.editGuide ? [{ key: 'guide-edit', label: '编辑新居民指南', onOpen: go(ROUTES.guideEdit) }] : []),
              ]}
            />
          )}
          <MenuList
            title='隐私'
            entries={[
              { key: 'my-data', label: '我的数据', detail: '查看、导出、删除账号', onOpen: go(ROUTES.myData) },
              { key: 'access-log', label: '谁查看过我的资料', onOpen: go(ROUTES.accessLog) },
              { key: 'privacy', label: '隐私保护指引', onOpen: go(ROUTES.privacy) },
            ]}
          />
          <Button className='tx-mine__signout' block type='default' onClick={() => void signOut()}>
            退出登录
          </Button>
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(MinePage)
