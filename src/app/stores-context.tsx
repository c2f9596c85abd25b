import { createContext, useContext, type ReactNode } from 'react'
import type { RootStore } from './root-store'

const StoresContext = createContext<RootStore | null>(null)

export function StoresProvider({ root, children }: { root: RootStore; children: ReactNode }) {
  return <StoresContext.Provider value={root}>{children}</StoresContext.Provider>
}

/** The store tree of the running app (or of a test). */
export function useStores(): RootStore {
  const root = useContext(StoresContext)
  if (!root) throw new Error('useStores() outside <StoresProvider>')
  return root
}
