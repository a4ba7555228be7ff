// Meeting facts, as a specification: body, date (ISO) and venue when the text
// states them, else null.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';

type M = { body: string | null; date: string | null; venue: string | null };
const ITEM = '\n\n1.    Apologies for Absence\n\nNone.\n';
const meeting = (header: string): M => {
  const { body, date, venue } = parseMinutes(header + ITEM).document.meeting;
  return { body, date, venue };
};

describe('meeting: body, date and venue from the header', () => {
  it.each<[string, M]>([
    [
      'Environment & Transport Cabinet Committee - Wednesday, 28th November, 2018 10.00 am\n\nVenue: Council Chamber, Sessions House. View directions',
      { body: 'Environment & Transport Cabinet Committee', date: '2018-11-28', venue: 'Council Chamber, Sessions House' },
    ],
    [
      'MINUTES of a meeting of the Cabinet held in the Council Chamber, County Hall on Thursday, 9 January 2025',
      { body: 'Cabinet', date: '2025-01-09', venue: 'Council Chamber, County Hall' },
    ],
    ['Minutes of the Audit Committee held on November 28, 2018', { body: 'Audit Committee', date: '2018-11-28', venue: null }],
    // Scottish minutes are a "MINUTE" of a meeting; Irish county councils meet as municipal districts.
    [
      'MINUTE of MEETING of the SOUTH STRATH AREA COMMITTEE held in the Town Hall, Kelburn on Tuesday 4 March 2025 at 10.00 am.',
      { body: 'SOUTH STRATH AREA COMMITTEE', date: '2025-03-04', venue: 'Town Hall, Kelburn' },
    ],
    // A hyphenated body keeps its hyphen; a bare "Council" is named with its meeting.
    [
      'Borough of Kelsey\n\nPlanning Policy Sub-Committee\n\nMinutes of the meeting held on Tuesday 4 March 2025',
      { body: 'Planning Policy Sub-Committee', date: '2025-03-04', venue: null },
    ],
    [
      'MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS ON TUESDAY 18 MARCH 2025',
      { body: 'ORDINARY MEETING OF COUNCIL', date: '2025-03-18', venue: 'COUNCIL CHAMBERS' },
    ],
    // A council's meeting named by its kind beats the municipality's name; a plain "Council Meeting Minutes" does not.
    // The municipality named above its meeting's kind is the body (a dev document's gold: "coffs harbour CITY cOUNCIL" over "Ordinary Council Meeting").
    ['Town of Elm Rapids\nSpecial Council Meeting\nMinutes\nMarch 3, 2025', { body: 'Town of Elm Rapids', date: '2025-03-03', venue: null }],
    ['Town of Elm Rapids\n\nCouncil Meeting Minutes\n\nMarch 3, 2025', { body: 'Town of Elm Rapids', date: '2025-03-03', venue: null }],
    // A two-digit year where the words say it is the meeting's date; not elsewhere.
    ['Minutes of the Audit Committee held on 14/01/25', { body: 'Audit Committee', date: '2025-01-14', venue: null }],
    ['AUDIT COMMITTEE\nDate: Tue 4.2.25', { body: 'AUDIT COMMITTEE', date: '2025-02-04', venue: null }],
    // Minutes by another name: a record, notes or report of the meeting of a body.
    ['Record of the meeting of the Housing Advisory Panel held on 4 June 2025 at 2pm', { body: 'Housing Advisory Panel', date: '2025-06-04', venue: null }],
    ['Report of the meeting of Upper Wold Parish Council held on 12 May 2025', { body: 'Upper Wold Parish Council', date: '2025-05-12', venue: null }],
    // An Irish municipal district named on a line of its own, over "Minutes of Meeting held on …".
    ['Carrigbawn Municipal District\nMinutes of Meeting held on 21 October 2025', { body: 'Carrigbawn Municipal District', date: '2025-10-21', venue: null }],
    // A title in dashed parts: the part that names a body, not "Minutes of the Full Council Meeting".
    ['Ashwell Town Council - Minutes of the Full Council Meeting - 6 October 2025', { body: 'Ashwell Town Council', date: '2025-10-06', venue: null }],
    // A "minutes of …" that runs on into the items ("Minutes of the last meeting: Approved … on …") names no body: the title line does.
    [
      'DENHOLM PARISH COUNCIL\nMinutes of the meeting held on 3 February 2025\n\n51/25 – Minutes of the last meeting: Approved and signed by the Chairman.\n52/25 – Highways: The Clerk will report the pothole on Mill Lane.',
      { body: 'DENHOLM PARISH COUNCIL', date: '2025-02-03', venue: null },
    ],
    // Ontario's formal date: "the 23rd day of July, 2024".
    [
      'MINUTES OF THE REGULAR MEETING OF THE COUNCIL OF THE TOWNSHIP OF ELDON HELD ON THE 23RD DAY OF JULY, 2024',
      { body: 'REGULAR MEETING OF THE COUNCIL OF THE TOWNSHIP OF ELDON', date: '2024-07-23', venue: null },
    ],
    [
      'MINUTES OF THE MEETING OF THE CARRIGMORE MUNICIPAL DISTRICT HELD IN THE CIVIC OFFICES, CARRIGMORE ON MONDAY 3RD MARCH 2025 AT 11.00 A.M.',
      { body: 'CARRIGMORE MUNICIPAL DISTRICT', date: '2025-03-03', venue: 'CIVIC OFFICES, CARRIGMORE' },
    ],
    ['Minutes of the meeting of the Planning Committee held on 24 June 2021', { body: 'Planning Committee', date: '2021-06-24', venue: null }],
    // A council named only by "… COUNCIL MEETING"; the attendance table's "Senior Committee Clerk" row is not the body.
    [
      "CITY CLERK'S DEPARTMENT DISPOSITION OF ITEMS COUNCIL MEETING WEDNESDAY, MARCH 25, 2015\n\nMEMBERS PRESENT\tPUBLIC SERVICE\nHis Worship Mayor Bowman\tMr. M. Lemoine, Deputy City Clerk\nDeputy Speaker Councillor Gerbasi\tMr. A. Poitras, Senior Committee Clerk",
      { body: 'COUNCIL', date: '2015-03-25', venue: null },
    ],
    // The venue inside the "held at TIME on DATE in VENUE" sentence; a note above it holding "the minutes of" is passed over.
    [
      '(These minutes are draft until approved at the Meeting at which they are signed)\n\nMinutes of a Meeting of Ferny Cross Parish Council held at 7.30pm on Tuesday 8 April 2025 in the Memorial Hall, Ferny Cross',
      { body: 'Ferny Cross Parish Council', date: '2025-04-08', venue: 'Memorial Hall, Ferny Cross' },
    ],
    // A document title "Minutes - X - date" gives way to the sentence naming the body.
    [
      'Minutes - Full Council - 2nd June 2025\n\nMinutes of a meeting of Rushmere Parish Council held remotely on 2nd June 2025 at 19:00',
      { body: 'Rushmere Parish Council', date: '2025-06-02', venue: null },
    ],
    // A PDF copy parts the ordinal from its day.
    ['At a meeting of the Borough Council held on Tuesday, 14 th October 2025 at 7.30pm', { body: 'Borough Council', date: '2025-10-14', venue: null }],
    // A municipality named on a line of its own.
    ['City of Lakemount\nCouncil Meeting Minutes\nCouncil Chamber', { body: 'City of Lakemount', date: null, venue: null }],
    // Another meeting's date is not this meeting's: previous minutes confirmed, a meeting to come.
    [
      'Greywater Scrutiny Panel\n\nThe minutes of the meeting held on 4 March 2025 were agreed.\n\nA workshop would be held with residents on 9 May 2025.',
      { body: 'Greywater Scrutiny Panel', date: null, venue: null },
    ],
    // A decision by one person has no body; a bare noun names none.
    ['Decision Maker: Cabinet Member for Parks and Leisure\n\nDate of decision: 12/03/2025', { body: null, date: '2025-03-12', venue: null }],
    // Text the patterns catch that is no body's name is no body.
    ['Watch our Council meetings here\n\nThursday 5 June 2025', { body: null, date: '2025-06-05', venue: null }],
  ])('%j', (header, expected) => {
    expect(meeting(header)).toEqual(expected);
  });

  it('a ModernGov agenda-item page states no meeting: all null', () => {
    const doc = parseMinutes('Agenda item\n\nBudget Update\n\nMinutes:\n\nRESOLVED that the report be noted.\n').document;
    expect({ body: doc.meeting.body, date: doc.meeting.date, venue: doc.meeting.venue }).toEqual({ body: null, date: null, venue: null });
  });
});

type Named = { body: string | null; rule: string | undefined };
const named = (header: string): Named => {
  const m = parseMinutes(header + ITEM).document.meeting;
  return { body: m.body, rule: m.rule };
};

// Which name is the body, family by family: the name the heading gives whoever met, in full where the heading prints it.
describe('meeting body: the header families', () => {
  it.each<[string, string, Named]>([
    // A council heading above the minutes' sentence naming it by its kind alone: the heading's full name.
    ['council heading, "meeting of the Council"', 'ORMSBY BOROUGH COUNCIL\nMinutes of a meeting of the Council held at the Civic Offices on Thursday, 6 March 2025', { body: 'ORMSBY BOROUGH COUNCIL', rule: 'meeting-body-council-named-in-header' }],
    ['council heading, "the Parish Council Meeting"', 'KELD WITH THWAITE PARISH COUNCIL\nMINUTES OF THE PARISH COUNCIL MEETING HELD ON\nTUESDAY, 4 MARCH 2025', { body: 'KELD WITH THWAITE PARISH COUNCIL', rule: 'meeting-body-council-named-in-header' }],
    ['bilingual heading, English name below the Welsh', 'CYNGOR TREF ABERWYLAN\nABERWYLAN TOWN COUNCIL\nMinutes of the meeting of the Town Council held on Monday 3 March 2025', { body: 'ABERWYLAN TOWN COUNCIL', rule: 'meeting-body-council-named-in-header' }],
    ['a council named "of" a place', 'Vale of Ashmoor Council\nMinutes of a meeting of the Council held at the Civic Offices on Thursday, 6 March 2025', { body: 'Vale of Ashmoor Council', rule: 'meeting-body-council-named-in-header' }],
    // A heading table's label before the name: "Name of meeting  LICENSING COMMITTEE".
    ['heading table label', 'Name of meeting  LICENSING COMMITTEE\nDate and time  TUESDAY, 4 MARCH 2025 COMMENCING AT 5.00 PM', { body: 'LICENSING COMMITTEE', rule: 'meeting-body-committee-line' }],
    // "Full Council" is a body's name of its own, heading or not.
    ['"Full Council" under a council heading', 'ORMSBY TOWN COUNCIL\nMinutes of the Full Council Meeting held on Monday 3 March 2025 at 7.00pm', { body: 'Full Council', rule: 'meeting-body-minutes-of-sentence' }],
    // A heading of another kind does not rename the council ("Shire" is not "Town").
    ['a kind the heading does not share', 'ORMSBY SHIRE COUNCIL\nMinutes of the meeting of the Town Council held on Monday 3 March 2025', { body: 'Town Council', rule: 'meeting-body-minutes-of-sentence' }],
    // Australia: "ORDINARY MEETING OF COUNCIL" is the meeting's name, over the shire's heading.
    ['shire heading, "ORDINARY MEETING OF COUNCIL"', 'COOLABAH SHIRE COUNCIL\nMINUTES OF THE ORDINARY MEETING OF COUNCIL\nHELD IN THE COUNCIL CHAMBERS ON WEDNESDAY 12 MARCH 2025', { body: 'COOLABAH SHIRE COUNCIL', rule: 'meeting-body-council-named-in-header' }],
    ['no heading, "ORDINARY MEETING OF COUNCIL"', 'MINUTES OF THE ORDINARY MEETING OF COUNCIL\nHELD IN THE COUNCIL CHAMBERS ON WEDNESDAY 12 MARCH 2025', { body: 'ORDINARY MEETING OF COUNCIL', rule: 'meeting-body-kind-of-council-meeting' }],
    ['council name then its meeting in a wrapped title', 'MINUTES\nOF Yarrawong Regional Council\nOrdinary Council Meeting\nHELD AT THE Civic Centre\nON Tuesday, 11 March 2025', { body: 'Yarrawong Regional Council', rule: 'meeting-body-minutes-of-sentence' }],
    ['no heading, "the Ordinary Council Meeting"', 'Minutes of the Ordinary Council Meeting held on Tuesday 11 March 2025 at 6.00pm', { body: 'Ordinary Council Meeting', rule: 'meeting-body-kind-of-council-meeting' }],
    ['council heading, "Annual General Meeting of the Council"', 'Penmorfa Community Council\nMinutes of the Annual General Meeting of the Council held on Monday 12 May 2025', { body: 'Penmorfa Community Council', rule: 'meeting-body-council-named-in-header' }],
    ['municipality heading, "Special Meeting of Council" line', 'Township of Birch Lake\nSpecial Meeting of Council\nMinutes\nMarch 3, 2025', { body: 'Township of Birch Lake', rule: 'meeting-body-council-line' }],
    // Canada: the corporation's name above the meeting named by its kind; the kind alone when no name is printed.
    ['corporation heading, "Regular Council Meeting Minutes"', 'The Corporation of the Township of Alder Bay\nRegular Council Meeting Minutes\nDate: Tuesday, May 6, 2025', { body: 'Corporation of the Township of Alder Bay', rule: 'meeting-body-council-line' }],
    ['no heading, "Regular Council Meeting Minutes"', 'Regular Council Meeting Minutes\nDate: Tuesday, May 6, 2025', { body: 'Regular Council Meeting', rule: 'meeting-body-council-meeting-line' }],
    ['municipality heading, plain "Council Meeting Minutes"', 'Town of Alder Bay\nCouncil Meeting Minutes\nMay 6, 2025', { body: 'Town of Alder Bay', rule: 'meeting-body-council-line' }],
    // A council named by its municipality: in full when a place follows, "Council" when none does.
    ['"Council of the Borough of X"', 'MINUTES OF THE COUNCIL AT THE MEETING OF THE COUNCIL OF THE BOROUGH OF KELSTON HELD AT THE TOWN HALL ON TUESDAY 4th MARCH 2025', { body: 'COUNCIL OF THE BOROUGH OF KELSTON', rule: 'meeting-body-council-of-municipality' }],
    ['"Council of the Borough", no place', 'MINUTES of the proceedings of the Meeting of the Council of the Borough held at 7.00 pm on 4 March 2025', { body: 'Council', rule: 'meeting-body-minutes-of-sentence' }],
    // A committee heading beats the council's; a ModernGov page's site name above "Agenda and minutes" names no meeting.
    ['council heading, committee line', 'Ormsby District Council\nLicensing Committee\nMinutes of the meeting held on 3 March 2025', { body: 'Licensing Committee', rule: 'meeting-body-committee-line' }],
    ['ModernGov page without its title line', 'Ormsby Council\n\nAgenda and minutes\n\nVenue: Council Chamber, Civic Offices. View directions\n\nContact: Democratic Services', { body: null, rule: undefined }],
    ['ModernGov page with its title line', 'Ormsby Council\n\nAgenda and minutes\n\nLicensing Committee - Tuesday, 4th March, 2025 10.00 am\n\nVenue: Council Chamber, Civic Offices. View directions', { body: 'Licensing Committee', rule: 'meeting-body-dated-title' }],
    // Electors' meetings; a previous meeting's minutes ("the May meeting", "To confirm … the minutes of") are not this one's.
    ['Annual Parish Meeting', '12 May 2025 - Annual Parish Meeting\nMinutes of the Annual Parish Meeting held on Monday 12 May 2025', { body: 'Annual Parish Meeting', rule: 'meeting-body-electors-meeting' }],
    ['"Minutes of the May meeting" below the heading', 'FERNLEA COMMUNITY COUNCIL\nGENERAL MEETING MONDAY 2 JUNE 2025\nMINUTES OF THE MAY MEETING', { body: 'FERNLEA COMMUNITY COUNCIL', rule: 'meeting-body-council-line' }],
    ['a body whose name holds such a word ("Adoption")', 'ORMSBY COUNTY COUNCIL\nADOPTION PANEL\nMINUTES of a meeting of the Adoption Panel held at County Hall on Tuesday, 4 March 2025', { body: 'Adoption Panel', rule: 'meeting-body-minutes-of-sentence' }],
    ['an item confirming another meeting\'s minutes', 'Apologies for Absence\n\nNone.\n\nTo confirm as a correct record the minutes of the Harbour Board meeting held on 3 February 2025.\n\nThat the minutes of the Harbour Board meeting held on 3 February 2025 be approved.', { body: null, rule: undefined }],
  ])('%s', (_family, header, expected) => {
    expect(named(header)).toEqual(expected);
  });
});

// Rows the parser does not meet yet, with the annotator's expectation. Skipped
// unless PENDING=1 so the suite stays green; each is on the lead's bug list.
describe('former bug list, now fixed', () => {
  // Body on its own line above "Minutes of the meeting held on …": body comes out "meeting".
  it('body line above "Minutes of the meeting held on 28/11/2018"', () => {
    expect(meeting('Planning Committee\n\nMinutes of the meeting held on 28/11/2018')).toEqual({ body: 'Planning Committee', date: '2018-11-28', venue: null });
  });
  // A bare "Minutes of the Health and Wellbeing Board" title gives body null (NOT_BODY rejects lines starting "Minutes").
  it('bare "Minutes of the <body>" title', () => {
    expect(meeting('Minutes of the Health and Wellbeing Board')).toEqual({ body: 'Health and Wellbeing Board', date: null, venue: null });
  });
  // Venue after the date ("held on … at 6.30 pm in Committee Room 2") or after "was held on <date> in" is missed.
  it('venue after the date', () => {
    expect(meeting('Minutes of the meeting of the Audit and Standards Committee held on Wednesday, 3 March 2021 at 6.30 pm in Committee Room 2, The Guildhall')).toEqual({
      body: 'Audit and Standards Committee',
      date: '2021-03-03',
      venue: 'Committee Room 2, The Guildhall',
    });
    expect(meeting('An Ordinary meeting of the City Council was held on 3 December 2018 in the Council Chamber.')).toEqual({ body: 'City Council', date: '2018-12-03', venue: 'Council Chamber' });
  });
});
