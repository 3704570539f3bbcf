import type { MedicationClassId } from '@/lib/attack/vocabulary';
import type { TextKey } from '@/lib/i18n/keys';

// The medication classes as the review page and the printed report name them: the full name in the
// medicines list's menu, the short one in table cells. Ids are what files store; names are the catalogue's.

export const CLASS_FULL_KEYS = {
  'simple-analgesic': 'reviewClassSimpleAnalgesic',
  triptan: 'reviewClassTriptan',
  gepant: 'reviewClassGepant',
  ditan: 'reviewClassDitan',
  ergot: 'reviewClassErgot',
  opioid: 'reviewClassOpioid',
  'combination-analgesic': 'reviewClassCombinationAnalgesic',
  antiemetic: 'reviewClassAntiemetic',
  preventive: 'reviewClassPreventive',
  other: 'reviewClassOther',
} as const satisfies Record<MedicationClassId, TextKey>;

export const CLASS_SHORT_KEYS = {
  'simple-analgesic': 'reviewClassShortSimpleAnalgesic',
  triptan: 'reviewClassTriptan',
  gepant: 'reviewClassGepant',
  ditan: 'reviewClassShortDitan',
  ergot: 'reviewClassShortErgot',
  opioid: 'reviewClassOpioid',
  'combination-analgesic': 'reviewClassShortCombinationAnalgesic',
  antiemetic: 'reviewClassShortAntiemetic',
  preventive: 'reviewClassPreventive',
  other: 'reviewClassOther',
} as const satisfies Record<MedicationClassId, TextKey>;
