// The vocabulary of reports packs: the frontsheet, membership and agenda a
// council prints before the minutes of the last meeting and the reports
// (ModernGov "Public Document Pack", "Agenda reports pack", a parish clerk's
// summons). src/segment/packs.ts builds its patterns from these lists.
import { extendable } from './extend.js';

/** Frontsheet and agenda furniture: words a pack prints before the minutes it carries, never minutes themselves. */
export const PACK_FURNITURE: readonly string[] = extendable('PACK_FURNITURE', [
  'public document pack',
  'public reports pack',
  'agenda reports pack',
  'agenda pack',
  'reports pack',
  'notice of meeting',
  'notice of the meeting',
  'summons to attend',
  'you are summoned',
  'you are hereby summoned',
  'members are summoned',
  'members of the council are summoned',
  'democratic services',
  'committee services',
  'contact officer',
  'enquiries to',
  'date of publication',
  'issue date',
  'quorum',
]);

/** Labels of the frontsheet's list of members: the committee's membership, not who attended. */
export const MEMBERSHIP_LABELS: readonly string[] = extendable('MEMBERSHIP_LABELS', ['membership', 'members of the committee', 'committee members', 'to the members of']);

/** A pack's agenda heading on its own line. */
export const AGENDA_HEADINGS: readonly string[] = extendable('AGENDA_HEADINGS', ['agenda', 'public agenda', 'agenda for the meeting']);

/** Where the reports after the minutes begin: the first line of a report's cover. */
export const REPORT_OPENINGS: readonly string[] = extendable('REPORT_OPENINGS', [
  'report of',
  'report to',
  'report by',
  'report author',
  'report title',
  'purpose of report',
  'purpose of the report',
  'title of report',
  'executive summary',
]);

/** Verbs of a meeting's closing line ("The meeting closed at 8.40 pm"). */
export const MEETING_CLOSE_VERBS: readonly string[] = extendable('MEETING_CLOSE_VERBS', ['closed', 'ended', 'concluded', 'finished', 'terminated', 'rose']);

/** The signature block under minutes ("Chair", "Signed ……", "Date ……"). */
export const SIGNATURE_LABELS: readonly string[] = extendable('SIGNATURE_LABELS', ['chair', 'chairman', 'chairperson', 'chairwoman', 'signed', 'date', 'mayor']);
