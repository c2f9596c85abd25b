import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { helpFeature } from '@/features/help'
import { useStores } from '@/app/stores-context'
import { useSignedInLoad } from '@/app/use-signed-in-load'
import { capabilitiesOf } from '@/domain/roles'
import { StewardCardForm } from '@/features/help/components/StewardCardForm'

/** 我的红管家名片: the steward edits what residents see on the home steward card. */
function StewardProfilePage() {
  const { session } = useStores()
  const help = useFeature(helpFeature)
  const allowed = capabilitiesOf(session.me).answerHelp
  useSignedInLoad(() => {
    if (allowed) void help.profile.load()
  })
  return (
    <PageShell signedOutDetail='楼道红管家登录后编辑名片' allowed={allowed} deniedText='只有楼道红管家可以编辑红管家名片。'>
      <StewardCardForm store={help.profile} />
    </PageShell>
  )
}

export default observer(StewardProfilePage)
