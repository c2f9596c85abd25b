/**
 * @jest-environment node
 */
import { NOTIFY_KINDS } from '@/domain/notify'
import { DEFAULT_FIELDS, fitValue, parseTemplates, templateData, wechatTime, withDemoTemplates } from '@server/wechat/templates'

describe('WX_TEMPLATES', () => {
  it('takes an id alone (default mapping) or an id with its own data keys', () => {
    expect(parseTemplates('{"urgentNotice":"T1","helpUpdate":{"id":"T2","fields":{"title":"thing4","body":"thing5","time":"date6"}}}')).toEqual({
      urgentNotice: { id: 'T1', fields: { title: 'thing1', body: 'thing2', time: 'time3' } },
      helpUpdate: { id: 'T2', fields: { title: 'thing4', body: 'thing5', time: 'date6' } },
    })
  })

  it('leaves out a part mapped to null (a template without a time field)', () => {
    expect(parseTemplates('{"problemUpdate":{"id":"T","fields":{"time":null}}}').problemUpdate?.fields).toEqual({ title: 'thing1', body: 'thing2' })
  })

  it('is empty when unset', () => {
    expect(parseTemplates(undefined)).toEqual({})
    expect(parseTemplates('  ')).toEqual({})
  })

  it.each([
    ['{not json', 'not JSON'],
    ['[]', 'JSON object'],
    ['{"spam":"T"}', 'unknown kind spam'],
    ['{"helpUpdate":""}', 'needs a template id'],
    ['{"helpUpdate":{"id":"T","fields":{"colour":"thing1"}}}', 'fields.colour'],
    ['{"helpUpdate":{"id":"T","fields":{"title":"thing 1"}}}', 'data key like thing1'],
  ])('refuses %s', (text, problem) => {
    expect(() => parseTemplates(text)).toThrow(problem)
  })

  it('gives every kind a demo id in outbox mode, keeping configured ones', () => {
    const all = withDemoTemplates({ urgentNotice: { id: 'real', fields: DEFAULT_FIELDS } })
    expect(all.urgentNotice?.id).toBe('real')
    expect(all.helpUpdate?.id).toBe('demo-helpUpdate')
    expect(Object.keys(all)).toEqual([...NOTIFY_KINDS])
  })
})

describe('template values', () => {
  it("cuts values to WeChat's limit per key type", () => {
    expect(fitValue('thing1', '短')).toBe('短')
    expect(fitValue('thing1', '一'.repeat(20))).toBe('一'.repeat(20))
    expect(fitValue('thing1', '一'.repeat(21))).toBe(`${'一'.repeat(19)}…`)
    expect(fitValue('phrase2', '已经处理完毕了')).toBe('已经处理…')
    expect(fitValue('thing1', '第一行\n第二行')).toBe('第一行 第二行')
  })

  it('writes the time in China time', () => {
    expect(wechatTime(new Date('2026-07-01T00:30:00Z'))).toBe('2026-07-01 08:30')
    expect(wechatTime(new Date('2026-07-01T17:05:00Z'))).toBe('2026-07-02 01:05')
  })

  it('fills the mapped keys only', () => {
    expect(templateData({ title: 'thing4', time: 'date6' }, { title: '停水', body: '不用' }, new Date('2026-07-01T00:00:00Z'))).toEqual({
      thing4: { value: '停水' },
      date6: { value: '2026-07-01 08:00' },
    })
  })
})
