import { useId } from 'react'

/** A loudness from 0 to 1, shown and spoken as a percentage. */
export function LevelSlider({
  label,
  value,
  onChange,
}: {
  label: string
  value: number
  onChange: (v: number) => void
}) {
  const id = useId()
  return (
    <div className="level">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={Math.round(value * 100)}
        aria-valuetext={`${Math.round(value * 100)} percent`}
        onChange={(e) => onChange(Number(e.currentTarget.value) / 100)}
      />
    </div>
  )
}
