import { useId, useState } from 'react'
import { reminderCopy } from '@/content/historyCopy'
import { downloadText } from '@/lib/download'
import { calendarFile, type Weekday, weekdays } from '@/lib/ics'
import { parseIsoDate } from '@/lib/time'

const FILE_NAME = 'stillpoint-reminders.ics'
const dayNames: Readonly<Record<Weekday, string>> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
}

/** "19:30" from a time input, or null. */
function parseTime(text: string) {
  const m = /^(\d{2}):(\d{2})/.exec(text)
  if (!m) return null
  const hour = Number(m[1])
  const minute = Number(m[2])
  return hour < 24 && minute < 60 ? { hour, minute } : null
}

const newUid = () =>
  `${typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`}@stillpoint`

/**
 * Practice reminders as a calendar file made on the device: weekly on the chosen days with an
 * alarm at the time, and the next appointment with an alarm the day before.
 */
export function Reminders({
  minutes,
  now = () => new Date(),
}: {
  /** How long the reminder's event lasts: a typical routine. */
  readonly minutes: number
  readonly now?: () => Date
}) {
  const id = useId()
  const [days, setDays] = useState<readonly Weekday[]>(['MO', 'WE', 'FR'])
  const [time, setTime] = useState('19:00')
  const [date, setDate] = useState('')
  const [appointmentTime, setAppointmentTime] = useState('09:00')
  const [appointmentName, setAppointmentName] = useState<string>(reminderCopy.appointmentEvent)
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null)

  const toggle = (day: Weekday, on: boolean) =>
    setDays((d) =>
      on ? weekdays.filter((w) => w === day || d.includes(w)) : d.filter((w) => w !== day),
    )

  const save = () => {
    const at = parseTime(time)
    const visit = parseIsoDate(date)
    const visitTime = parseTime(appointmentTime) ?? { hour: 9, minute: 0 }
    const weekly = at && days.length > 0
    if (!weekly && !visit) {
      setMessage({ text: reminderCopy.needSomething, problem: true })
      return
    }
    const text = calendarFile({
      now: now(),
      uid: newUid,
      ...(weekly && {
        weekly: {
          days,
          time: at,
          minutes,
          title: reminderCopy.eventTitle,
          description: reminderCopy.eventText,
          alarmMinutesBefore: 0,
        },
      }),
      ...(visit && {
        appointment: {
          date: visit,
          time: visitTime,
          minutes: 60,
          title: appointmentName.trim() || reminderCopy.appointmentEvent,
          description: reminderCopy.appointmentText,
          alarmMinutesBefore: 24 * 60,
        },
      }),
    })
    downloadText(FILE_NAME, 'text/calendar;charset=utf-8', text)
    setMessage({ text: reminderCopy.saved(FILE_NAME), problem: false })
  }

  return (
    <section className="reminders card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{reminderCopy.title}</h2>
      <p>{reminderCopy.lead}</p>
      <fieldset className="reminder-days">
        <legend>{reminderCopy.days}</legend>
        {weekdays.map((d) => (
          <label key={d} className="day-toggle">
            <input
              type="checkbox"
              checked={days.includes(d)}
              onChange={(e) => toggle(d, e.target.checked)}
            />
            <span aria-hidden="true">{dayNames[d].slice(0, 3)}</span>
            <span className="visually-hidden">{dayNames[d]}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">{reminderCopy.time}</span>
        <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
      </label>
      <fieldset className="reminder-appointment">
        <legend>{reminderCopy.appointmentTitle}</legend>
        <p className="field-hint">{reminderCopy.appointmentHint}</p>
        <div className="reminder-appointment-fields">
          <label className="field">
            <span className="field-label">{reminderCopy.date}</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{reminderCopy.time}</span>
            <input
              type="time"
              value={appointmentTime}
              onChange={(e) => setAppointmentTime(e.target.value)}
            />
          </label>
        </div>
        <label className="field">
          <span className="field-label">{reminderCopy.appointmentName}</span>
          <input
            type="text"
            value={appointmentName}
            maxLength={80}
            aria-describedby={`${id}-name-hint`}
            onChange={(e) => setAppointmentName(e.target.value)}
          />
        </label>
        <p className="field-hint" id={`${id}-name-hint`}>
          {reminderCopy.appointmentNameHint}
        </p>
      </fieldset>
      <p>
        <button type="button" className="button button-primary" onClick={save}>
          {reminderCopy.download}
        </button>
      </p>
      <p className={message?.problem ? 'field-problem' : 'field-hint'} role="status">
        {message?.text}
      </p>
    </section>
  )
}
