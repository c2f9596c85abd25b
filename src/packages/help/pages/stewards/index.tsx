import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { helpFeature } from '@/features/help'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { capabilitiesOf } from '@/domain/roles'
import { StewardAdmin } from '@/features/help/components/StewardAdmin'

/** 红管家安排: staff choose a building, see its stewards and history, assign by phone, end with a reason. */
function StewardsPage() {
  const { session } = useStores()
  const help = useFeature(helpFeature)
  const allowed = capabilitiesOf(session.me).assignStewards
  useScreen(null, {
    load: () => {
      if (allowed && !help.stewards.communities.length) void help.stewards.start()
    },
    refresh: () => help.stewards.reload(),
  })
  return (
    <PageShell signedOutDetail='社区和街道工作人员登录后安排红管家' allowed={allowed}>
      <StewardAdmin store={help.stewards} />
    </PageShell>
  )
}

export default observer(StewardsPage)
