// The rule packs that ship with the app: the national default and one local example.
import local from './packs/local-example.json'
import national from './packs/national.json'
import { rulePackSchema, type RulePack } from './rule-pack'

export const SHIPPED_PACKS: readonly { id: string; pack: RulePack }[] = [
  { id: 'national', pack: rulePackSchema.parse(national) },
  { id: 'local-example', pack: rulePackSchema.parse(local) },
]
