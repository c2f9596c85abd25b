import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { CheckRow } from '@/components/CheckRow'
import { Button } from '@/components/ui'
import type { MyDataStore } from '../stores/my-data-store'
import { FieldError } from '@/components/FieldError'
import './privacy.css'
import './privacy-popup.css'

/** Deleting the account, in two deliberate steps, saying what goes and what stays. */
export const DeleteAccountPanel = observer(function DeleteAccountPanel({ store, onDeleted }: { store: MyDataStore; onDeleted: () => void }) {
  if (store.deleteStep === 'idle')
    return (
      <Button className='tx-data__delete' type='danger' block onClick={() => store.beginDelete()}>
        删除我的账号
      </Button>
    )
  const confirm = async () => {
    if (await store.confirmDelete()) onDeleted()
  }
  return (
    <View className='tx-card tx-data__danger' role='region' aria-label='删除账号'>
      <Text className='tx-data__danger-title'>删除账号前请看清楚</Text>
      <Text className='tx-data__para'>将删除：您的姓名、手机号、住址、家庭成员、出生年份、来自哪里、工作单位，以及登录方式和家属关联。</Text>
      <Text className='tx-data__para'>
        将保留但不再显示您的身份：别人依赖的记录，如志愿服务时长、获得资助的公益项目，署名改为“已注销用户”。
      </Text>
      <Text className='tx-data__para'>删除后无法恢复；如需再次使用，要重新登录并登记。建议先导出一份数据留存。</Text>
      <CheckRow checked={store.understood} onChange={(v) => store.setUnderstood(v)} label='我已了解删除后无法恢复'>
        <Text>我已了解删除后无法恢复</Text>
      </CheckRow>
      <FieldError error={store.deleteError} />
      <View className='tx-data__danger-actions'>
        <Button type='danger' block loading={store.deleteStep === 'deleting'} disabled={!store.understood} onClick={() => void confirm()}>
          确认删除账号
        </Button>
        <Button type='default' block disabled={store.deleteStep === 'deleting'} onClick={() => store.cancelDelete()}>
          不删了
        </Button>
      </View>
    </View>
  )
})
