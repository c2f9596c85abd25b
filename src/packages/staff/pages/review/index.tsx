import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { registrationFeature } from '@/features/registration'
import { useStores } from '@/app/stores-context'
import { SessionGate } from '@/components/SessionGate'
import { capabilitiesOf } from '@/domain/roles'
import { StateView } from '@/components/StateView'
import { ReviewPanel } from '@/features/registration/components/ReviewPanel'

/** One registration for review, loaded by its id (a reload or a shared link works): approve, or reject with a reason. */
function ReviewPage() {
  const { session } = useStores()
  const { review } = useFeature(registrationFeature)
  const opened = review.opened
  const id = decodeURIComponent(useRouter().params.id ?? '')
  const allowed = capabilitiesOf(session.me).reviewRegistrations
  useEffect(() => {
    if (allowed && id) void opened.open(id)
  }, [allowed, id, opened])
  const body = () => {
    if (!id || opened.status === 'notFound') return <StateView kind='empty' title='找不到这条登记' detail='它可能已被撤回，请回到列表刷新。' />
    if (opened.status === 'refused') return <StateView kind='empty' title='无法查看这条登记' detail={opened.error} />
    if (opened.status === 'error') return <StateView kind='error' title='加载失败' detail={opened.error} actionText='重试' onAction={() => void opened.open(id)} />
    if (opened.registration) return <ReviewPanel store={opened} onDone={() => void Taro.navigateBack()} />
    return <StateView kind='loading' title='正在加载…' />
  }
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='社区工作人员登录后审核住户登记' allowed={allowed}>
        <View className='tx-page'>{body()}</View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(ReviewPage)
