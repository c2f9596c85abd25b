import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { guideFeature } from '@/features/guide'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { capabilitiesOf } from '@/domain/roles'
import { GuideEditor } from '@/features/guide/components/GuideEditor'

/** 编辑新居民指南: community staff keep their community's newcomer checklist up to date. */
function GuideEditPage() {
  const { session } = useStores()
  const { edit: guideEdit } = useFeature(guideFeature)
  const allowed = capabilitiesOf(session.me).editGuide
  useScreen(null, {
    when: allowed,
    reload: 'once',
    load: () => guideEdit.status === 'idle' && guideEdit.open(),
    refresh: () => guideEdit.refresh(),
  })
  return (
    <PageShell signedOutDetail='社区工作人员登录后编辑新居民指南' allowed={allowed} deniedText='这一页只对社区工作人员开放。'>
      <GuideEditor store={guideEdit} />
    </PageShell>
  )
}

export default observer(GuideEditPage)
