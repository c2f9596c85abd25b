import { useEffect } from 'react'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { SessionGate } from '@/components/SessionGate'
import { CareHome } from '@/features/care/components/CareHome'
import { HomeView } from '@/features/home/components/HomeView'
import { ProblemCareButton } from '@/features/problems/components/ProblemCareButton'
import { TodayNotices } from '@/features/notices/components/TodayNotices'
import { RegistrationStatusCard } from '@/features/registration/components/RegistrationStatusCard'
import { greeting } from '@/domain/local-time'
import { careContacts } from './care-contacts'

function IndexPage() {
  const { session, home, registration, care, noticeFeed } = useStores()
  const go = (url: string) => void Taro.navigateTo({ url })

  // Load when a person is signed in and nothing is loaded: on open, after sign-in, after a reset.
  useEffect(() => {
    if (session.isSignedIn && home.status === 'idle') void home.load()
  }, [session.isSignedIn, home.status, home])
  // The 公告 tab's unread badge shows from the first screen, not only once the tab is opened.
  useEffect(() => {
    if (session.isSignedIn) void noticeFeed.refreshUnread()
  }, [session.isSignedIn, noticeFeed])
  // No home yet: a registration may be waiting for review or back for correction.
  useEffect(() => {
    if (home.status === 'noHome' && registration.mineStatus === 'idle') void registration.loadMine()
  }, [home.status, registration.mineStatus, registration])
  // Loading is driven by the effects above (home, then the registration when there is none).
  useScreen(null, { refresh: () => (home.status === 'noHome' ? Promise.all([home.refresh(), registration.loadMine()]) : home.refresh()) })
  useShareAppMessage(() => ({ title: '同心社区：找得到红管家，看得到社区事', path: ROUTES.home }))

  const waiting = home.status === 'noHome' ? registration.awaiting : null
  const h = home.home
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看您的楼道红管家和微网格长'>
        <View className='tx-page'>
          {waiting ? (
            <RegistrationStatusCard registration={waiting} detailed={false} onCorrect={() => go(ROUTES.register)} onOpen={() => go(ROUTES.registration)} />
          ) : care.enabled && home.status === 'ready' && h ? (
            <>
              <CareHome
                greeting={`${greeting()}，${session.me?.displayName ?? ''}`}
                address={home.addressLine}
                stewardName={h.steward?.name ?? null}
                contacts={careContacts(h)}
                calling={home.calling}
                onCall={(kind) => void (kind === 'community' ? home.callCommunity() : home.call(kind))}
                onShowNotices={() => void noticeFeed.load()}
                stewardDutyHours={h.steward?.dutyHours ?? null}
                onAskHelp={() => go(ROUTES.helpNew())}
                todayNotices={<TodayNotices notices={noticeFeed.today} onOpen={(id) => go(ROUTES.noticeDetail(id))} />}
              />
              <ProblemCareButton onOpen={() => go(ROUTES.problemReport(true))} />
            </>
          ) : (
            <HomeView
              store={home}
              displayName={session.me?.displayName ?? ''}
              onRegister={() => go(ROUTES.register)}
              onHelp={() => go(ROUTES.helpNew())}
              onMyHelp={() => go(ROUTES.helpMine)}
            />
          )}
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(IndexPage)
