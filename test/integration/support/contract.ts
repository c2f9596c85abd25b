/**
 * The cloud API contract as data: every function of `CloudFunctions` (types/api.ts and the
 * types/api-*.ts it extends) with its parameter names and rough types, read with the
 * TypeScript compiler, so a function added to the contract is fuzzed without touching a test.
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

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

function kindOf(checker: ts.TypeChecker, type: ts.Type): ParamKind {
  const parts = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)))
  const kinds = new Set<ParamKind>(
    parts.map((t) => {
      if (t.flags & ts.TypeFlags.StringLike) return 'string'
      if (t.flags & ts.TypeFlags.NumberLike) return 'number'
      if (t.flags & ts.TypeFlags.BooleanLike) return 'boolean'
      if (checker.isArrayType(t) || checker.isTupleType(t)) return 'array'
      if (t.flags & ts.TypeFlags.Object) return 'object'
      return 'unknown'
    }),
  )
  return kinds.size === 1 ? [...kinds][0] : 'unknown'
}

let cached: ContractFunction[] | null = null

/** Every function in the contract, sorted by name (code unit order, as Array.prototype.sort). */
export function readContract(): ContractFunction[] {
  if (cached) return cached
  const file = path.join(ROOT, 'types/api.ts')
  const program = ts.createProgram([file], { strict: true, skipLibCheck: true, noEmit: true, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(file)
  const decl = source?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'CloudFunctions')
  if (!decl) throw new Error('types/api.ts has no CloudFunctions interface')
  const functions = checker.getPropertiesOfType(checker.getTypeAtLocation(decl)).map((fn) => {
    const fnType = checker.getTypeOfSymbol(fn)
    const paramsSymbol = fnType.getProperty('params')
    if (!paramsSymbol) throw new Error(`contract function ${fn.name} has no params`)
    const paramsType = checker.getTypeOfSymbol(paramsSymbol)
    const params = checker.getPropertiesOfType(paramsType).map((p) => ({
      key: p.name,
      kind: kindOf(checker, checker.getTypeOfSymbol(p)),
      optional: (p.flags & ts.SymbolFlags.Optional) !== 0,
    }))
    return { name: fn.name, params }
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
