import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { Button, Input } from '@/components/ui'
import type { SessionStore } from '../stores/session-store'
import { FieldError } from '@/components/FieldError'
import './login-form.css'

export interface LoginFormProps {
  store: SessionStore
  demo: boolean
  onSignedIn: () => void
  onOpenPrivacy: () => void
}

/** WeChat sign-in in the mini-program; sign-in with a demo account's phone in the browser preview. */
export const LoginForm = observer(function LoginForm({ store, demo, onSignedIn, onOpenPrivacy }: LoginFormProps) {
  const [phone, setPhone] = useState('')
  const [agreed, setAgreed] = useState(false)
  const [agreeHint, setAgreeHint] = useState(false)
  const busy = store.status === 'signingIn'

  const submit = async (how: 'wechat' | 'demo') => {
    if (!agreed) {
      setAgreeHint(true)
      return
    }
    const ok = how === 'wechat' ? await store.signInWechat() : await store.signInDemo(phone)
    if (ok) onSignedIn()
  }
  return (
    <View className='tx-login'>
      <Text className='tx-login__title'>同心社区</Text>
      <Text className='tx-login__sub'>找得到红管家，看得到社区事</Text>
      {store.canUseWechat && (
        <Button className='tx-login__button' type='primary' block loading={busy} onClick={() => void submit('wechat')}>
          微信一键登录
        </Button>
      )}
      {demo && (
        <View className='tx-login__demo'>
          <Text className='tx-login__label'>演示账号手机号</Text>
          <Input
            className='tx-login__input'
            type='tel'
            maxLength={13}
            placeholder='例如 13900000006'
            value={phone}
            onChange={(v: string) => setPhone(v)}
            aria-label='手机号'
          />
          <Button className='tx-login__button' type='primary' block loading={busy} onClick={() => void submit('demo')}>
            登录
          </Button>
        </View>
      )}
      <View className='tx-login__agree' onClick={() => { setAgreed(!agreed); setAgreeHint(false) }} role='checkbox' aria-checked={agreed}>
        <View className={`tx-login__box ${agreed ? 'tx-login__box--on' : ''}`} aria-hidden>
          {agreed ? '✓' : ''}
        </View>
        <Text>我已阅读并同意</Text>
        <Text className='tx-login__link' onClick={(e) => { e.stopPropagation(); onOpenPrivacy() }}>
          《同心社区隐私保护指引》
        </Text>
      </View>
      {agreeHint && (
        <View className='tx-login__error' role='alert'>
          请先阅读并同意隐私保护指引。
        </View>
      )}
      <FieldError error={store.error} className='tx-login__error' />
    </View>
  )
})
