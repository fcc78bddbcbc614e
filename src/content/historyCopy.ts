/**
 * The words of "Your practice" (the history kept on this device) and its reminders. Nothing here
 * claims an effect: the ratings are the person's own notes, and no number is a target.
 */
export const historyCopy = {
  eyebrow: 'Between appointments',
  title: 'Your practice',
  lead: 'What you have practiced, and how tense you felt before and after. It is kept on this device only. You could bring it to your next appointment.',
  kiosk:
    'In the waiting room nothing is kept. It is all cleared when you press “I’m done”, or after a short time with no touch. On your own phone, Stillpoint keeps your practice for you.',
  empty: 'Nothing here yet. After a routine in Practice at home, it shows up here.',
  weekNone: 'No practice yet this week. Whenever it suits you, a few calm minutes are here.',
  chartTitle: 'How tense, before and after',
  chartNote:
    'Your own ratings, 0 (not tense) to 10 (very tense), averaged per week. They are notes for you, not a score.',
  listTitle: 'Every practice',
  stoppedEarly: 'stopped early',
  streaksLabel: 'Show days in a row',
  streaksHint: 'Off unless you turn it on. Missing a day is fine.',
  dataTitle: 'Your data',
  dataLead:
    'Save a copy to bring to your therapist or keep for yourself, or delete it all from this device.',
  deleteTitle: 'Delete your practice history?',
  deleteText:
    'Every practice and tension rating kept on this device will be deleted. This cannot be undone. Your settings and safety answers stay.',
  deleted: 'Your practice history is deleted from this device.',
  dataLeadEmpty:
    'Practiced with Stillpoint on another phone or browser? Save a copy there with “Save as JSON”, then bring it in here.',
  importButton: 'Bring in a saved file',
  importTitle: 'Bring in your practice?',
  importWill: (practices: number, routines: number, alreadyHere: number, skipped: number) =>
    [
      `This file adds ${what(practices, routines)}.`,
      alreadyHere > 0
        ? `${countWord(alreadyHere, 'item is', 'items are')} already here and stay as they are.`
        : '',
      skipped > 0
        ? `${countWord(skipped, 'item', 'items')} in it could not be read and will be left out.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  importNothingNew: 'Everything in this file is already here. Nothing needs to be added.',
  importYes: 'Add them',
  importNo: 'Cancel',
  imported: (practices: number, routines: number) => `Added ${what(practices, routines)}.`,
  importProblems: {
    'too-big':
      'This file is larger than any Stillpoint saves, so nothing was added. Choose the .json file from “Save as JSON”.',
    'not-json':
      'This is not a file Stillpoint saved, or it is not complete, so nothing was added. Choose the .json file from “Save as JSON”.',
    'not-stillpoint':
      'This file was not saved by Stillpoint, so nothing was added. Choose the .json file from “Save as JSON”.',
    newer:
      'This file was saved by a newer Stillpoint, so nothing was added. Reload the page once you are online to update, then try again.',
    empty: 'This Stillpoint file holds no practice that can be read, so nothing was added.',
    unreadable:
      'The file could not be opened, so nothing was added. Try again, or choose another copy.',
  },
  unreadable: (n: number) =>
    `${countWord(n, 'thing', 'things')} kept on this device could not be read. ${n === 1 ? 'It is' : 'They are'} kept as ${n === 1 ? 'it was' : 'they were'}, and included when you save a copy as JSON.`,
  kept: 'This browser has agreed to keep your practice until you delete it.',
  mayClear:
    'This browser may clear what Stillpoint keeps if the device runs low on space, or if you clear your browsing data. Save a copy now and then.',
} as const

/** "3 practices and 1 routine from a link", leaving out what is none. */
function what(practices: number, routines: number): string {
  return [
    practices > 0 ? countWord(practices, 'practice') : '',
    routines > 0 ? countWord(routines, 'routine from a link', 'routines from a link') : '',
  ]
    .filter(Boolean)
    .join(' and ')
}

/** "1 practice", "3 practices" (counts of things in a file). */
function countWord(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export const reminderCopy = {
  title: 'Reminders',
  lead: 'Choose the days and a time, and Stillpoint makes a calendar file. Open it and your calendar app adds the reminders. Stillpoint sends nothing, but your calendar app may copy the reminders to your other devices.',
  days: 'Days',
  time: 'Time',
  appointmentTitle: 'Your next appointment (optional)',
  appointmentHint: 'Add it and your calendar reminds you the day before.',
  date: 'Date',
  download: 'Download calendar file',
  needSomething: 'Choose at least one day, or enter an appointment date.',
  saved: (name: string) => `Saved ${name}. Open it to add the reminders to your calendar.`,
  eventTitle: 'Stillpoint: a few calm minutes',
  eventText:
    'Time for your head and neck routine, if it suits you today. Open Stillpoint and choose Practice at home. Light touch only. Stop if anything feels wrong.',
  /** What the calendar calls the appointment, lock screens included: neutral unless changed. */
  appointmentEvent: 'Appointment',
  appointmentName: 'Name in your calendar',
  appointmentNameHint: 'Calendars show this on your lock screen and on every device they sync to.',
  appointmentText: 'Your next appointment. You could bring your Stillpoint practice history.',
} as const
