import { sourceCredit } from '@/content/trust'
import './trust.css'

/** Where the health facts on this screen come from, as plain text. */
export function SourceCredit() {
  return <p className="source-credit">{sourceCredit}</p>
}
