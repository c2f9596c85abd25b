import { observer } from 'mobx-react-lite'
import { StateView } from '@/components/StateView'
import type { RegistrationStore } from '../stores/registration-store'
import { RegistrationFormView } from './RegistrationFormView'

export interface RegisterScreenProps {
  store: RegistrationStore
  canUseWechatPhone: boolean
  onSubmitted: () => void
  onOpenStatus: () => void
  onOpenPrivacy: () => void
}

/** The registration page's body: the form, or why it is not offered right now. */
export const RegisterScreen = observer(function RegisterScreen({ store, canUseWechatPhone, onSubmitted, onOpenStatus, onOpenPrivacy }: RegisterScreenProps) {
  switch (store.phase) {
    case 'idle':
    case 'opening':
      return <StateView kind='loading' title='正在打开登记表…' />
    case 'privacyDenied':
      return (
        <StateView
          kind='empty'
          title='需要您同意隐私保护指引'
          detail='登记要收集您的姓名、手机号和住址，同意《隐私保护指引》后才能填写。'
          actionText='重新选择'
          onAction={() => void store.openForm()}
        />
      )
    case 'error':
      return <StateView kind='error' title='打开失败' detail={store.phaseError} actionText='重试' onAction={() => void store.openForm()} />
    case 'pending':
      return <StateView kind='empty' title='您的登记正在审核' detail='社区审核后会在这里和首页告诉您结果。' actionText='查看我的登记' onAction={onOpenStatus} />
    case 'registered':
      return <StateView kind='empty' title='您已登记住址' detail='如需更改住址，请联系社区服务站。' actionText='查看我的登记' onAction={onOpenStatus} />
    case 'editing':
      return (
        <RegistrationFormView
          form={store.form}
          mode='self'
          canUseWechatPhone={canUseWechatPhone}
          fetchingPhone={store.fetchingPhone}
          onWechatPhone={(code) => void store.fillPhoneFromWechat(code)}
          submitting={store.submitting}
          error={store.submitError}
          onSubmit={() => void store.submit().then((ok) => ok && onSubmitted())}
          onOpenPrivacy={onOpenPrivacy}
        />
      )
  }
})
