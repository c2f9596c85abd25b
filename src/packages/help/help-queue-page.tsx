import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { PageShell } from '@/app/PageShell'
import { useFeature } from '@/app/use-feature'
import { ROUTES } from '@/app/routes'
import { useStores } from '@/app/stores-context'
import { useScreen } from '@/app/use-screen'
import { capabilitiesOf, type Capabilities } from '@/domain/roles'
import { helpFeature } from '@/features/help'
import { HelpList } from '@/features/help/components/HelpList'

export interface HelpQueuePageSpec {
  /** Which of the help feature's queues the page lists. */
  queue: 'inbox' | 'escalated'
  /** The capability the page is for. */
  capability: keyof Capabilities
  signedOutDetail: string
  deniedText: string
  label: string
  emptyTitle: string
}

/** A staff queue of help requests (the steward's inbox, the community's escalated ones): the pages differ only in words. */
export function helpQueuePage(spec: HelpQueuePageSpec) {
  function Page() {
    const { session } = useStores()
    const list = useFeature(helpFeature)[spec.queue]
    const allowed = capabilitiesOf(session.me)[spec.capability]
    useScreen(list, { when: allowed })
    return (
      <PageShell signedOutDetail={spec.signedOutDetail} allowed={allowed} deniedText={spec.deniedText}>
        <HelpList list={list} label={spec.label} emptyTitle={spec.emptyTitle} emptyDetail='有新的求助时会通知您。' onOpen={(id) => void Taro.navigateTo({ url: ROUTES.helpDetail(id) })} />
      </PageShell>
    )
  }
  return observer(Page)
}
