import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { noticesFeature } from '@/features/notices'
import { ROUTES } from '@/app/routes'
import { useScreen } from '@/app/use-screen'
import { Button, Input } from '@/components/ui'
import { NoticeList } from '@/features/notices/components/NoticeList'

/** 历史公告: every notice of the person's street, community and building, expired ones too, with search. */
function NoticeHistoryPage() {
  const { history: noticeHistory } = useFeature(noticesFeature)
  useScreen(null, {
    load: () => {
      if (noticeHistory.list.status === 'idle') void noticeHistory.search()
    },
    refresh: false,
    more: () => noticeHistory.list.loadMore(),
  })
  return (
    <PageShell signedOutDetail='登录后查看历史公告'>
      <View className='tx-card tx-notices-head'>
        <Input
          className='tx-input'
          aria-label='搜索公告'
          placeholder='输入标题或正文里的字'
          value={noticeHistory.query}
          onChange={(v: string) => noticeHistory.setQuery(v)}
          onConfirm={() => void noticeHistory.search()}
        />
        <Button type='primary' size='small' onClick={() => void noticeHistory.search()}>
          搜索
        </Button>
      </View>
      <NoticeList
        list={noticeHistory.list}
        emptyTitle='没有找到公告'
        emptyDetail='换个词试试。'
        onOpen={(id) => void Taro.navigateTo({ url: ROUTES.noticeDetail(id) })}
      />
    </PageShell>
  )
}

export default observer(NoticeHistoryPage)
