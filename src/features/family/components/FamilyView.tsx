import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { FamilyLinkView } from '@contract/domain'
import { confirmAction } from '@/components/confirm'
import { StateView } from '@/components/StateView'
import { Button } from '@/components/ui'
import { familyLinkTitle } from '@/domain/family'
import { formatDateTime } from '@/domain/time'
import type { FamilyStore } from '../stores/family-store'
import { FamilyLinkRow } from './FamilyLinkRow'
import { TextField } from '@/components/TextField'
import './family.css'

export interface FamilyViewProps {
  store: FamilyStore
  onActFor: (link: FamilyLinkView) => void
}

/** 家属代办: link to a senior, answer a family member, end a link, and see what family did for me. */
export const FamilyView = observer(function FamilyView({ store, onActFor }: FamilyViewProps) {
  if (store.status === 'idle' || store.status === 'loading') return <StateView kind='loading' title='正在加载…' />
  if (store.status === 'error')
    return <StateView kind='error' title='加载失败' detail={store.error} actionText='重新加载' onAction={() => void store.load()} />
  const unlink = async (link: FamilyLinkView) => {
    if (await confirmAction('解除关联', `确定解除与${familyLinkTitle(link)}的家属关联吗？解除后对方不能再为您或由您代办。`, '解除')) await store.remove(link.id)
  }
  const withdraw = async (link: FamilyLinkView) => {
    if (await confirmAction('撤回申请', `确定撤回发给${familyLinkTitle(link)}的关联申请吗？`, '撤回')) await store.remove(link.id)
  }
  const busy = (link: FamilyLinkView) => store.busyId === link.id
  return (
    <View className='tx-family'>
      <View className='tx-card'>
        <Text className='tx-card__title'>我照顾的长辈</Text>
        {store.liveSeniors.length === 0 && <Text className='tx-muted'>还没有关联长辈。</Text>}
        {store.liveSeniors.map((link) => (
          <FamilyLinkRow
            key={link.id}
            link={link}
            side='asker'
            busy={busy(link)}
            actions={
              link.status === 'confirmed'
                ? [
                    { label: '代办', kind: 'primary', onPress: () => onActFor(link) },
                    { label: '解除', onPress: () => void unlink(link) },
                  ]
                : [{ label: '撤回', onPress: () => void withdraw(link) }]
            }
          />
        ))}
        <TextField label='添加长辈' hint='填写长辈在同心社区登录用的手机号，长辈确认后即可代办' error={store.phoneError} name='长辈手机号' type='tel' placeholder='11位手机号' maxLength={13} value={store.phone} onChange={(v) => store.setPhone(v)} />
        <Button type='primary' block loading={store.requesting} onClick={() => void store.request()}>
          发送关联请求
        </Button>
      </View>
      {store.toConfirm.length > 0 && (
        <View className='tx-card' aria-label='等您确认'>
          <Text className='tx-card__title'>想照顾您的家人（等您确认）</Text>
          {store.toConfirm.map((link) => (
            <FamilyLinkRow
              key={link.id}
              link={link}
              side='senior'
              busy={busy(link)}
              actions={[
                { label: '同意', kind: 'primary', onPress: () => void store.answer(link.id, true) },
                { label: '拒绝', onPress: () => void store.answer(link.id, false) },
              ]}
            />
          ))}
        </View>
      )}
      <View className='tx-card'>
        <Text className='tx-card__title'>照顾我的家人</Text>
        {store.confirmedFamily.length === 0 && <Text className='tx-muted'>还没有家人为您代办。</Text>}
        {store.confirmedFamily.map((link) => (
          <FamilyLinkRow key={link.id} link={link} side='senior' busy={busy(link)} actions={[{ label: '解除', onPress: () => void unlink(link) }]} />
        ))}
      </View>
      {store.history.length > 0 && (
        <View className='tx-card' aria-label='关联记录'>
          <Text className='tx-card__title'>关联记录</Text>
          {store.history.map(({ link, side }) => (
            <FamilyLinkRow key={link.id} link={link} side={side} />
          ))}
        </View>
      )}
      <View className='tx-card' aria-label='家人为我代办的记录'>
        <Text className='tx-card__title'>家人为我代办的记录</Text>
        {store.acts.length === 0 && <Text className='tx-muted'>还没有代办记录。</Text>}
        {store.acts.map((act, i) => (
          <View className='tx-family__act' key={`${act.at}-${i}`}>
            <Text className='tx-family__act-what'>
              {act.actorName}：{act.action}
            </Text>
            <Text className='tx-muted'>{formatDateTime(act.at)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
})
