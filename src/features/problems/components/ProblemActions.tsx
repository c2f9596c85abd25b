import { Image, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { SelectField } from '@/components/SelectField'
import { Button } from '@/components/ui'
import { TextBox } from '@/components/TextBox'
import { PROBLEM_LIMITS } from '@/domain/problem'
import type { ProblemDetailStore } from '../stores/problem-detail-store'
import './problems.css'

const Stars = observer(function Stars({ store }: { store: ProblemDetailStore }) {
  return (
    <View className='tx-problem-stars' role='radiogroup' aria-label='评分'>
      {[1, 2, 3, 4, 5].map((n) => (
        <View key={n} role='radio' aria-checked={store.rating === n} aria-label={`${n}星`} className={`tx-problem-star ${n <= store.rating ? 'tx-problem-star--on' : ''}`} onClick={() => store.setRating(n)}>
          ★
        </View>
      ))}
    </View>
  )
})

const Words = observer(function Words({ store, label, placeholder }: { store: ProblemDetailStore; label: string; placeholder: string }) {
  return (
    <TextBox label={label} placeholder={placeholder} maxlength={PROBLEM_LIMITS.replyMax} value={store.text} onChange={(v) => store.setText(v)} />
  )
})

/** What the viewer may do now: the handler's reply, solve and (staff) reassign; the reporter's confirm, reopen and rating. */
export const ProblemActions = observer(function ProblemActions({ store }: { store: ProblemDetailStore }) {
  const p = store.problem
  if (!p) return null
  const error = store.actionError && (
    <View className='tx-field__error' role='alert'>
      {store.actionError}
    </View>
  )
  if (p.canReply || p.canResolve) {
    return (
      <View className='tx-card' role='region' aria-label='处理'>
        <Text className='tx-problem-title'>{p.firstReplyAt ? '更新进展或办结' : '答复居民'}</Text>
        <Words store={store} label='答复内容' placeholder={p.firstReplyAt ? '写下处理进展，或者是怎么解决的' : '例如：收到，明天上午去现场查看'} />
        <View className='tx-problem-photos'>
          {store.photos.map((ph, i) => (
            <Image key={ph.previewUrl} className='tx-problem-photo' src={ph.previewUrl} mode='aspectFill' aria-label={`解决照片${i + 1}，点按删除`} onClick={() => store.removePhoto(i)} />
          ))}
        </View>
        {store.photos.length < PROBLEM_LIMITS.photosMax && (
          <Button type='default' size='small' onClick={() => void store.addPhotos()}>
            添加解决照片（可不填）
          </Button>
        )}
        {store.photoError && <Text className='tx-field__error'>{store.photoError}</Text>}
        {error}
        <Button type='primary' block loading={store.busy === 'reply'} onClick={() => void store.reply()}>
          {p.firstReplyAt ? '更新进展' : '答复'}
        </Button>
        <Button type='default' block loading={store.busy === 'resolve'} onClick={() => void store.resolve()}>
          标记已解决
        </Button>
        {p.canReassign && (
          <View>
            {store.handlers.length === 0 ? (
              <Button type='default' block onClick={() => void store.loadHandlers()}>
                转派给他人
              </Button>
            ) : (
              <SelectField
                label='转派给'
                options={store.handlers.map((h) => `${h.name} · ${h.label}`)}
                value=''
                placeholder='请选择处理人'
                onChange={(i) => void store.reassign(store.handlers[i]?.userId ?? '')}
              />
            )}
          </View>
        )}
      </View>
    )
  }
  if (p.canConfirm) {
    return (
      <View className='tx-card' role='region' aria-label='确认'>
        <Text className='tx-problem-title'>问题解决了吗？</Text>
        <Text className='tx-muted'>7天内不确认将视为已解决。满意请打分；没解决请写明原因，会重新处理。</Text>
        <Stars store={store} />
        <Words store={store} label='评价或原因' placeholder='写几句评价，或者还没解决的地方' />
        {error}
        <Button type='primary' block loading={store.busy === 'confirm'} onClick={() => void store.confirm()}>
          已解决，确认
        </Button>
        <Button type='default' block loading={store.busy === 'reopen'} onClick={() => void store.reopen()}>
          还没解决
        </Button>
      </View>
    )
  }
  if (p.canRate) {
    return (
      <View className='tx-card' role='region' aria-label='评价'>
        <Text className='tx-problem-title'>给这次处理打个分</Text>
        <Stars store={store} />
        <Words store={store} label='评价' placeholder='写几句评价（可不填）' />
        {error}
        <Button type='primary' block loading={store.busy === 'rate'} onClick={() => void store.rate()}>
          提交评价
        </Button>
      </View>
    )
  }
  return error || null
})
