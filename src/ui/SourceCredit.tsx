import { practiceCredit, sourceCredit } from '@/content/trust'
import './trust.css'

/**
 * Where the health facts on this screen come from, as plain text: the article, or for Practice
 * the article and the self-care guidance its steps come from.
 */
export function SourceCredit({ of = 'article' }: { readonly of?: 'article' | 'practice' }) {
  return <p className="source-credit">{of === 'practice' ? practiceCredit : sourceCredit}</p>
}
