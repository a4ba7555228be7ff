// Attendance, as a specification: present, apologies and in-attendance lists,
// names as written with the role in brackets split off.
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/parse-text.js';

type P = [name: string | null, role: string | null];
type Att = { present: P[]; apologies: P[]; inAttendance: P[] };
const ITEM = '\n\n1.    Apologies for Absence\n\nAs recorded above.\n';
const attendance = (header: string): Att => {
  const m = parseMinutes(header + ITEM).document.meeting;
  const pairs = (l: typeof m.present): P[] => l.map((p) => [p.name, p.role]);
  return { present: pairs(m.present), apologies: pairs(m.apologies), inAttendance: pairs(m.inAttendance) };
};

describe('attendance lists', () => {
  it.each<[string, Att]>([
    [
      'PRESENT: Councillor A Brown (Chair), Councillor B Green and Councillor C White\n\nAPOLOGIES: Councillor D Black\n\nIN ATTENDANCE: Jane Doe (Democratic Services Officer)',
      {
        present: [['Councillor A Brown', 'Chair'], ['Councillor B Green', null], ['Councillor C White', null]],
        apologies: [['Councillor D Black', null]],
        inAttendance: [['Jane Doe', 'Democratic Services Officer']],
      },
    ],
    [
      'Present:\nCouncillor A Brown (Chair)\nCouncillor B Green\n\nAlso present: Mr E Grey (Monitoring Officer)',
      { present: [['Councillor A Brown', 'Chair'], ['Councillor B Green', null]], apologies: [], inAttendance: [['Mr E Grey', 'Monitoring Officer']] },
    ],
    ['Attendees: Cllr A Abbott, Cllr B Bell', { present: [['Cllr A Abbott', null], ['Cllr B Bell', null]], apologies: [], inAttendance: [] }],
    // A line of its own label ends the list above it, a label the rules know or not ("Clerk:", "Minute taker:").
    ['Present: Cllr A Bell (Mayor), Cllr C Dunn, Cllr M Pryce\nClerk: Mrs L Jenkins', { present: [['Cllr A Bell', 'Mayor'], ['Cllr C Dunn', null], ['Cllr M Pryce', null]], apologies: [], inAttendance: [] }],
    ['Apologies Betty Ross, Annie Morgan and Alan Grey\nMinute taker: John Foster', { present: [], apologies: [['Betty Ross', null], ['Annie Morgan', null], ['Alan Grey', null]], inAttendance: [] }],
    // Ontario counties' head of council and deputy.
    ['Members Present: Warden Patricia Kowalski, Deputy Warden Ray Dumont, Councillor Amrit Gill', { present: [['Warden Patricia Kowalski', null], ['Deputy Warden Ray Dumont', null], ['Councillor Amrit Gill', null]], apologies: [], inAttendance: [] }],
    // A label that names members ("Councillors present", "Members Present"): bare surnames after it are members.
    [
      'Councillors present: Abbott (Chair), Bell, Carr\n\nOfficers present: J Doe (Clerk)',
      { present: [['Abbott', 'Chair'], ['Bell', null], ['Carr', null]], apologies: [], inAttendance: [['J Doe', 'Clerk']] },
    ],
    [
      'Apologies for absence were received from Councillor F Hall and Councillor G King.',
      { present: [], apologies: [['Councillor F Hall', null], ['Councillor G King', null]], inAttendance: [] },
    ],
    // Two brackets after a name: both are the role.
    [
      'Present: Councillor N Patel (Leader) (in the Chair); Councillors Ellis and Grant',
      { present: [['Councillor N Patel', 'Leader; in the Chair'], ['Ellis', null], ['Grant', null]], apologies: [], inAttendance: [] },
    ],
    // A representative's role written before a plain name.
    [
      'PRESENT: Councillor A Brown (Chair), Co-opted Member Priya Shah\n\nAPOLOGIES: Tenant Representative Lulu Agate',
      { present: [['Councillor A Brown', 'Chair'], ['Priya Shah', 'Co-opted Member']], apologies: [['Lulu Agate', 'Tenant Representative']], inAttendance: [] },
    ],
  ])('%j', (header, expected) => {
    expect(attendance(header)).toEqual(expected);
  });

  it.each<string>(['Minutes of the Audit Committee held on 3 May 2022', 'Apologies: None.'])('no names from %j', (header) => {
    expect(attendance(header)).toEqual({ present: [], apologies: [], inAttendance: [] });
  });
});

/** Names only, per list, with the rule of each record. */
type Named = { present: string[]; apologies: string[]; inAttendance: string[] };
const names = (text: string): Named => {
  const m = parseMinutes(text).document.meeting;
  const list = (l: typeof m.present): string[] => l.filter((p) => p.name !== null).map((p) => p.name as string);
  return { present: list(m.present), apologies: list(m.apologies), inAttendance: list(m.inAttendance) };
};
const rulesOf = (text: string, list: 'present' | 'apologies' | 'inAttendance'): (string | undefined)[] => parseMinutes(text).document.meeting[list].map((p) => p.rule);
const BODY = '\n\n1. Minutes\n\nThe minutes of the last meeting were approved.\n';

describe('attendance tables marked by column', () => {
  // Found by the fuzz test: a row with one cell more than its headings ("Cllr R Moor | x | x | ✓") has no column there.
  it('a row with a cell beyond the headings is read without failing', () => {
    const text = 'Ashby Parish Council\n\nAttendance\nCouncillor | Present | Apologies\nCllr P Lane | ✓ | x\nCllr R Moor | x | x | ✓' + BODY;
    const { document } = parseMinutes(text);
    expect(document.warnings.filter((w) => w.id === 'rule-failed')).toEqual([]);
    expect(document.meeting.present.map((p) => p.name)).toContain('Cllr P Lane');
  });
});

describe('attendance label families', () => {
  it.each<[string, string, Partial<Named>]>([
    ['a head count after the label', 'Lowfield Parish Council\n\nPRESENT (3 members): Cllr H Rowan (Chair), Cllr P Ember and Mrs T Quill', { present: ['Cllr H Rowan', 'Cllr P Ember', 'Mrs T Quill'] }],
    ['"Those present were:"', 'Harbour Board\n\nThose present were: Ms Ada Penhallow; Mr Ivo Trelawny', { present: ['Ms Ada Penhallow', 'Mr Ivo Trelawny'] }],
    ['a bilingual Irish label', 'Comhairle Contae\n\nI Láthair / Present: Cllr Niamh Ó Briain, Cllr Ciarán Walsh', { present: ['Cllr Niamh Ó Briain', 'Cllr Ciarán Walsh'] }],
    ['a Māori apologies label with a pipe', 'Awatea District Council\n\nPRESENT:   Mayor Tui Marsden, Cr Hemi Doyle\n\nWHAKAPĀHA |     Cr Aroha Kingi', { present: ['Mayor Tui Marsden', 'Cr Hemi Doyle'], apologies: ['Cr Aroha Kingi'] }],
    ['a qualified also-present label', 'Westmere Town Council\n\nPresent: Cllr Ffion Hale\n\nAlso present via Teams: Ms Rhian Pugh (Town Clerk)', { present: ['Cllr Ffion Hale'], inAttendance: ['Ms Rhian Pugh'] }],
    ['header-only labels in Irish', 'Comhairle Contae\n\nCATHAOIRLEACH: Cllr. P. Ruane\n\nBaill: Cllrs. M. Kenny, S. Rourke\n\nOifigigh: Mr. D. Lyons, County Secretary', { present: ['Cllr. P. Ruane', 'M. Kenny', 'S. Rourke'], inAttendance: ['Mr. D. Lyons'] }],
    ['several labels on one line', 'Ardmore Parish Council\n\nMembers: Cllrs T Venn and R Oakes. Apologies: Cllr L Garside In attendance: Mrs P Kerr (Clerk)', { present: ['T Venn', 'R Oakes'], apologies: ['Cllr L Garside'], inAttendance: ['Mrs P Kerr'] }],
    ['"Attendance:" over members', 'Tamar Shire Council\n\nAttendance: Cr J Polwhele, Cr K Rosewarne, Mr T Nancarrow (Chief Executive)', { present: ['Cr J Polwhele', 'Cr K Rosewarne'], inAttendance: ['Mr T Nancarrow'] }],
    ['"Attendance:" over officers after the members', 'Tamar Shire Council\n\nPresent: Cr J Polwhele, Cr K Rosewarne\nAttendance:\nT Nancarrow (Chief Executive)', { present: ['Cr J Polwhele', 'Cr K Rosewarne'], inAttendance: ['T Nancarrow'] }],
    // A label line after another language's heading ends the list above it and keeps its own kind.
    [
      'labels with names after headings in another language',
      'Kaunihera o Te Awa\n\nKua Tae Mai | Present: Councillors Rua Hemi and Kiri Parata\nTae Mai Hoki | In Attendance: Ana Lowe (Chief Executive)\nNgā Whakapāha Kua Tukuna | Apologies: Councillor Tama Ruru',
      { present: ['Rua Hemi', 'Kiri Parata'], inAttendance: ['Ana Lowe'], apologies: ['Councillor Tama Ruru'] },
    ],
    ['a table row of a member and a mark is no label', 'Lowfield Parish Council\n\nAttendance\n| Member | Status |\n| Cllr A Fenn | Present |\n| Cllr B Marsh | Apologies |', { present: ['Cllr A Fenn'], apologies: ['Cllr B Marsh'] }],
    // A bracket naming who the list holds: members all, office bearers included.
    [
      'a bracket naming the members listed',
      'Seaview Community Council\n\nPresent (Community Councillors): Ann Bell (Chair), Tom Reid (Secretary), Iona Fraser (Treasurer), Sam Law\n\nIn attendance: PC Jo Dunn (Police Scotland)',
      { present: ['Ann Bell', 'Tom Reid', 'Iona Fraser', 'Sam Law'], inAttendance: ['PC Jo Dunn'] },
    ],
    // A label wrapped in its narrow column, its end alone on the next line.
    [
      'a column label whose end wraps alone onto the next line',
      'Westfield Area Committee\n\nPRESENT:       Councillors Alex Bain and Linda Erskine.\n\nAPOLOGIES FOR  Councillor Ian Ferguson.\nABSENCE:',
      { present: ['Alex Bain', 'Linda Erskine'], apologies: ['Councillor Ian Ferguson'] },
    ],
    // A name broken at the end of a line of a comma list, its surname opening the next line.
    [
      'a name wrapped across the lines of a comma list',
      'Seacliff Council\n\nPRESENT\nMayor Ruth Vale (Presiding Member)\nCouncillors Hugh Ashby, Belinda Lee, Kate Marsh, Dianne\nRowley, Vikram Sethi and Jo Varley',
      { present: ['Mayor Ruth Vale', 'Hugh Ashby', 'Belinda Lee', 'Kate Marsh', 'Dianne Rowley', 'Vikram Sethi', 'Jo Varley'] },
    ],
    ['a members subheading inside apologies', 'Fenland County Council\n\nApologies:      Councillors: S Arden, F Bligh and G Wyatt', { apologies: ['S Arden', 'F Bligh', 'G Wyatt'] }],
  ])('%s', (_, header, expected) => {
    const got = names(header + BODY);
    for (const [k, v] of Object.entries(expected)) expect(got[k as keyof Named]).toEqual(v);
  });
});

describe('attendance separators and decorations', () => {
  it.each<[string, string, string[]]>([
    ['titles with no separator', 'PRESENT: Cllr A Penrose (Mayor) Cllr B Treloar Cllr Mrs C Angove', ['Cllr A Penrose', 'Cllr B Treloar', 'Cllr Mrs C Angove']],
    ['a role before a titled name, a tier kept with its title', 'Present: Chairman Cllr R Vosper, County Cllr J Hocking', ['Cllr R Vosper', 'County Cllr J Hocking']],
    ['a role before a dash', 'PRESENT: THE MAYOR - Councillor Pascoe. THE DEPUTY MAYOR - Councillor Rowe', ['Councillor Pascoe', 'Councillor Rowe']],
    ['a plural title distributed over initials and surnames', 'Present: Crs R Keast, M Jago and T Opie', ['R Keast', 'M Jago', 'T Opie']],
    ['a plural title over a run of full names', 'Present: Councillors Tamsin Hosking Jory Bolitho Kathy Pender MBE Nicholas Rule J.P. Ruth Carne', ['Tamsin Hosking', 'Jory Bolitho', 'Kathy Pender', 'Nicholas Rule', 'Ruth Carne']],
    ['SURNAME, Given rows in two columns run together', 'PRESENT\n\nALDERTON, Grace BRANWELL, Henry CASTELL, Imogen BSc DUNSTAN, Felix', ['ALDERTON, Grace', 'BRANWELL, Henry', 'CASTELL, Imogen', 'DUNSTAN, Felix']],
    ['a table of members', 'MEMBERS IN ATTENDANCE\n\n|K L Abbot |J Penrose |T Vining |\n\n|M R Yeo(Chairman) |P Hext | |', ['K L Abbot', 'J Penrose', 'T Vining', 'M R Yeo', 'P Hext']],
    // A title of several words before a name in a distributed list stays whole: no run of two names, no break inside it.
    ['a Depute Provost after a plural title', 'Sederunt: Councillors Alasdair Baird, Fiona Craig and Depute Provost Neil Sinclair.', ['Alasdair Baird', 'Fiona Craig', 'Depute Provost Neil Sinclair']],
    ['a Deputy Mayor after a plural title', 'Present: Councillors Ana Fifita and Deputy Mayor Wiremu Tane', ['Ana Fifita', 'Deputy Mayor Wiremu Tane']],
    ['a Scottish ":-" after the label and a Convener', 'Present:- Councillor Ailsa Reid (Convener), Councillors Bruce Kerr and Calum Moffat.', ['Councillor Ailsa Reid', 'Bruce Kerr', 'Calum Moffat']],
    ['a markdown table with a role column', 'Present:\n\n| Name | Role |\n|---|---|\n| Cllr Ann Bee | Chair |\n| Cllr Cal Dee | Vice-Chair |', ['Cllr Ann Bee', 'Cllr Cal Dee']],
    ['one per line with bullets, until a staff label', 'Present:\n  • Councillor Amesbury\n  • Deputy Mayor Lytle\n  • Mayor Quinlan\nStaff Present:\n  • Dana Quill, City Clerk', ['Councillor Amesbury', 'Deputy Mayor Lytle', 'Mayor Quinlan']],
    ['a line that wraps inside a name', 'PRESENT:\n\nMrs M A Tregear (Chairman), Mr B E\nPolglase, Mr R R Nance', ['Mrs M A Tregear', 'Mr B E Polglase', 'Mr R R Nance']],
    ['a bracket and a ward after a name, a substitute, remote attendance', 'Present in the Chamber: Councillor A Fenwick (Chair) – Northgate Ward; Councillors Marsh (Vice-Chair), Keel (as substitute for Councillor Green) and White (remote)', ['Councillor A Fenwick', 'Marsh', 'Keel', 'White']],
    ['a sentence ends a wrapped list', 'Councillors present: Councillor Rhona Pike (Leader), Councillor Dev Anand\nApologies were received from Councillor Tom Vale.', ['Councillor Rhona Pike', 'Councillor Dev Anand']],
    ['a sentence ends a one-per-line list', 'Present:\nCllr G Hotten – Chairman\nCllr J Penwarden\nCllr G Hotten opened the meeting at 7pm', ['Cllr G Hotten', 'Cllr J Penwarden']],
  ])('%s', (_, header, present) => {
    expect(names(header + BODY).present).toEqual(present);
  });

  it('records which rule read each name', () => {
    expect(rulesOf('Present: Crs R Keast, M Jago' + BODY, 'present')).toEqual(['attendance-distributive-title', 'attendance-distributive-title']);
    expect(rulesOf('Present:\nCllr J Penwarden\nCllr K Opie' + BODY, 'present')).toEqual(['attendance-label-lines', 'attendance-label-lines']);
  });

  it('reads members named line after line with no label, in the opening lines only', () => {
    const header = 'Minutes of an ordinary meeting of the Harbourview District Council\n\nMayor Tui Marsden\n\nDeputy Mayor\n\nCr Aroha Kingi\n\nCr Ben Strachan (via audio link)\n';
    expect(names(header + BODY).present).toEqual(['Mayor Tui Marsden', 'Cr Aroha Kingi', 'Cr Ben Strachan']);
    expect(names(`Harbourview District Council${BODY}\nCr Aroha Kingi\n\nCr Ben Strachan\n\nCr Hemi Doyle\n`).present).toEqual([]);
  });

  it('reads a Present list inside a flattened opening paragraph', () => {
    const text = 'MINUTES OF THE MEETING OF THE BRENTWICK TOWN COUNCIL HELD ON 3 MARCH 2021 AT 7PM IN THE GUILDHALL PRESENT: Cllr O Pike (Mayor) Cllr S Lowry Cllr E Marsh APOLOGIES: Cllr T Venn Cllr R Oakes The Town Clerk was in attendance. 1. MINUTES The minutes were approved.';
    expect(names(text)).toMatchObject({ present: ['Cllr O Pike', 'Cllr S Lowry', 'Cllr E Marsh'], apologies: ['Cllr T Venn', 'Cllr R Oakes'] });
  });
});

describe('apologies sentences', () => {
  it.each<[string, string[]]>([
    ['Apologies for absence were received from Councillors Wren Aske, Colm Baty and Neve Holm.', ['Wren Aske', 'Colm Baty', 'Neve Holm']],
    ['Apologies received from Cllrs Tarrant, Ogle and Jebb. Reasons for absence were accepted.', ['Tarrant', 'Ogle', 'Jebb']],
    ['Apologies for absence from the meeting were received on behalf of Councillors Stowe and Trask.', ['Stowe', 'Trask']],
    ['Apologies have been received from Councillors R Jory and M Gillard due to prior commitments.', ['R Jory', 'M Gillard']],
    ['The Committee was advised of apologies from Councillors Ada Penhallow, Leader of the Council and Lead Councillor for Planning and Regeneration, and Ivo Trelawny.', ['Ada Penhallow', 'Ivo Trelawny']],
    ['Apologies for absence were received from Councillors K. Rees (Brecon Town Council) and L. Morgan.', ['K. Rees', 'L. Morgan']],
    ['Apologies for absence were received from Councillor Rhys Dane and the Police and Crime Commissioner, Tom Aird.', ['Councillor Rhys Dane', 'Tom Aird']],
    ['Apologies for absence were received from councillors Tully and Ormsby together with the Director of Public Health.', ['Tully', 'Ormsby']],
    ['THAT the apology and request for leave of absence from Councillor Brayshaw in respect of the meeting be accepted.', ['Councillor Brayshaw']],
    ['Cllr Ines Faber sent her apologies.', ['Cllr Ines Faber']],
    ['An apology for absence was received from Councillor Kirsty Pratt.', ['Councillor Kirsty Pratt']],
    ['Apologies for absence were submitted on behalf of Provost Lorna Quinn.', ['Provost Lorna Quinn']],
    ['The Chair passed on apologies from Mr A Rudd, on leave abroad, and from the Leader.', ['Mr A Rudd']],
    ['Apologies were received from Cllr Tully on holiday.', ['Cllr Tully']],
  ])('%s', (sentence, apologies) => {
    expect(names(`Kestrel Valley Council\n\n1. Apologies\n\n${sentence}\n`).apologies).toEqual(apologies);
  });

  it.each<string>(['Apologies for lateness were received from Councillor Wren Aske.', 'Cllr Bea Quist sent apologies for having to leave early.', 'The Clerk sent the apologies received to the Chair.', 'There were no apologies.'])('no apologies from %j', (sentence) => {
    expect(names(`Kestrel Valley Council\n\n1. Apologies\n\n${sentence}\n`).apologies).toEqual([]);
  });

  it('reads names alone under an apologies heading, with their reasons as roles', () => {
    const doc = parseMinutes('Kestrel Valley Parish Council\n\nKV048/23   1.   APOLOGIES FOR ABSENCE.\n\nCllr L Wadge and Cllr J Fosse (family commitment), Cllr A Hext (work commitment). The meeting accepted these reasons.\n\n2. Minutes\n\nApproved.\n').document;
    expect(doc.meeting.apologies.map((p) => [p.name, p.role, p.rule])).toEqual([
      ['Cllr L Wadge', null, 'apologies-under-heading'],
      ['Cllr J Fosse', 'family commitment', 'apologies-under-heading'],
      ['Cllr A Hext', 'work commitment', 'apologies-under-heading'],
    ]);
  });
});

describe('apologies under an item heading, with reasons after a dash', () => {
  it.each<[string, string, string[]]>([
    ['one name and a reason of two words', '3. Apologies for absence\n\nCllr Maud Ferris – work commitments.', ['Cllr Maud Ferris']],
    ['two names, each with its reason', '3. Apologies\n\nCllr Maud Ferris – family commitments, Cllr Ivo Penn – on holiday.', ['Cllr Maud Ferris', 'Cllr Ivo Penn']],
    ['a sentence is no list', '3. Apologies\n\nThe Chair noted that no apologies had been received.', []],
  ])('%s', (_, item, apologies) => {
    expect(names(`Ashwick Parish Council\n\n${item}\n\n4. Minutes\n\nThe minutes were approved.\n`).apologies).toEqual(apologies);
  });
});

describe('attendance layouts of councils met later', () => {
  it.each<[string, Att]>([
    // A qualifier in brackets keeps the label's list: "In attendance (remotely)" lists officers.
    [
      'Present (in person): Cr Ada Birch (Chair), Cr Ben Coyle\n\nPresent (virtually): Cr Dana Elms\n\nIn attendance (remotely): Ms Jo Kerr (Governance Officer)',
      { present: [['Cr Ada Birch', 'Chair'], ['Cr Ben Coyle', null], ['Cr Dana Elms', null]], apologies: [], inAttendance: [['Ms Jo Kerr', 'Governance Officer']] },
    ],
    // Names in a column after a wide gap, one per indented row (Canadian township minutes).
    [
      'Members Present:\tReeve Alma Tessier\n\t\t\tDeputy Reeve Gil Marchand\n\nMembers Absent:\tCouncillor Pavel Lind',
      { present: [['Reeve Alma Tessier', null], ['Deputy Reeve Gil Marchand', null]], apologies: [['Councillor Pavel Lind', null]], inAttendance: [] },
    ],
    // Sentence-form labels and members attending remotely.
    [
      'The following Members were present: Councillors Amos Bright (Mayor) and Celia Dunn.\nCouncillor Edgar Frost attended the meeting remotely.',
      { present: [['Amos Bright', 'Mayor'], ['Celia Dunn', null], ['Councillor Edgar Frost', null]], apologies: [], inAttendance: [] },
    ],
    // A bilingual heading alone on its line, and members' offices written before plain names.
    [
      'Te Hunga i Tae Mai | Present\nChairperson Rewi Tamihana\nDeputy Chairperson Gail Stroud\nMember Hoani Paki\n\nNgā Whakapāha | Apologies\nMember Karl Vinten',
      { present: [['Rewi Tamihana', 'Chairperson'], ['Gail Stroud', 'Deputy Chairperson'], ['Member Hoani Paki', null]], apologies: [['Member Karl Vinten', null]], inAttendance: [] },
    ],
    // Column headings side by side, a row of cells under them; the public's column names no one recorded.
    [
      'Present:                 Members of the Public:          Apologies:\n\nMia Oakes (MO) CHAIR     Barbara Lane                    Chris Rowe\nKit Dale (KD)            John Hale\nCara Finn (CF) CLERK',
      { present: [['Mia Oakes', 'Chair'], ['Kit Dale', 'KD']], apologies: [['Chris Rowe', null]], inAttendance: [['Cara Finn', 'Clerk']] },
    ],
    // A plural title after the members it names, and an officer's post after a name.
    [
      'Present: Miss Jane Ritson, Mr Andrew Lomas and Mrs Vera Whiteley, Councillors, Mrs Susan Rydal, Clerk',
      { present: [['Miss Jane Ritson', null], ['Mr Andrew Lomas', null], ['Mrs Vera Whiteley', null]], apologies: [], inAttendance: [['Mrs Susan Rydal', 'Clerk']] },
    ],
    // The office outside the bracket, the titled name inside.
    [
      'PRESENT: His Worship the Mayor (Mr D Kereama), Crs M Blyth and G Dunlop',
      { present: [['Mr D Kereama', 'Mayor'], ['M Blyth', null], ['G Dunlop', null]], apologies: [], inAttendance: [] },
    ],
  ])('%s', (header, expected) => {
    expect(attendance(header)).toEqual(expected);
  });
});
