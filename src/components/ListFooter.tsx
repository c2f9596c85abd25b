import { Text } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { Button } from './ui'

/** What a paged list's footer needs: PagedList and the stores that page by cursor have these. */
export interface PagedSource {
  readonly hasMore: boolean
  readonly loadingMore: boolean
  loadMore(): Promise<void> | void
  /** Shown above the footer (a failed next page), when given. */
  readonly error?: string | null
}

export interface ListFooterProps {
  list: PagedSource
  /** Class of the 没有更多了 line; false shows nothing once everything is shown. */
  endClassName?: string | false
  /** Show list.error above the footer. */
  showError?: boolean
}

/** The end of every paged list: 加载更多 while there is more, then 没有更多了. */
export const ListFooter = observer(function ListFooter({ list, endClassName = 'tx-muted', showError = true }: ListFooterProps) {
  return (
    <>
      {showError && list.error && <Text className='tx-field__error'>{list.error}</Text>}
      {list.hasMore ? (
        <Button type='default' block loading={list.loadingMore} onClick={() => void list.loadMore()}>
          加载更多
        </Button>
      ) : (
        endClassName !== false && <Text className={endClassName}>没有更多了</Text>
      )}
    </>
  )
})
