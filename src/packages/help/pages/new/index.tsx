import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { helpFeature } from '@/features/help'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { HelpForm } from '@/features/help/components/HelpForm'

/** 求助 (from home, care mode, or for a senior with ?forUserId=): sent to the building's stewards. */
function NewHelpPage() {
  const { home } = useStores()
  const help = useFeature(helpFeature)
  const forUserId = useRouter().params.forUserId ?? null
  useEffect(() => help.form.start(forUserId), [forUserId, help.form])
  const building = !forUserId && home.home ? `${home.home.compound.name}${home.home.building.name}的红管家` : undefined
  const sent = (id: string) => {
    help.sent()
    void Taro.redirectTo({ url: ROUTES.helpDetail(id) + (forUserId ? `&forUserId=${encodeURIComponent(forUserId)}` : '') })
  }
  return (
    <PageShell signedOutDetail='登录并完成住户登记后，可以向楼道红管家求助'>
      <HelpForm store={help.form} to={building} onSent={sent} />
    </PageShell>
  )
}

export default observer(NewHelpPage)
