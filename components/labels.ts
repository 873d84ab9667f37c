// Which message key names each category; shared by the checklist and the finding cards.
import type { Category } from '@/rules';
import type { MessageKey } from '@/utils/i18n';

export const CATEGORY_LABELS: Record<Category, MessageKey> = {
  tone: 'categoryTone',
  empathy: 'categoryEmpathy',
  ownership: 'categoryOwnership',
  'next-steps': 'categoryNextSteps',
  clarity: 'categoryClarity',
  'co-production': 'categoryCoProduction',
};
