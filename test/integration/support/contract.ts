/**
 * The cloud API contract as data: every function of `contract` (types/contract) with its
 * parameter names and rough types, read from the schemas the server checks calls with, so a
 * function added to the contract is fuzzed without touching a test.
 */
import fs from 'node:fs'
import path from 'node:path'
import { contract } from '@contract/contract'

const ROOT = path.resolve(__dirname, '../../..')

export type ParamKind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'unknown'

export interface ContractParam {
  key: string
  kind: ParamKind
  optional: boolean
}

export interface ContractFunction {
  name: string
  params: ContractParam[]
}

/** What a schema node of valibot looks like to a reader: its type, and what it wraps or lists. */
interface SchemaNode {
  type: string
  wrapped?: SchemaNode
  literal?: unknown
  entries?: Record<string, SchemaNode>
}

const OPTIONAL = new Set(['optional', 'nullish', 'exact_optional'])

function unwrap(node: SchemaNode): SchemaNode {
  return (OPTIONAL.has(node.type) || node.type === 'nullable') && node.wrapped ? unwrap(node.wrapped) : node
}

function kindOf(node: SchemaNode): ParamKind {
  const inner = unwrap(node)
  switch (inner.type) {
    case 'string':
      return 'string'
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'array':
      return 'array'
    case 'object':
    case 'loose_object':
    case 'record':
    case 'custom':
      return 'object'
    case 'picklist':
      return 'string'
    case 'literal':
      return kindOfLiteral(inner)
    default:
      return 'unknown'
  }
}

function kindOfLiteral(node: SchemaNode): ParamKind {
  const literal = node.literal
  return typeof literal === 'boolean' ? 'boolean' : typeof literal === 'string' ? 'string' : typeof literal === 'number' ? 'number' : 'unknown'
}

let cached: ContractFunction[] | null = null

/** Every function in the contract, sorted by name (code unit order, as Array.prototype.sort). */
export function readContract(): ContractFunction[] {
  if (cached) return cached
  const functions = Object.entries(contract).map(([name, schema]) => {
    const entries = (schema as unknown as SchemaNode).entries
    if (!entries) throw new Error(`contract function ${name} has no object schema`)
    const params = Object.entries(entries).map(([key, node]) => ({ key, kind: kindOf(node), optional: OPTIONAL.has(node.type) }))
    return { name, params }
  })
  cached = functions.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return cached
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(p)
    return e.name.endsWith('.ts') ? [p] : []
  })
}

/**
 * The functions the server's cloud code defines, read from its source: every
 * `defineFunction('name', ...)`, and any `Parse.Cloud.define` that bypasses it (reported by
 * file, as it escapes both the typed contract and the field checks).
 */
export function definedOnServer(): { names: string[]; rawDefines: string[] } {
  const names = new Set<string>()
  const rawDefines: string[] = []
  for (const file of sourceFiles(path.join(ROOT, 'server'))) {
    const text = fs.readFileSync(file, 'utf8')
    for (const m of text.matchAll(/\bdefineFunction\(\s*['"`]([\w-]+)['"`]/g)) names.add(m[1])
    const rel = path.relative(ROOT, file)
    if (rel !== path.join('server', 'cloud', 'define.ts') && /Parse\.Cloud\.define\s*\(/.test(text)) rawDefines.push(rel)
  }
  return { names: [...names].sort(), rawDefines }
}
