import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { privacyFeature } from '@/features/privacy'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { MyDataView } from '@/features/privacy/components/MyDataView'

/** 我的数据: everything held about me, exported as a JSON file; deleting my account. */
function MyDataPage() {
  const { platform } = useStores()
  const { myData } = useFeature(privacyFeature)
  useScreen(myData)
  return (
    <PageShell signedOutDetail='登录后查看同心社区保存的您的信息'>
      <MyDataView
        store={myData}
        exportLabel={platform.name === 'weapp' ? '导出为文件，发送到微信聊天' : '导出为文件（下载）'}
        onDeleted={() => void Taro.switchTab({ url: ROUTES.home })}
      />
    </PageShell>
  )
}

export default observer(MyDataPage)
