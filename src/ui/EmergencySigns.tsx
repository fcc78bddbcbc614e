import { emergencySigns } from '@/content/safety'
import './trust.css'

/** When to call emergency services at once: one lead and short lines, the same on every screen. */
export function EmergencySigns() {
  return (
    <div className="emergency-signs">
      <p className="emergency-signs-lead">{emergencySigns.lead}</p>
      <ul>
        {emergencySigns.signs.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </div>
  )
}
