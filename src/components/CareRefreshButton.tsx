import { Button } from './ui'

/**
 * 刷新, shown in care mode only (tx-care-only): pulling down to refresh is a gesture many
 * seniors do not know, so care mode offers a plain button for it.
 */
export function CareRefreshButton({ onRefresh }: { onRefresh: () => void }) {
  return (
    <Button className='tx-care-only' type='default' block onClick={onRefresh}>
      刷新
    </Button>
  )
}
