import { useEffect } from 'react'
import { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { activitiesFeature } from '@/features/activities'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { confirmAction } from '@/components/confirm'
import { ManageView } from '@/features/activities/components/ManageView'

/** 签到码与考勤 (organiser): the code refreshes by itself, the roster on pull-down. */
function ManagePage() {
  const { session } = useStores()
  const activities = useFeature(activitiesFeature)
  const { manage } = activities
  const id = useRouter().params.id ?? ''
  useScreen(null, { when: !!id, load: () => manage.open(id), refresh: () => manage.loadRoster() })
  useEffect(() => {
    // Codes change every minute; asking every 10 s keeps the screen at most 10 s behind.
    const timer = setInterval(() => {
      if (session.isSignedIn && !manage.confirmed) void manage.refreshCode().then(() => manage.loadRoster())
    }, 10_000)
    return () => clearInterval(timer)
  }, [manage, session])
  return (
    <PageShell signedOutDetail='登录后管理活动'>
      <ManageView store={manage} confirm={confirmAction} />
    </PageShell>
  )
}

export default observer(ManagePage)
