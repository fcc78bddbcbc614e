import type { LearnBlock } from '@/content/learn'
import { ClinicContact } from '@/ui/ClinicContact'
import { EmergencySigns } from '@/ui/EmergencySigns'

/** One block of Learn copy. */
export function LearnBlockView({ block }: { readonly block: LearnBlock }) {
  switch (block.kind) {
    case 'text':
      return <p>{block.text}</p>
    case 'note':
      return <p className="learn-note">{block.text}</p>
    case 'list':
      return (
        <div className="learn-list">
          <p>{block.intro}</p>
          <ul>
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )
    case 'steps':
      return (
        <ol className="learn-steps">
          {block.items.map((step) => (
            <li key={step.title}>
              <h3>{step.title}</h3>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      )
    case 'contact':
      return <ClinicContact />
    case 'emergency':
      return <EmergencySigns />
  }
}
