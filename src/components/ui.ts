/**
 * The NutUI components the app uses, imported one by one with their own CSS, so the
 * weapp main package carries only these and not the whole kit.
 */
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import Input from '@nutui/nutui-react-taro/dist/es/packages/input'
import Tag from '@nutui/nutui-react-taro/dist/es/packages/tag'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'

export { Button, Input, Tag }
