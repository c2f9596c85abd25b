import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useStores } from '../../../../app/stores-context'
import { SessionGate } from '../../../../components/SessionGate'
import { StateView } from '../../../../components/StateView'
import { ReviewPanel } from '../../../../features/registration/components/ReviewPanel'

/** One registration for review: approve, or reject with a reason. */
function ReviewPage() {
  const { session, review } = useStores()
  const id = decodeURIComponent(useRouter().params.id ?? '')
  useEffect(() => {
    if (session.isStaff && id) void review.open(id)
  }, [session.isStaff, id, review])
  const body = () => {
    if (!id || review.notFound) return <StateView kind='empty' title='找不到这条登记' detail='它可能已被撤回，或不属于您的社区。' />
    if (review.selected) return <ReviewPanel store={review} onDone={() => void Taro.navigateBack()} />
    if (review.status === 'error') return <StateView kind='error' title='加载失败' detail={review.error} actionText='重试' onAction={() => void review.open(id)} />
    return <StateView kind='loading' title='正在加载…' />
  }
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='社区工作人员登录后审核住户登记' allowed={session.isStaff}>
        <View className='tx-page'>{body()}</View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(ReviewPage)
