/**
 * The schema in code. Parse Server applies it at boot with lockSchemas and strict on,
 * so clients can neither add fields nor classes, and these class-level permissions hold.
 *
 * Personal details live only in Resident, whose rows carry ACLs: the resident, the stewards
 * of their building, and the staff of their community and street. Places hold nothing personal.
 */

type FieldType = 'String' | 'Number' | 'Boolean' | 'Date' | 'Object' | 'Array' | 'Pointer' | 'Relation' | 'GeoPoint' | 'File'

interface FieldDef {
  type: FieldType
  targetClass?: string
  required?: boolean
  defaultValue?: unknown
}

type Permission = Record<string, boolean>

export interface ClassDefinition {
  className: string
  fields?: Record<string, FieldDef>
  classLevelPermissions: {
    find: Permission
    count: Permission
    get: Permission
    create: Permission
    update: Permission
    delete: Permission
    addField: Permission
    protectedFields?: Record<string, string[]>
  }
}

const NOBODY: Permission = {}
const EVERYONE: Permission = { '*': true }
const SIGNED_IN: Permission = { requiresAuthentication: true }

/** Readable by anyone, written only by the master key (seed, staff cloud functions). */
const publicRead = {
  find: EVERYONE,
  count: EVERYONE,
  get: EVERYONE,
  create: NOBODY,
  update: NOBODY,
  delete: NOBODY,
  addField: NOBODY,
}

/** Readable by signed-in users where a row's ACL lets them; written only through cloud code. */
const aclRead = {
  find: SIGNED_IN,
  count: SIGNED_IN,
  get: SIGNED_IN,
  create: NOBODY,
  update: NOBODY,
  delete: NOBODY,
  addField: NOBODY,
}

/** Only cloud code (master key) touches it. */
const masterOnly = {
  find: NOBODY,
  count: NOBODY,
  get: NOBODY,
  create: NOBODY,
  update: NOBODY,
  delete: NOBODY,
  addField: NOBODY,
}

const ptr = (targetClass: string, required = false): FieldDef => ({ type: 'Pointer', targetClass, required })
const str = (required = false): FieldDef => ({ type: 'String', required })
const num = (required = false): FieldDef => ({ type: 'Number', required })
const bool = (defaultValue = false): FieldDef => ({ type: 'Boolean', defaultValue })

export const definitions: ClassDefinition[] = [
  {
    className: '_User',
    // Login identity only; a user reads and writes nothing of another (ACL set in beforeSave).
    classLevelPermissions: { ...masterOnly, get: SIGNED_IN, update: SIGNED_IN },
  },
  {
    className: '_Role',
    // Role membership says who is staff or steward where: cloud code only.
    classLevelPermissions: masterOnly,
  },
  {
    className: 'Street',
    fields: { name: str(true), code: str(true), city: str(), servicePhone: str(), address: str() },
    classLevelPermissions: publicRead,
  },
  {
    className: 'Community',
    fields: {
      name: str(true),
      code: str(true),
      street: ptr('Street', true),
      address: str(),
      servicePhone: str(),
      officeHours: str(),
      isPilot: bool(),
      location: { type: 'GeoPoint' },
    },
    classLevelPermissions: publicRead,
  },
  {
    className: 'Compound',
    fields: { name: str(true), community: ptr('Community', true), street: ptr('Street', true), address: str() },
    classLevelPermissions: publicRead,
  },
  {
    className: 'Grid',
    fields: { name: str(true), community: ptr('Community', true) },
    classLevelPermissions: publicRead,
  },
  {
    className: 'MicroGrid',
    fields: {
      name: str(true),
      grid: ptr('Grid', true),
      community: ptr('Community', true),
      // The leader's user; their name and phone live in their Resident profile, served masked.
      leader: ptr('_User'),
      // Larger micro-grids have deputy leaders (the street counts 3,274 leaders for 2,489 micro-grids).
      deputies: { type: 'Array' },
    },
    classLevelPermissions: { ...publicRead, protectedFields: { '*': ['leader', 'deputies'] } },
  },
  {
    className: 'Building',
    fields: {
      name: str(true),
      compound: ptr('Compound', true),
      community: ptr('Community', true),
      street: ptr('Street', true),
      microGrid: ptr('MicroGrid'),
      units: num(),
      households: num(),
    },
    classLevelPermissions: publicRead,
  },
  {
    className: 'Resident',
    fields: {
      user: ptr('_User'),
      name: str(true),
      phone: str(),
      street: ptr('Street'),
      community: ptr('Community'),
      compound: ptr('Compound'),
      building: ptr('Building'),
      room: str(),
      birthYear: num(),
      moveInDate: str(),
      isNewResident: bool(),
      verified: bool(),
      // Province a new resident came from (optional, for the street's newcomer services).
      origin: str(),
    },
    classLevelPermissions: aclRead,
  },
  {
    className: 'StewardAssignment',
    // Which user looks after which building, with history (endedAt set when handed over).
    fields: {
      steward: ptr('_User', true),
      building: ptr('Building', true),
      community: ptr('Community', true),
      startedAt: { type: 'Date', required: true },
      endedAt: { type: 'Date' },
    },
    classLevelPermissions: masterOnly,
  },
]

export const SCHEMA_CLASSES = definitions.map((d) => d.className)
