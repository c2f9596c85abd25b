import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { welfareFeature } from '@/features/welfare'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { capabilitiesOf } from '@/domain/roles'
import { ProgrammeForm } from '@/features/welfare/components/ProgrammeForm'

/** 发布新一期: street staff open a Rainbow Bridge programme for their street. */
function NewProgrammePage() {
  const { session } = useStores()
  const welfare = useFeature(welfareFeature)
  return (
    <PageShell signedOutDetail='街道工作人员登录后发布彩虹桥项目' allowed={capabilitiesOf(session.me).openProgrammes} deniedText='只有街道工作人员可以发布彩虹桥项目。'>
      <ProgrammeForm store={welfare.programmeForm} onSaved={(id) => void Taro.redirectTo({ url: ROUTES.welfare(id) })} />
    </PageShell>
  )
}

export default observer(NewProgrammePage)
