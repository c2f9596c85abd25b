import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { noticesFeature } from '@/features/notices'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { capabilitiesOf } from '@/domain/roles'
import { confirmAction } from '@/components/confirm'
import { Button } from '@/components/ui'
import { PublishForm } from '@/features/notices/components/PublishForm'

/** 发布公告 (or 编辑 with ?id=): stewards to their buildings, staff to their community or street. */
function PublishNoticePage() {
  const { session } = useStores()
  const { publish: noticePublish, detail: noticeDetail } = useFeature(noticesFeature)
  const editId = useRouter().params.id ?? null
  const allowed = capabilitiesOf(session.me).publishNotices
  useEffect(() => {
      if (allowed) void noticePublish.start(editId)
  }, [allowed, editId, noticePublish])
  const published = (id: string) => {
    // Editing a published notice goes back to it; a new notice or a finished draft opens as published.
    if (noticePublish.editingId) {
      void noticeDetail.open(id)
      void Taro.navigateBack()
    } else void Taro.redirectTo({ url: ROUTES.noticeDetail(id) })
  }
  return (
    <PageShell signedOutDetail='楼道红管家和工作人员登录后发布公告' allowed={allowed}>
      {!editId && (
        <Button className='tx-page__action' type='default' block onClick={() => void Taro.navigateTo({ url: ROUTES.noticeMine })}>
          我发布的
        </Button>
      )}
      <PublishForm
        store={noticePublish}
        onPublished={published}
        onPreviewImage={(current, urls) => void Taro.previewImage({ current, urls })}
        confirm={(title, content) => confirmAction(title, content, '删除')}
      />
    </PageShell>
  )
}

export default observer(PublishNoticePage)
