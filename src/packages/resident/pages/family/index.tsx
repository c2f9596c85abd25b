import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { familyFeature } from '../../../../features/family'
import { ROUTES } from '../../../../app/routes'
import { useStores } from '../../../../app/stores-context'
import { useScreen } from '../../../../app/use-screen'
import { SessionGate } from '../../../../components/SessionGate'
import { Button } from '../../../../components/ui'
import { familyLinkTitle } from '../../../../domain/family'
import { FamilyView } from '../../../../features/family/components/FamilyView'

/** 家属代办: link to a senior, confirm a family member, act for a senior, see acts done for me. */
function FamilyPage() {
  const { session } = useStores()
  const { family } = useFeature(familyFeature)
  useScreen(family)
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后为家里的长辈代办'>
        <View className='tx-page'>
          <FamilyView store={family} onActFor={(link) => link.other.userId && void Taro.navigateTo({ url: ROUTES.seniorHome(link.other.userId, familyLinkTitle(link)) })} />
          <Button className='tx-care-only' type='default' block onClick={() => void family.refresh()}>
            刷新
          </Button>
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(FamilyPage)
