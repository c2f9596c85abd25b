import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { familyFeature } from '@/features/family'
import { ROUTES } from '@/app/routes'
import { useScreen } from '@/app/use-screen'
import { CareRefreshButton } from '@/components/CareRefreshButton'
import { familyLinkTitle } from '@/domain/family'
import { FamilyView } from '@/features/family/components/FamilyView'

/** 家属代办: link to a senior, confirm a family member, act for a senior, see acts done for me. */
function FamilyPage() {
  const { family } = useFeature(familyFeature)
  useScreen(family)
  return (
    <PageShell signedOutDetail='登录后为家里的长辈代办'>
      <FamilyView store={family} onActFor={(link) => link.other.userId && void Taro.navigateTo({ url: ROUTES.seniorHome(link.other.userId, familyLinkTitle(link)) })} />
      <CareRefreshButton onRefresh={() => void family.refresh()} />
    </PageShell>
  )
}

export default observer(FamilyPage)
