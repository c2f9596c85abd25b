import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { buildEnv } from '@/app/build-env'
import { PageShell } from '@/app/PageShell'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { LoginForm } from '@/features/session/components/LoginForm'

// The browser preview has no WeChat: there, seeded demo accounts sign in by phone.
// The server refuses demo login in production, whatever the client shows.
const DEMO = process.env.TARO_ENV === 'h5' || buildEnv(() => process.env.TARO_APP_DEMO) === 'true'

function LoginPage() {
  const { session } = useStores()
  return (
    <PageShell>
      <LoginForm
        store={session}
        demo={DEMO}
        // The home store was cleared when the last person signed out (RootStore.signOut), and the
        // home page loads as soon as someone is signed in: nothing to reset here.
        onSignedIn={() => void Taro.switchTab({ url: ROUTES.home })}
        onOpenPrivacy={() => void Taro.navigateTo({ url: ROUTES.privacy })}
      />
    </PageShell>
  )
}

export default observer(LoginPage)
