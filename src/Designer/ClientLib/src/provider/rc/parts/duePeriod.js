// A user task's due period as the panel edits it: n working days (P5WD) or n calendar days (P10CD), or a named legal
// period (rc:dueLegalPeriod beside its value in rc:dueDate). Any other value the engine accepts (PT4H, a date, an
// expression) is kept and shown as it is until the user sets days.

/** The 期限计算方式 of a named legal period. */
export const LEGAL = 'LEGAL';

export function parseDue(value) {
  const match = /^P(\d+)(WD|CD)$/i.exec((value || '').trim());
  if (match) return { days: match[1], unit: match[2].toUpperCase(), other: false };
  return { days: '', unit: 'WD', other: !!value };
}

export function formatDue(days, unit) {
  const n = (days || '').toString().trim();
  return /^[1-9]\d*$/.test(n) ? `P${n}${unit}` : '';
}
