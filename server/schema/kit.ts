/** The building blocks of class definitions, shared by definitions.ts and each feature's schema file. */

export type FieldType = 'String' | 'Number' | 'Boolean' | 'Date' | 'Object' | 'Array' | 'Pointer' | 'Relation' | 'GeoPoint' | 'File'

export interface FieldDef {
  type: FieldType
  targetClass?: string
  required?: boolean
  defaultValue?: unknown
}

export type Permission = Record<string, boolean>

export type IndexSpec = [table: string, name: string, columns: string]
export type UniqueIndexSpec = [table: string, name: string, columns: string, where: string]

/** A feature's schema from its classes: their SQL indexes are gathered from the class definitions. */
export function featureSchema(classes: ClassDefinition[], appWritten: string[] = []): FeatureSchema {
  return {
    classes,
    indexes: classes.flatMap((c) => Object.entries(c.sqlIndexes ?? {}).map(([name, columns]): IndexSpec => [c.className, name, columns])),
    unique: classes.flatMap((c) => Object.entries(c.sqlUnique ?? {}).map(([name, [columns, where]]): UniqueIndexSpec => [c.className, name, columns, where])),
    appWritten,
  }
}

/** A class as Parse is given it: without the SQL-only parts. */
export function parseDefinition(c: ClassDefinition): ClassDefinition {
  const { sqlIndexes: _i, sqlUnique: _u, ...rest } = c
  return rest
}

/** A feature's part of the schema: its classes with their permissions, its indexes, and the classes people write (emptied by a reseed). */
export interface FeatureSchema {
  classes: ClassDefinition[]
  indexes?: IndexSpec[]
  unique?: UniqueIndexSpec[]
  appWritten?: string[]
}

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
  /** Indexes Parse does not make (lookups by pointer columns), by name: their columns, quoted. */
  sqlIndexes?: Record<string, string>
  /** Unique partial indexes, by name: [columns, WHERE]; what the app must never hold twice. */
  sqlUnique?: Record<string, [columns: string, where: string]>
}

export const NOBODY: Permission = {}
export const EVERYONE: Permission = { '*': true }
export const SIGNED_IN: Permission = { requiresAuthentication: true }

/** Only cloud code (master key) touches it. */
export const masterOnly = {
  find: NOBODY,
  count: NOBODY,
  get: NOBODY,
  create: NOBODY,
  update: NOBODY,
  delete: NOBODY,
  addField: NOBODY,
}

export const ptr = (targetClass: string, required = false): FieldDef => ({ type: 'Pointer', targetClass, required })
export const str = (required = false): FieldDef => ({ type: 'String', required })
export const num = (required = false): FieldDef => ({ type: 'Number', required })
export const bool = (defaultValue = false): FieldDef => ({ type: 'Boolean', defaultValue })
export const date = (required = false): FieldDef => ({ type: 'Date', required })

