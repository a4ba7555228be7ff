// Attendance vocabulary: the labels that open a list of who attended, sent
// apologies or was in attendance (in English, Irish and Māori), the words a
// list puts around a name (chair roles, absence reasons, remote attendance)
// and the verbs of an apologies sentence. src/extract/attendance reads these.
import { DECIDING_BODIES } from './decisions.js';
import { extendable } from './extend.js';

/** The list a label opens: members present, apologies, or others in attendance (officers, visitors). */
export type AttendanceListKind = 'present' | 'apologies' | 'inAttendance';

/**
 * The members of a body present, named by the body: "Committee Members Present", "Panel members in
 * attendance", "Board Members Attending". Cabinet members at another body's meeting are visitors (below),
 * and "Members"/"Councillors" name no body.
 */
const BODY_MEMBERS_PRESENT: readonly string[] = DECIDING_BODIES.filter((b) => !['Members', 'Councillors', 'Meeting', 'Cabinet', 'Executive'].includes(b)).flatMap((b) => [
  `${b} Members Present`,
  `${b} Members in Attendance`,
  `${b} Members Attending`,
]);

/** Labels of the members present ("PRESENT:", "Those present were:", "I Láthair / Present"). */
export const PRESENT_LABELS: readonly string[] = extendable('PRESENT_LABELS', [
  'Present',
  'Members Present',
  'Membership Present',
  'Present Members',
  'Councillors Present',
  'Members of the Committee Present',
  'Those Present',
  'Those Present were',
  // Sentence-form labels: "The following Members were present:", "There were present:".
  'The following were present',
  'The following Members were present',
  'The following Councillors were present',
  'Members present were',
  'Councillors present were',
  'There were present',
  'Present were',
  'Those Attending',
  // "Attendees: Cllr A Abbott, Cllr B Bell": the meeting's attendance list by its plain name.
  'Attendees',
  'Members Attending',
  'Councillors Attending',
  'Members in Attendance',
  'Councillors in Attendance',
  'Present in the Chamber',
  'Present in Person',
  'Present Remotely',
  // "Remote: L. Doughty (via Teams)" under the members present in the room.
  'Remote',
  'Remote Attendance',
  'Attending Remotely',
  'Attending Virtually',
  'Attending in Person',
  'Voting Members',
  'Voting Members Present',
  'Co-opted Members Present',
  'Substitutes',
  'Substitute',
  'Substitute Members',
  // Irish: "I Láthair" (present), Māori: "I Tae Mai" / "Kua Tae Mai" (who came).
  'I Láthair',
  'I Lathair',
  'I Tae Mai',
  'Kua Tae Mai',
  'Te Hunga Kua Tae Mai',
  // Welsh: "Yn bresennol" / "Presennol" (present), printed alone or before the English ("Presennol / Present:").
  'Yn bresennol',
  'Yn Bresennol',
  'Presennol',
  'Aelodau yn bresennol',
  // Scottish: "Sederunt" (Latin, "there sat"), the members present.
  'Sederunt',
  // Canadian: "COUNCIL PRESENT", "Council Members Present".
  'Council Present',
  'Members of Council Present',
  // A regional district's board: "DIRECTORS PRESENT:".
  'Directors Present',
  'Directors in Attendance',
  'Directors Attending',
  'Elected Members Present',
  ...BODY_MEMBERS_PRESENT,
  'Attended Remotely',
  'Attended Virtually',
  'Attended in Person',
]);

/**
 * Labels over everyone who attended, members and officers together: "Attendance:", Western Australian
 * "2. RECORD OF ATTENDANCE" over the names. Read as officers in attendance unless most names carry a member's title.
 */
export const MIXED_ATTENDANCE_LABELS: readonly string[] = extendable('MIXED_ATTENDANCE_LABELS', ['Attendance', 'Attending', 'Record of Attendance']);

/** Labels of officers, visitors and others who attended but are not members ("Also present:", "Oifigigh:"). */
export const IN_ATTENDANCE_LABELS: readonly string[] = extendable('IN_ATTENDANCE_LABELS', [
  'Also Present',
  'Also in Attendance',
  'Also Attending',
  'In Attendance',
  ...MIXED_ATTENDANCE_LABELS,
  'Officers',
  'Officers Present',
  'Officers in Attendance',
  'Officers Attending',
  'Staff',
  'Staff Present',
  'Staff in Attendance',
  'Staff and Visitors Present',
  'Non-voting Members',
  // Councillors who attend a committee they do not sit on: not its members.
  'Cabinet Members',
  'Cabinet Members Present',
  'Other Members Present',
  'Other Councillors Present',
  'Visiting Members',
  // Northern Irish and English committees: members of the council who do not sit on the committee.
  'Non-Committee Members',
  'Non-Committee Members Present',
  'Non-Committee Members in Attendance',
  'Non-Members Present',
  // Irish: "I Láthair Freisin" (also present), "Oifigigh" (officers).
  'I Láthair Freisin',
  'I Lathair Freisin',
  'Oifigigh',
  // Welsh: "Hefyd yn bresennol" (also present), "Swyddogion" (officers).
  'Hefyd yn bresennol',
  'Hefyd yn Bresennol',
  'Swyddogion',
  // Irish "Officials", Canadian "Administration Present" (Scottish "Attending:" is in MIXED_ATTENDANCE_LABELS).
  'Officials',
  'Officials Present',
  'Officials in Attendance',
  'Administration',
  'Administration Present',
]);

/** Labels of apologies and absences ("Apologies:", "Regrets", "Leave of absence", Māori "Whakapāha", Irish "Leithscéalta"). */
export const APOLOGY_LABELS: readonly string[] = extendable('APOLOGY_LABELS', [
  'Apologies',
  'Apologies for Absence',
  'Apologies Received',
  'Apology',
  'Absent',
  'Absent with Apologies',
  'Absent with Apology',
  // Canadian: "Absent with regrets: Councillor Brian Aucoin".
  'Absent with Regrets',
  'Absent with Notice',
  'Members Absent',
  // A regional district's board: "DIRECTORS ABSENT:".
  'Directors Absent',
  'Councillors Absent',
  'Council Absent',
  'Not Present',
  'Regrets',
  'Leave of Absence',
  // Australian: one heading over both ("APOLOGIES AND LEAVE OF ABSENCE").
  'Apologies and Leave of Absence',
  'Apologies and Leaves of Absence',
  'Leave of Absence and Apologies',
  'Whakapāha',
  // Māori: "Te Hunga Kāore i Tae Mai" (those who did not come).
  'Te Hunga Kāore i Tae Mai',
  'Te Hunga Kaore i Tae Mai',
  'Whakapaha',
  'Leithscéalta',
  // Welsh: "Ymddiheuriadau" (apologies), "Yn absennol" / "Absennol" (absent).
  'Ymddiheuriadau',
  'Yn absennol',
  'Absennol',
]);

/** Plural titles of members: they head a list of members' names ("Cllrs A, B and C"), or label it ("Cllrs: A, B, C"). */
export const MEMBER_PLURAL_TITLES: readonly string[] = extendable('MEMBER_PLURAL_TITLES', ['Councillors', 'Cllrs', 'Crs', 'Comhairleoirí', 'Cynghorwyr', 'Aldermen', 'Clrs', 'Councilors', 'Members']);

/**
 * Labels read as attendance only in a meeting's opening lines: elsewhere the
 * same words head sentences ("Members: asked whether …") or chair an item.
 * "Baill" is Irish for members, "Cathaoirleach" for the chair.
 */
export const HEADER_PRESENT_LABELS: readonly string[] = extendable('HEADER_PRESENT_LABELS', [
  // The members' plural titles as labels: "Cllrs: John Kelly, Tom Ryan", "Members: …", "Councillors: …".
  ...MEMBER_PLURAL_TITLES,
  'Members of the Council',
  'Members of the Committee',
  'Committee Members',
  'Co-opted Members',
  'Co-opted Member',
  'Co-opted (Voting)',
  // Members who are not councillors: "Independent member: Mr R. Whitcombe", "Lay Members: …".
  'Independent Members',
  'Independent Member',
  'External Members',
  'Lay Members',
  'Lay Member',
  // Scottish education committees' voting members from the churches: "Church Representatives:- Reverend A Moffat".
  'Church Representatives',
  'Religious Representatives',
  'Baill',
  'Chair',
  'Chairman',
  'Chairperson',
  'In the Chair',
  'Presiding',
  'Cathaoirleach',
  // Irish "Comhairleoirí" (councillors, a plural title above) as often written without its accent.
  'Comhairleoiri',
]);

/**
 * The status column of an attendance table ("Attendee | Role | Attendance" with "Present",
 * "Apologies", "Present (remote)"): what each status word says about the row's person.
 */
export const ATTENDANCE_STATUS_PRESENT: readonly string[] = extendable('ATTENDANCE_STATUS_PRESENT', ['Present', 'Attended', 'Remote', 'Virtual', 'Present as substitute', 'Present remotely', 'Attended remotely', 'Attended virtually', 'In person']);
export const ATTENDANCE_STATUS_APOLOGIES: readonly string[] = extendable('ATTENDANCE_STATUS_APOLOGIES', ['Apologies', 'Apology', 'Apologies received', 'Sent apologies', 'Absent', 'Did not attend', 'Not present', 'Leave of absence']);
/**
 * Statuses among the apologies ones that record an absence, not an apology: in a table that also marks "Apologies",
 * an "Absent" row sent none ("Cllr Ben Tonkin  Councillor  Absent"), and is in no list.
 */
export const ATTENDANCE_STATUS_ABSENT: readonly string[] = extendable('ATTENDANCE_STATUS_ABSENT', ['Absent', 'Did not attend', 'Not present']);
export const ATTENDANCE_STATUS_IN_ATTENDANCE: readonly string[] = extendable('ATTENDANCE_STATUS_IN_ATTENDANCE', ['In attendance', 'Also present', 'Officer', 'Observer']);

/**
 * Cells of an attendance table's marked columns ("Councillor | Present | Apologies" rows "Mrs A Bee | Yes |")
 * that mark nothing: the person is not in that column's list.
 */
export const ATTENDANCE_UNMARKED: readonly string[] = extendable('ATTENDANCE_UNMARKED', ['No', 'N', 'n/a', '-', '–', '—', '✗', '✘', '0']);

/**
 * Cells that mark a column whatever else the row holds: where a row has a tick under one column and a cross under
 * another ("Cllr R Moor | x | ✓"), the tick says which list the person is in.
 */
export const ATTENDANCE_TICKS: readonly string[] = extendable('ATTENDANCE_TICKS', ['✓', '✔', '☑', '√', 'Yes', 'Y']);

/** The lower-cased phrases of lists, for lookups: the lists are complete once their modules load (see extend.ts). */
function lowerCased(...lists: (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat().map((w) => w.toLowerCase()));
}
const STATUS_PRESENT = lowerCased(ATTENDANCE_STATUS_PRESENT);
const STATUS_APOLOGIES = lowerCased(ATTENDANCE_STATUS_APOLOGIES);
const STATUS_IN_ATTENDANCE = lowerCased(ATTENDANCE_STATUS_IN_ATTENDANCE);

const STATUS_ABSENT = lowerCased(ATTENDANCE_STATUS_ABSENT);

/** True for a status cell recording an absence without apologies (see ATTENDANCE_STATUS_ABSENT). */
export function absenceStatus(cell: string): boolean {
  return STATUS_ABSENT.has(cell.replace(/\s*\([^)]{0,40}\)\s*$/, '').toLowerCase().replace(/\s+/g, ' ').trim());
}

const UNMARKED = lowerCased(ATTENDANCE_UNMARKED);

const TICKS = lowerCased(ATTENDANCE_TICKS);

/** True for a cell that is a tick (see ATTENDANCE_TICKS). */
export function ticksColumn(cell: string): boolean {
  return TICKS.has(cell.trim().toLowerCase());
}

/** True for a cell of a marked column that marks its row ("Yes", "✓", "X", "P"); false for an empty or "No" cell. */
export function marksColumn(cell: string): boolean {
  const c = cell.trim();
  return c !== '' && !UNMARKED.has(c.toLowerCase());
}

/** The list kind a status cell of an attendance table gives its row ("Present (remote)" is present), or null for any other cell. */
export function statusKind(cell: string): AttendanceListKind | null {
  const l = cell.replace(/\s*\([^)]{0,40}\)\s*$/, '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (STATUS_PRESENT.has(l)) return 'present';
  if (STATUS_APOLOGIES.has(l)) return 'apologies';
  if (STATUS_IN_ATTENDANCE.has(l)) return 'inAttendance';
  return null;
}

/** How a member attended from elsewhere: "attended the meeting remotely", "joined via Microsoft Teams". */
export const REMOTE_ATTENDANCE_WAYS: readonly string[] = extendable('REMOTE_ATTENDANCE_WAYS', ['remotely', 'virtually', 'online', 'electronically', 'via Teams', 'via Microsoft Teams', 'via Zoom', 'by Zoom', 'via video link', 'by video link', 'via video conference', 'by video conference', 'via audio link', 'by audio link', 'by telephone', 'by phone']);

/** Who a label lists, in brackets after it: "Present (Community Councillors):", "Present (Voting Members):". */
export const LABEL_MEMBER_GROUPS: readonly string[] = extendable('LABEL_MEMBER_GROUPS', ['Councillors', 'Community Councillors', 'Members', 'Voting Members', 'Board Members', 'Elected Members', 'Committee Members', 'Trustees', 'Directors']);

/** Qualifiers a label may carry before its separator: "Also present via Teams:", "Present in the Chamber". */
export const LABEL_QUALIFIERS: readonly string[] = extendable('LABEL_QUALIFIERS', ['remotely', 'virtually', 'online', 'in person', 'in the chamber', 'via Teams', 'via Zoom', 'via video link', 'by video link', 'via Teams virtually', 'remote', 'virtual']);

// The endings a qualifier gives a lower-cased label, qualifier by qualifier: " (remotely)", "(remotely)", " remotely".
const QUALIFIER_TAILS: readonly string[] = LABEL_QUALIFIERS.flatMap((q) => {
  const w = q.toLowerCase();
  return [` (${w})`, `(${w})`, ` ${w}`];
});

/** A label without its qualifier: "in attendance (remotely)" and "in attendance via teams" are "in attendance". */
function withoutQualifier(label: string): string {
  for (const tail of QUALIFIER_TAILS) if (label.endsWith(tail) && label.length > tail.length) return label.slice(0, -tail.length).trim();
  return label;
}

const LISTED_LABELS = lowerCased(PRESENT_LABELS, IN_ATTENDANCE_LABELS, APOLOGY_LABELS);
const APOLOGY_LABELS_LOWER = lowerCased(APOLOGY_LABELS);
const IN_ATTENDANCE_LABELS_LOWER = lowerCased(IN_ATTENDANCE_LABELS);

/** True when a label (qualifier aside) is one of the lists' labels as written. */
export function listedLabel(label: string): boolean {
  return LISTED_LABELS.has(withoutQualifier(label.toLowerCase().replace(/\s+/g, ' ').trim()));
}

/** The list kind each label opens (header labels open members lists). */
export function labelKind(label: string): AttendanceListKind {
  const written = label.toLowerCase().replace(/\s+/g, ' ').trim();
  // A label listed as written ("Attending remotely") keeps its list; else its head words without the qualifier decide.
  const l = LISTED_LABELS.has(written) ? written : withoutQualifier(written);
  if (APOLOGY_LABELS_LOWER.has(l)) return 'apologies';
  if (IN_ATTENDANCE_LABELS_LOWER.has(l)) return 'inAttendance';
  // A label as written with a qualifier ("Also present via Teams") keeps the kind of its head words.
  if (/^(?:also|officers?|staff|oifigigh)\b/.test(l) || /\bfreisin\b/.test(l)) return 'inAttendance';
  if (/^(?:apolog|absent|regrets|leave of absence|whakap)/.test(l)) return 'apologies';
  return 'present';
}


/**
 * Offices a member holds, written alone after a name ("James Scott, Councillor") or alone on a line
 * between names ("Deputy Mayor"), or as "The Mayor" before the name it introduces.
 */
export const MEMBER_OFFICES: readonly string[] = extendable('MEMBER_OFFICES', ['Councillor', 'Mayor', 'Deputy Mayor', 'Lord Mayor', 'Reeve', 'Deputy Reeve', 'Warden', 'Deputy Warden', 'Alderman', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Vice-Chair', 'Vice Chair', 'Vice-Chairman', 'Vice Chairman', 'Deputy Chair', 'Deputy Chairman', 'Deputy Chairperson', 'Deputy Chairwoman', 'Speaker', 'Deputy Speaker', 'Leader', 'Deputy Leader', 'Cathaoirleach', 'Convener', 'Vice-Convener', 'Depute Convener', 'Provost', 'Depute Provost', 'President', 'Deputy President', 'Shire President', 'Deputy Shire President']);

/** Plural titles that head a list of members' names ("Councillors A, B and C", Irish "Comhairleoirí", "Messrs A and B"). */
export const PLURAL_TITLES: readonly string[] = extendable('PLURAL_TITLES', [...MEMBER_PLURAL_TITLES, 'Messrs']);

/** Words that make a list entry an officer's title: "Chief Executive (Tom Walsh)", "Mrs J Kellow (Parish Clerk)". */
export const OFFICER_TITLE_WORDS: readonly string[] = extendable('OFFICER_TITLE_WORDS', ['Chief', 'Executive', 'Manager', 'Director', 'Officer', 'Clerk', 'Head', 'Treasurer', 'Engineer', 'Planner', 'Secretary', 'Solicitor', 'Superintendent', 'Coordinator', 'Co-ordinator', 'Adviser', 'Advisor', 'Administrator', 'Commissioner', 'Controller', 'Inspector', 'Assistant', 'Foreman', 'Forewoman', 'Supervisor', 'Fieldman']);

/** Words that open an officer's post before its head word: "Deputy Parish Clerk", "Assistant Director", "Senior Planner". */

/** Words before a councillor's title naming the tier they sit on: "County Cllr K Tregenza", "District Councillor Ames". */
export const TITLE_QUALIFIERS: readonly string[] = extendable('TITLE_QUALIFIERS', ['County', 'District', 'Borough', 'Parish', 'Town', 'City', 'Regional', 'Ward', 'Acting', 'Former']);

/** Words that open an officer's post before its head word: "Deputy Parish Clerk", "Assistant Director", "Senior Planner"; the tiers too ("Town Clerk"). */
export const POST_QUALIFIERS: readonly string[] = extendable('POST_QUALIFIERS', [...TITLE_QUALIFIERS, 'Deputy', 'Depute', 'Vice', 'Assistant', 'Interim', 'Senior', 'Principal', 'Lead', 'Shire', 'Community', 'Corporate', 'Council']);

/** Words that end a name in a run-on list and open what follows: "Cllr Ormsby With the absence of …". */
export const LIST_ENDERS: readonly string[] = extendable('LIST_ENDERS', ['With', 'The', 'It', 'It was', 'There', 'This', 'At', 'In', 'On', 'Following', 'As', 'After', 'Also', 'Meeting', 'Opening']);

/** Phrases that open an absence reason after a name: "Cllr A Hext due to work commitments". */
export const ABSENCE_REASON_OPENERS: readonly string[] = extendable('ABSENCE_REASON_OPENERS', ['due to', 'owing to', 'because of', 'on account of', 'who was', 'who were', 'who is', 'who had', 'for reasons of', 'as a result of']);

/** Verbs that record apologies ("were received", "had been tendered", "was advised of apologies", Scottish "were intimated"). */
export const APOLOGY_VERBS: readonly string[] = extendable('APOLOGY_VERBS', ['received', 'submitted', 'given', 'tendered', 'noted', 'reported', 'accepted', 'recorded', 'sent', 'offered', 'presented', 'advised', 'intimated']);

/**
 * What apologies are "for" when the sentence names no one there: "Apologies for absence were received from …",
 * "Apologies for inability to attend were received from …" (Northern Irish councils), "for non-attendance".
 */
export const APOLOGY_CAUSES: readonly string[] = extendable('APOLOGY_CAUSES', ['absence', 'non-attendance', 'inability to attend', 'being unable to attend', 'absence from the meeting', 'lateness']);

/**
 * Words after a member's name saying they chaired, with no bracket: Irish "Cathaoirleach Cllr. P. Ryan presiding.",
 * "Councillor A Bee presiding". (The bracketed and "in the Chair" forms are read as roles already.)
 */
export const PRESIDING_MARKERS: readonly string[] = extendable('PRESIDING_MARKERS', ['presiding', 'presided', 'who presided']);

/**
 * A councillor's own title, after which an office written first is the member's role, not part of the name:
 * Australian "Mayor Cr Kim Fielding", "Deputy Mayor Cr E Lim", "Chair Cllr A Bee".
 */
export const COUNCILLOR_TITLES: readonly string[] = extendable('COUNCILLOR_TITLES', ['Councillor', 'Cllr', 'Cr', 'Clr', 'Councilor', 'Cyng', 'Cynghorydd', 'Alderman', 'Ald']);

/**
 * Offices of members in the first column of an attendance grid ("Chair   L. Demchuk   Electoral Area A",
 * "Councillors   Jim Stoltz" with more names under it, "Member   Wiremu Hōhepa"): the row's person is a member.
 * Canadian regional district boards seat "Directors" and "Alternate Directors"; NZ local boards "Members".
 */
export const GRID_MEMBER_OFFICES: readonly string[] = extendable('GRID_MEMBER_OFFICES', ['Member', 'Members', 'Elected Member', 'Elected Members', 'Director', 'Directors', 'Alternate Director', 'Alt. Director', 'Alternate Dir.', 'Alt. Dir.', 'Alternate', 'Trustee', 'Trustees', 'Board Member', 'Board Members']);

/**
 * Words of a numbered seat written before a member's name: Canadian rural municipalities' "Div. 1 Dale Reimer",
 * "Division 4 Councillor Curtis Olafson", "Ward 3 Cr A Bee". The seat is the member's role.
 */
export const SEAT_WORDS: readonly string[] = extendable('SEAT_WORDS', ['Div', 'Division', 'Ward', 'Electoral Area', 'Subdivision', 'District']);

/**
 * Last words of a subheading that groups the members of a list by the body or group they come from: a joint
 * board's "Angus and Mearns Council" over its councillors, "Labour Group", "North Ward".
 */
export const MEMBER_GROUP_NOUNS: readonly string[] = extendable('MEMBER_GROUP_NOUNS', ['Council', 'Ward', 'Group', 'Party', 'Borough Council', 'District Council', 'County Council', 'Authority']);

/** Phrases that join someone who is not a named member to a list: "… and Tully together with the Director of Health". */
export const LIST_TAIL_JOINERS: readonly string[] = extendable('LIST_TAIL_JOINERS', ['together with', 'along with', 'as well as']);
