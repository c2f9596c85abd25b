import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { FormField } from '@/components/FormField'
import { ToggleRow } from '@/components/ToggleRow'
import { Button } from '@/components/ui'
import { HELP_KIND_HINTS, HELP_KINDS, HELP_LIMITS } from '@/domain/help'
import type { HelpFormStore } from '../stores/help-form-store'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import './help.css'

export interface HelpFormProps {
  store: HelpFormStore
  /** Who will get it: 银杏公寓1幢的红管家. */
  to?: string
  onSent: (id: string) => void
}

/** 求助: four big buttons for the kind, optional words, an urgent switch, one 提交. Fit for care mode as it is. */
export const HelpForm = observer(function HelpForm({ store, to, onSent }: HelpFormProps) {
  const submit = () => {
    // The subscribe sheet opens inside submit(), before anything waits (WeChat's rule).
    void store.submit().then((id) => id && onSent(id))
  }
  return (
    <View className='tx-card tx-help-form'>
      <Text className='tx-card__title'>需要哪种帮助？</Text>
      <View className='tx-help-kinds' role='radiogroup' aria-label='求助类别'>
        {HELP_KINDS.map((kind) => (
          <View
            key={kind}
            className={`tx-help-kind ${store.kind === kind ? 'tx-help-kind--on' : ''}`}
            role='radio'
            aria-checked={store.kind === kind}
            aria-label={kind}
            onClick={() => store.choose(kind)}
          >
            <Text className='tx-help-kind__label'>{kind}</Text>
            <Text className='tx-help-kind__hint'>{HELP_KIND_HINTS[kind]}</Text>
          </View>
        ))}
      </View>
      <FormField label='说明（可不填）' hint={store.counter}>
        <TextBox label='说明' placeholder='例如：明天上午九点去医院复查' maxlength={HELP_LIMITS.textMax} value={store.text} onChange={(v) => store.setText(v)} />
      </FormField>
      <ToggleRow label='紧急' detail='急事请打开：30分钟没人受理就转社区' on={store.urgent} onChange={(on) => store.setUrgent(on)} />
      <FieldError error={store.error} />
      <Button type='primary' block loading={store.submitting} onClick={submit}>
        提交求助
      </Button>
      <Text className='tx-help-note'>{`求助会发给${to ?? '您所在楼栋的红管家'}；没人及时受理时，会转给社区工作人员。有生命危险请直接拨打 120 或 110。`}</Text>
    </View>
  )
})
