/** The resident's home: where they live, their building's steward and their micro-grid leader. */
import type { Contact, HomeInfo } from '@contract/domain'
import { maskPhone } from '@/domain/phone'
import { defineFunction, perMinute } from '../define'
import { forbidden, notFound } from '../errors'
import { idOf } from '../ids'
import { currentStewardUserIds, residentOf, residentsOfUsers } from '../queries/people'
import { asSubject } from '../family/acting'
import { stewardProfiles } from '../help/stewards'

const NO_HOME = '您还没有绑定住址，请先完成住户登记。'

function contactOf(resident: Parse.Object | undefined): Contact | null {
  if (!resident) return null
  return { name: resident.get('name') as string, maskedPhone: maskPhone(resident.get('phone') as string) }
}

function ref(o: Parse.Object): { id: string; name: string } {
  return { id: idOf(o), name: o.get('name') as string }
}

async function homeOf(user: Parse.User) {
  const resident = await residentOf(user, ['building', 'building.compound', 'building.community', 'building.street', 'building.microGrid', 'building.microGrid.grid'])
  const building = resident?.get('building') as Parse.Object | undefined
  if (!resident || !building) notFound(NO_HOME)
  return { resident: resident!, building: building! }
}

// A family member with a confirmed link may look for the senior (forUserId); it is recorded.
defineFunction('myHome', { requireUser: true, rateLimit: perMinute(120) }, ({ user, params }) =>
  asSubject(user, params.forUserId, '代为查看住址', ({ subject }) => homeInfo(subject)),
)

async function homeInfo(person: Parse.User): Promise<HomeInfo> {
  const { resident, building } = await homeOf(person)
  const community = building.get('community') as Parse.Object
  const microGrid = building.get('microGrid') as Parse.Object | undefined
  const stewardIds = await currentStewardUserIds(idOf(building))
  const leaderId = (microGrid?.get('leader') as Parse.User | undefined)?.id
  const people = await residentsOfUsers([...stewardIds.slice(0, 1), ...(leaderId ? [leaderId] : [])])
  const steward = stewardIds.length ? contactOf(people.get(stewardIds[0])) : null
  const home: HomeInfo = {
    street: ref(building.get('street') as Parse.Object),
    community: {
      ...ref(community),
      servicePhone: (community.get('servicePhone') as string | undefined) ?? null,
      address: (community.get('address') as string | undefined) ?? null,
    },
    compound: ref(building.get('compound') as Parse.Object),
    building: { ...ref(building), room: (resident.get('room') as string | undefined) ?? null },
    steward: steward ? { ...steward, buildingId: idOf(building), ...(await stewardProfiles(stewardIds.slice(0, 1))).get(stewardIds[0]) } : null,
    microGrid: microGrid
      ? {
          ...ref(microGrid),
          gridName: ((microGrid.get('grid') as Parse.Object | undefined)?.get('name') as string | undefined) ?? '',
          leader: leaderId ? contactOf(people.get(leaderId)) : null,
        }
      : null,
  }
  return home
}

defineFunction(
  'callContact',
  {
    requireUser: true,
    // Dialling is for reaching one's own steward, not for harvesting numbers.
    rateLimit: perMinute(10),
  },
  ({ user, params }) =>
    asSubject(user, params.forUserId, params.kind === 'steward' ? '代为拨打红管家电话' : '代为拨打微网格长电话', ({ subject }) =>
      contactPhone(subject, params.kind),
    ),
)

async function contactPhone(person: Parse.User, kind: 'steward' | 'gridLeader'): Promise<{ phone: string }> {
  // The number goes only to residents of the building (or family acting for one), at the
  // moment they tap "call", and is handed to the phone dialler; the screen shows the masked form.
  const { building } = await homeOf(person)
  let targetUserId: string | undefined
  if (kind === 'steward') {
    targetUserId = (await currentStewardUserIds(idOf(building)))[0]
  } else {
    const microGrid = building.get('microGrid') as Parse.Object | undefined
    targetUserId = (microGrid?.get('leader') as Parse.User | undefined)?.id
  }
  if (!targetUserId) notFound(kind === 'steward' ? '您的楼栋暂时没有红管家。' : '您的微网格暂时没有网格长。')
  const target = (await residentsOfUsers([targetUserId])).get(targetUserId)
  const phone = target?.get('phone') as string | undefined
  if (!phone) forbidden('对方没有留下电话，请通过社区联系。')
  return { phone }
}
