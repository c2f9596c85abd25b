import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import { Button } from '@/components/ui'
import { formatDateTime } from '@/domain/time'
import type { MyDataStore } from '../stores/my-data-store'
import { DeleteAccountPanel } from './DeleteAccountPanel'
import { MyDataSections } from './MyDataSections'
import './privacy.css'
import './privacy-popup.css'

export interface MyDataViewProps {
  store: MyDataStore
  /** WeChat shares a file into a chat; a browser downloads it. */
  exportLabel: string
  onDeleted: () => void
}

/** 我的数据: everything held about me, the export, and deleting my account. */
export const MyDataView = observer(function MyDataView({ store, exportLabel, onDeleted }: MyDataViewProps) {
  if (store.status === 'idle' || store.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.status === 'error' || !store.data)
    return <StateView kind='error' title='加载失败' detail={store.error} actionText='重新加载' onAction={() => void store.load()} />
  return (
    <View>
      <View className='tx-card'>
        <Text className='tx-data__para'>这里是同心社区保存的关于您的全部信息（{formatDateTime(store.data.exportedAt)} 读取）。您可以导出一份，也可以删除账号。</Text>
        <View className='tx-data__actions'>
          <Button className='tx-data__export' type='primary' block loading={store.exporting} onClick={() => void store.exportFile()}>
            {exportLabel}
          </Button>
        </View>
      </View>
      <MyDataSections data={store.data} />
      <DeleteAccountPanel store={store} onDeleted={onDeleted} />
    </View>
  )
})
