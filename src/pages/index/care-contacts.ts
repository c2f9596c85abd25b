import type { HomeInfo } from '@contract/domain'
import type { HelpContact } from '@/features/care/components/CareHome'

/** Who a senior can call for help from care mode's home: only those who exist for their building. */
export function careContacts(home: HomeInfo): HelpContact[] {
  const contacts: HelpContact[] = []
  if (home.steward) contacts.push({ kind: 'steward', label: '给红管家打电话', detail: `楼道红管家 ${home.steward.name}` })
  if (home.microGrid?.leader) contacts.push({ kind: 'gridLeader', label: '给网格长打电话', detail: `微网格长 ${home.microGrid.leader.name}` })
  if (home.community.servicePhone) contacts.push({ kind: 'community', label: '打社区服务电话', detail: `${home.community.name}服务站` })
  return contacts
}
