/** The month-level count behind the note below. */
export const PREVENTIVE_DISCUSSION_DAYS = 4;

/**
 * A note, never a diagnosis, when a month had 4 or more headache days: the threshold from which the
 * American Headache Society's 2021 consensus statement says preventive treatment may be considered.
 */
export function preventiveNote(months: readonly { headacheDays: number; label: string }[]): string | null {
  const many = months.filter((m) => m.headacheDays >= PREVENTIVE_DISCUSSION_DAYS);
  if (many.length === 0) return null;
  // Named when few; when many, the month table beside it names them.
  const names = many.length <= 3 ? `: ${many.map((m) => `${m.label} (${m.headacheDays})`).join(', ')}` : '';
  const count = many.length === 1 ? 'One month' : `${many.length} of ${months.length} months`;
  return (
    `${count} in this period had ${PREVENTIVE_DISCUSSION_DAYS} or more headache days${names}. ` +
    'This is worth discussing preventive options or a headache specialist with your doctor ' +
    '(American Headache Society consensus statement, 2021).'
  );
}
