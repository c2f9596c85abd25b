import { useEffect, type PropsWithChildren } from 'react'
import { configure } from 'mobx'
import { createRoot } from './app/create-root'
import { StoresProvider } from './app/stores-context'
// First, so every feature's stylesheet (and app.css) overrides the components' defaults on both platforms.
import './components/ui.css'
import './app.css'

// Every state change goes through an action: a store cannot be changed from a component by accident.
configure({ enforceActions: 'observed' })

const root = createRoot()

function App({ children }: PropsWithChildren) {
  useEffect(() => {
    void root.session.restore()
  }, [])
  return <StoresProvider root={root}>{children}</StoresProvider>
}

export default App
