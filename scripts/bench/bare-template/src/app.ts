import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    console.log('App launched.')
  })
  // children are the pages being rendered
  return children
}

export default App
