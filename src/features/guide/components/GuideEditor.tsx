import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { confirmAction } from '@/components/confirm'
import { FormField } from '@/components/FormField'
import { SelectField } from '@/components/SelectField'
import { StateView } from '@/components/StateView'
import { Button } from '@/components/ui'
import type { GuideEditStore } from '../stores/guide-edit-store'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import './guide.css'

const ItemForm = observer(function ItemForm({ store }: { store: GuideEditStore }) {
  const draft = store.editing
  if (!draft) return null
  return (
    <View className='tx-card' aria-label={draft.itemId ? '编辑条目' : '新增条目'}>
      <Text className='tx-card__title'>{draft.itemId ? '编辑条目' : '新增条目'}</Text>
      <TextField label='标题' placeholder='例如 办理居住证' maxLength={30} value={draft.title} onChange={(v) => store.setTitle(v)} />
      <FormField label='内容' hint='在哪里办、带什么、几点开门'>
        <TextBox label='内容' maxlength={-1} value={draft.body} onChange={(v) => store.setBody(v)} />
      </FormField>
      <FieldError error={store.editError} />
      <View className='tx-guide__actions'>
        <Button type='primary' loading={store.saving} onClick={() => void store.save()}>
          保存
        </Button>
        <Button type='default' onClick={() => store.cancelEdit()}>
          取消
        </Button>
      </View>
    </View>
  )
})

/** Staff edit their community's newcomer guide: add, edit, reorder with buttons, delete after asking. */
export const GuideEditor = observer(function GuideEditor({ store }: { store: GuideEditStore }) {
  if (store.status === 'idle' || (store.status === 'loading' && store.communities.length === 0)) return <StateView kind='loading' title='正在加载…' />
  if (store.status === 'error')
    return <StateView kind='error' title='加载失败' detail={store.error} actionText='重新加载' onAction={() => void store.refresh()} />
  const remove = async (id: string, title: string) => {
    if (await confirmAction('删除条目', `确定删除“${title}”吗？居民将不再看到这一条。`, '删除')) await store.remove(id)
  }
  if (store.communities.length === 0) return <StateView kind='empty' title='您还没有负责的社区' detail='请联系街道开通后再编辑新居民指南。' />
  const list = store.sorted
  return (
    <View className='tx-guide-edit'>
      {store.communities.length > 1 ? (
        <SelectField
          label='社区'
          options={store.communities.map((c) => c.name)}
          value={store.community?.name ?? ''}
          placeholder='请选择要编辑的社区'
          onChange={(i) => void store.pickCommunity(store.communities[i]?.id ?? '')}
        />
      ) : (
        <Text className='tx-card__title'>{store.community?.name}的新居民指南</Text>
      )}
      {store.community && <ItemForm store={store} />}
      {store.community && !store.editing && (
        <Button className='tx-guide__new' type='primary' block onClick={() => store.startNew()}>
          新增条目
        </Button>
      )}
      {store.community && store.status === 'loading' && <StateView kind='loading' title='正在加载…' />}
      {store.community && store.status === 'ready' && list.length === 0 && <StateView kind='empty' title='还没有条目' detail='点“新增条目”写第一条。' />}
      {list.map((item, i) => (
        <View className='tx-card' key={item.id} aria-label={item.title}>
          <Text className='tx-guide__title'>
            {i + 1}. {item.title}
          </Text>
          {item.body && <Text className='tx-guide__body'>{item.body}</Text>}
          <View className='tx-guide__actions'>
            <Button type='default' onClick={() => store.startEdit(item.id)}>
              编辑
            </Button>
            <Button type='default' disabled={i === 0 || store.busyId !== null} onClick={() => void store.move(item.id, -1)}>
              上移
            </Button>
            <Button type='default' disabled={i === list.length - 1 || store.busyId !== null} onClick={() => void store.move(item.id, 1)}>
              下移
            </Button>
            <Button type='danger' disabled={store.busyId !== null} onClick={() => void remove(item.id, item.title)}>
              删除
            </Button>
          </View>
        </View>
      ))}
    </View>
  )
})
