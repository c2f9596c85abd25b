import { fireEvent, render, screen } from '@testing-library/react'
import { FieldError } from '@/components/FieldError'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import { strictConsole } from '../support/strict'

strictConsole()

describe('FieldError', () => {
  it('announces the sentence as an alert', () => {
    render(<FieldError error='请填写标题' />)

    expect(screen.getByRole('alert').textContent).toBe('请填写标题')
  })

  it('renders nothing without a sentence', () => {
    const { container } = render(
      <>
        <FieldError error={null} />
        <FieldError error='' />
        <FieldError error={undefined} />
      </>,
    )

    expect(screen.queryByRole('alert')).toBeNull()
    expect(container.innerHTML).toBe('')
  })

  it('takes another class for a form-level error', () => {
    render(<FieldError error='登录失败' className='tx-login__error' />)

    expect(screen.getByRole('alert').className).toBe('tx-login__error')
  })
})

describe('TextBox', () => {
  it('is named by its label and reports the text typed', () => {
    const onChange = jest.fn()
    render(<TextBox label='说明' placeholder='例如：明天上午' maxlength={200} value='' onChange={onChange} />)

    const box = screen.getByLabelText('说明')
    expect(box.getAttribute('placeholder')).toBe('例如：明天上午')
    fireEvent.change(box, { target: { value: '去医院复查' } })
    expect(onChange).toHaveBeenCalledWith('去医院复查')
  })
})

describe('TextField', () => {
  it('labels the row, names the input (by default with the label) and shows the error', () => {
    const onChange = jest.fn()
    render(<TextField label='总预算（元）' name='总预算' hint='选填' error='请填写金额' type='digit' value='12' onChange={onChange} />)

    expect(screen.getByText('总预算（元）')).toBeTruthy()
    expect(screen.getByText('选填')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toBe('请填写金额')
    const input = screen.getByLabelText('总预算') as HTMLInputElement
    expect(input.value).toBe('12')
    fireEvent.change(input, { target: { value: '30' } })
    expect(onChange).toHaveBeenCalledWith('30')
  })

  it('uses the label as the input name when none is given', () => {
    render(<TextField label='集合地点' value='' onChange={() => undefined} />)

    expect(screen.getByLabelText('集合地点')).toBeTruthy()
  })
})
