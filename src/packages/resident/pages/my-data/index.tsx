import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '../../../../app/PageShell'
import { useFeature } from '../../../../app/use-feature'
import { privacyFeature } from '../../../../features/privacy'
import { ROUTES } from '../../../../app/routes'
import { useStores } from '../../../../app/stores-context'
import { useScreen } from '../../../../app/use-screen'
import { SessionGate } from '../../../../components/SessionGate'
import { MyDataView } from '../../../../features/privacy/components/MyDataView'

/** 我的数据: everything held about me, exported as a JSON file; deleting my account. */
function MyDataPage() {
  const { session, platform } = useStores()
  const { myData } = useFeature(privacyFeature)
  useScreen(myData)
  return (
    <PageShell>
      <SessionGate session={session} signedOutDetail='登录后查看同心社区保存的您的信息'>
        <View className='tx-page'>
          <MyDataView
            store={myData}
            exportLabel={platform.name === 'weapp' ? '导出为文件，发送到微信聊天' : '导出为文件（下载）'}
            onDeleted={() => void Taro.switchTab({ url: ROUTES.home })}
          />
        </View>
      </SessionGate>
    </PageShell>
  )
}

export default observer(MyDataPage)
