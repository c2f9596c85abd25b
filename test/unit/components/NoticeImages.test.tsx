import { fireEvent, render, screen } from '@testing-library/react'
import { NoticeImages } from '@/features/notices/components/NoticeImages'
import { strictConsole } from '../support/strict'

strictConsole()

const images = [
  { id: 'u1', url: 'https://x/1.png' },
  { id: 'u2', url: 'https://x/2.png' },
]

describe('NoticeImages', () => {
  it('shows nothing for a notice without images', () => {
    const { container } = render(<NoticeImages images={[]} />)
    expect(container.innerHTML).toBe('')
  })

  it('opens an image full screen among all of them', () => {
    const onPreview = jest.fn()
    render(<NoticeImages images={images} onPreview={onPreview} />)
    expect(screen.queryByRole('button', { name: /删除/ })).toBeNull()
    fireEvent.click(screen.getByLabelText('图片2'))
    expect(onPreview).toHaveBeenCalledWith('https://x/2.png', ['https://x/1.png', 'https://x/2.png'])
  })

  it('in the form, removes one image and adds more, but not while uploading', () => {
    const onRemove = jest.fn()
    const onAdd = jest.fn()
    const { rerender } = render(<NoticeImages images={images} onRemove={onRemove} onAdd={onAdd} />)
    fireEvent.click(screen.getByRole('button', { name: '删除图片1' }))
    expect(onRemove).toHaveBeenCalledWith('u1')
    fireEvent.click(screen.getByRole('button', { name: '添加图片' }))
    expect(onAdd).toHaveBeenCalledTimes(1)
    rerender(<NoticeImages images={images} onRemove={onRemove} onAdd={onAdd} adding />)
    expect(screen.getByText('上传中…')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '添加图片' }))
    expect(onAdd).toHaveBeenCalledTimes(1)
  })
})
