// Labels that open a line of minutes: where a text dump that lost its line
// breaks (a PDF copied as one run of text) is broken again before segmenting.

/** Attendance labels, as written before a colon ("Present:", "Apologies for absence:"). */
export const ATTENDANCE_LINE_LABELS: readonly string[] = [
  'Present',
  'Members present',
  'Councillors present',
  'Also present',
  'Also in attendance',
  'In attendance',
  'Officers present',
  'Officers in attendance',
  'Apologies',
  'Apologies for absence',
  'Absent',
  'Regrets',
];

/** Decision lead-ins written in capitals that open their own paragraph ("RESOLVED that …"). */
export const DECISION_LINE_LEADS: readonly string[] = ['RESOLVED', 'IT WAS RESOLVED', 'AGREED'];
