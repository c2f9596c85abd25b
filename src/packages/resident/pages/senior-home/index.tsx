import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { familyFeature } from '@/features/family'
import { useSignedInLoad } from '@/app/use-signed-in-load'
import { StateView } from '@/components/StateView'
import { Button } from '@/components/ui'
import { ROUTES } from '@/app/routes'
import { ContactCard } from '@/features/home/components/ContactCard'
import { PlaceCard } from '@/features/home/components/PlaceCard'

/** Acting for a linked senior: their home and their steward, each act recorded as done by me. */
function SeniorHomePage() {
  const { actFor } = useFeature(familyFeature)
  const { userId = '', name = '' } = useRouter().params
  const seniorName = decodeURIComponent(name)
  useSignedInLoad(() => void actFor.open(decodeURIComponent(userId), seniorName))
  const h = actFor.home
  return (
    <PageShell signedOutDetail='登录后为长辈代办'>
      <Text className='tx-card__title'>正在为{seniorName}代办，每次操作都会告诉长辈是您做的。</Text>
      {actFor.status === 'error' && <StateView kind='error' title='加载失败' detail={actFor.error} actionText='重试' onAction={() => void actFor.open(actFor.seniorId ?? '', seniorName)} />}
      {actFor.status === 'loading' && !h && <StateView kind='loading' title='正在加载…' />}
      {h && (
        <View>
          <ContactCard
            title={`${seniorName}的楼道红管家`}
            subtitle={h.building.name}
            contact={h.steward}
            emptyText='长辈的楼栋暂时没有红管家，有事请联系社区。'
            callLabel={`替${seniorName}给红管家打电话`}
            calling={actFor.calling === 'steward'}
            onCall={() => void actFor.call('steward')}
          >
            {h.steward && (
              <Button type='primary' block onClick={() => void Taro.navigateTo({ url: ROUTES.helpNew(decodeURIComponent(userId)) })}>
                {`替${seniorName}向红管家求助`}
              </Button>
            )}
          </ContactCard>
          <ContactCard
            title={`${seniorName}的微网格长`}
            contact={h.microGrid?.leader ?? null}
            emptyText='长辈的微网格暂时没有网格长。'
            callLabel={`替${seniorName}给微网格长打电话`}
            calling={actFor.calling === 'gridLeader'}
            onCall={() => void actFor.call('gridLeader')}
          />
          <PlaceCard home={h} title={`${seniorName}的家`} />
        </View>
      )}
    </PageShell>
  )
}

export default observer(SeniorHomePage)
