// The attendance rules as objects: each record in meeting.present, apologies
// and inAttendance names the rule that found it. List rules read the lists
// in a meeting's opening lines; sentence rules read apologies anywhere.
import { defineRule } from '../../rules/define.js';

const ITEM = '\n\n1. Minutes of the last meeting\n\nThe minutes were approved.\n';

export const labelListRule = defineRule({
  id: 'attendance-label-list',
  stage: 'attendance',
  description: 'An attendance label ("Present:", "Apologies:", "In attendance:", "Those present were:", "I Láthair / Present") followed (after a colon, a spaced dash or an em dash: "Apology — Cr Cy Dane") by names on its line or wrapped under it, separated by commas, semicolons or "and"; a chair alone on the label\'s line ("Councillor P Wetherall (Chairman of the Council)") over a paragraph of "Councillors A, B and C", the members under the chair; "His Worship the Mayor Tama Rātana" is "Mayor Tama Rātana"; whom a person attends for is their role ("Ruby Kelly representing Maslows"); an office before a councillor\'s title is the role, the name kept as written ("Mayor Cr Kim Fielding", role Mayor), and so is a numbered seat before a name ("Div. 1 Dale Reimer"); a post in capitals after the initials the minutes use for a person ("Hana Rowe (HR) CHAIR", "… (TQ) CLERK", columns run together into one list) is that person\'s role, and a clerk\'s is in attendance.',
  examples: {
    context: 'document',
    valid: [`Minutes of the Lowfield Parish Council\n\nPRESENT (3 members): Cllr H Rowan (Chair), Cllr P Ember and Mrs T Quill${ITEM}`, `Lowfield Parish Council\n\nPresent: Hana Rowe (HR) CHAIR, Piet Ember (PE), Tess Quill (TQ) CLERK${ITEM}`, `Harbour Board\n\nThose present were: Ms Ada Penhallow; Mr Ivo Trelawny${ITEM}`, `Rangiora Flats District Council\n\nPRESENT: His Worship the Mayor (Mr T Ruru), Crs H Vane and P Kemp${ITEM}`, `Rangiora Flats District Council\n\nPRESENT: Her Worship the Mayor Mere Tamati, Cr Hugh Vane${ITEM}`, `Tallis Creek Shire Council\n\nPRESENT: Mayor Cr Ana Vos, Deputy Mayor Cr Ben Kerr, Crs C Dane and D Lowe${ITEM}`, `RM of Tallis Creek\n\nMembers present: Reeve Ida Lundgren; Councillors Div. 1 Arne Sato, Div. 2 Paulette Girard.${ITEM}`, `Tallis Creek City Council\n\nCouncillors in attendance — Cr Ana Vos (Chair); Cr Ben Kerr\nApology — Cr Cy Dane${ITEM}`, `Tallis County Council\n\nPRESENT: Councillor P Wetherall (Chairman of the Council)\n\nCouncillors A Bramley, K Cawthorne and T Jagger.${ITEM}`],
    invalid: [`Harbour Board\n\nThe Chair welcomed all those present.${ITEM}`],
  },
});

export const labelLinesRule = defineRule({
  id: 'attendance-label-lines',
  stage: 'attendance',
  description: 'An attendance label alone on its line, then one person per line (bullets, blank lines between) until the next label or a sentence (one person doing something to another: "Councillor Ames welcomed Councillor Bell …"). An officer\'s post before initials and a surname ("Clerk J Connelly") is that person\'s role; titled names parted only by wide gaps ("Cllr J Moss  Cllr P Kerr") are one person each; a chair "presiding" ("Cathaoirleach Cllr. P. Ryan presiding.") is a member whose line, full stop and all, does not end the list when titled names follow; a subheading naming the body or group members come from ("Perth Carse Council", "Labour Group") over titled names is skipped; an item heading with its number ("I	DECLARATION OF INTEREST") ends the list; a seat after a comma ("Warden Ann Boudreau, District 2") is the person\'s role.',
  examples: {
    context: 'document',
    valid: [
      `Westmere Town Council\n\nMembers Present\n\nCouncillor Ffion Hale (Mayor)\n\nCouncillor Gethin Morse\n\nAlso Present\n\nMs Rhian Pugh, Town Clerk${ITEM}`,
      `Ridgeway Council\n\nAttending remotely:\n• Cr Mara Tolley\n• Cr Jonah Beere${ITEM}`,
      `Ridgeway Parish Council\n\nPresent:\nCllr J Moss (Chair)  Cllr P Kerr  Cllr L Stone${ITEM}`,
      `Ridgeway Municipal District\n\nPresent:\nCathaoirleach Cllr. Seán Ó Briain presiding.\nCllrs. N. Ní Mhurchú, P. Tóibín.${ITEM}`,
      `Ridgeway Joint Board\n\nPresent:-\n\nStrathavon Council\nBailie Morag KERR\nCouncillor Iain SWAN\n\nGlen Lyle Council\nCouncillor Ruth ABERNETHY${ITEM}`,
      `Municipality of the District of Ridgeway\n\nPRESENT:\nWarden Ann Boudreau, District 2\nDeputy Warden Lionel d'Eon, District 5${ITEM}`,
    ],
    invalid: [`Ridgeway Council\n\nAttending remotely:\nThe meeting was streamed for members of the public who could not attend in person.${ITEM}`, `Ridgeway Parish Council\n\nPresent\n\nCouncillor Ames welcomed Councillor Bell to the Parish\nCouncil${ITEM}`],
  },
});

export const headerLabelRule = defineRule({
  id: 'attendance-header-label',
  stage: 'attendance',
  description: 'A label read as attendance only in the opening lines ("Members:", "Councillors:", "Chair:", Irish "Baill:" and "Cathaoirleach:", or a pair in two languages, "Baill / Members:") with names after it.',
  examples: {
    context: 'document',
    valid: [`Minutes of the Ardmore Parish Council meeting\n\nMembers: Cllr T Venn, Cllr R Oakes and Mrs L Garside.${ITEM}`, `Minutes of the Ardmore Municipal District meeting\n\nBaill / Members: Cllr. T. Venn, Cllr. R. Oakes and Cllr. L. Garside.${ITEM}`],
    invalid: [`Ardmore Parish Council\n\n1. Play area\n\nMembers: asked whether the new swings had been ordered.\n`],
  },
});

export const columnsRule = defineRule({
  id: 'attendance-columns',
  stage: 'attendance',
  description: 'A list laid out as a table ("|A Name |B Name |" rows), in two columns (members on the left, officers on the right), or under headings side by side ("Present:   Members of the Public:   Apologies:").',
  examples: {
    context: 'document',
    valid: [`Marsh County Council\n\nMEMBERS IN ATTENDANCE\n\n|K L Abbot |J Penrose |\n\n|T Vining |M R Yeo |${ITEM}`, `Ashby Parva Parish Council\n\nPresent:        Members of the Public:      Apologies:\n\nMia Oakes (MO) CHAIR    Barbara Lane     Chris Rowe\nKit Dale (KD)${ITEM}`],
    invalid: [`Marsh County Council\n\n|Budget line |Amount |\n\n|Roads |1,200 |${ITEM}`],
  },
});

export const gridRule = defineRule({
  id: 'attendance-grid',
  stage: 'attendance',
  description: 'An attendance grid under a label: each row an office, a person and where they sit ("Chair   L. Demchuk   Electoral Area A", "Deputy Reeve   Carla Vandenberg"), names under a row carrying its office ("Councillors   Jim Stoltz" then "             Nadia Bouchard"), an office column between the name and the seat ("Director J. Ostrander   Chair   Electoral Area A"). A member\'s office ("Mayor", "Councillors", "Member", a regional district\'s "Director") makes a member, an officer\'s post ("Chief Administrative Officer") an officer: under "Attendance" each row goes to its own list.',
  examples: {
    context: 'document',
    valid: [
      `Regional District of Tamarack Flats\n\nPRESENT:\nChair          J. Ostrander         Electoral Area A\nDirector       K. Mbeki             Town of Pell (via Zoom)\nAlt. Director  R. Tso               Electoral Area C\n\nABSENT:\nDirector       H. Lund              Electoral Area C${ITEM}`,
      `County of Sable Hills\n\nATTENDANCE\nReeve                     Ole Brandvold\nCouncillors               Ada Fenwick\n                          Luc Marchand\nChief Administrative Officer   Pat Grieve${ITEM}`,
      `Regional District of Tamarack Flats\n\nPresent:   Director J. Ostrander   Chair        Electoral Area A\n           Director K. Mbeki      Vice-Chair   Electoral Area B\n           Director R. Tso                     Electoral Area C${ITEM}`,
    ],
    invalid: [`County of Sable Hills\n\nATTENDANCE\nBudget line               Amount\nRoads                     1,200${ITEM}`],
  },
});

export const markedColumnsRule = defineRule({
  id: 'attendance-marked-columns',
  stage: 'attendance',
  description: 'An attendance table whose columns are the lists ("Councillor | Present | Apologies"), each row marking one column ("Mrs A Bee | Yes |", "Cllr C Dee | | ✓"): the person goes to the list of the column marked; where a row has a tick under one column and a cross under another ("Cllr C Dee | x | ✓"), the tick\'s.',
  examples: {
    context: 'document',
    valid: [`Ormsby Parish Council\n\nAttendance\nMember | Present | Apologies\nMrs K Lowther (Chair) | Yes |\nMr D Ansell | | Yes${ITEM}`, `Ormsby Parish Council\n\nAttendance\n| Councillor | Present | Apologies | Absent |\n| Cllr P Swain | ✓ | | |\n| Cllr H Mott | | ✓ | |${ITEM}`],
    invalid: [`Ormsby Parish Council\n\nAttendance\nMember | Present | Apologies\nTotal | 7 | 2${ITEM}`],
  },
});

export const statusTableRule = defineRule({
  id: 'attendance-status-table',
  stage: 'attendance',
  description: 'An attendance table with a status column ("Name | Role | Attendance" rows ending "Present", "Apologies", "Present (remote)"): each row goes to the list its status names. The person may sit in a later cell holding a titled name ("Division | Name | Attendance" rows "Ashford North | Cllr P Lane | Present"); "Absent" in a table that also marks "Apologies" sent none and is in no list; in a table that marks others "In attendance", a row marked "Present" is a member whatever its post ("Catriona Bell  Secretary  Present").',
  examples: {
    context: 'document',
    valid: [
      `Fenwick Borough Council\n\nAttendance\n\nName  Role  Attendance\nCouncillor Iris Wolde  Chair  Present\nCouncillor Ravi Soames  Member  Apologies${ITEM}`,
      `Fenwick County Council\n\nAttendance\nDivision | Name | Attendance\nMarsh End | Cllr Iris Wolde | Present\nHolme | Cllr Ravi Soames | Apologies\nKeld | Cllr Ann Tebay | Absent${ITEM}`,
      `Fenwick Community Council\n\nAttendance\n\nName  Position  Attendance\nIona Reid  Chair  Present\nEwan Baird  Secretary  Present\nPC Ada Lyle  Police Scotland  In attendance${ITEM}`,
    ],
    invalid: [`Fenwick Borough Council\n\nAttendance\n\nName  Role  Attendance\nThe committee room  Level 2  Open${ITEM}`],
  },
});

export const remoteSentenceRule = defineRule({
  id: 'attendance-remote-sentence',
  stage: 'attendance',
  description: 'A sentence in the opening lines saying that named members attended remotely ("Councillors A and B attended the meeting remotely", "Cllr C joined via Microsoft Teams"): they are present.',
  examples: {
    context: 'document',
    valid: [`Westbrook Harbour Board\n\nPresent: Councillor Tom Avery (Chair)\nCouncillors Dina Evans and Fred Gale attended the meeting remotely.${ITEM}`],
    invalid: [`Westbrook Harbour Board\n\nPresent: Councillor Tom Avery (Chair)\nThe meeting was streamed online.${ITEM}`],
  },
});

export const surnameFirstRule = defineRule({
  id: 'attendance-surname-first',
  stage: 'attendance',
  description: 'Names printed "SURNAME, Given", several to a line where two columns ran together.',
  examples: {
    context: 'document',
    valid: [`Royal Borough Council\n\nPRESENT\n\nALDERTON, Grace BRANWELL, Henry CASTELL, Imogen DUNSTAN, Felix${ITEM}`],
    invalid: [`Royal Borough Council\n\nPRESENT\n\nCllr Grace Alderton, Cllr Henry Branwell${ITEM}`],
  },
});

export const distributiveTitleRule = defineRule({
  id: 'attendance-distributive-title',
  stage: 'attendance',
  description: 'A plural title heading a list ("Councillors A, B and C", "Crs R Keast, M Jago", "COUNCILLORS - X, Y"): each name after it is a member.',
  examples: {
    context: 'document',
    valid: [`Tamar Shire Council\n\nPresent: Crs J Polwhele, K Rosewarne and T Nancarrow${ITEM}`],
    invalid: [`Tamar Shire Council\n\nPresent: Cr J Polwhele, Cr K Rosewarne${ITEM}`],
  },
});

export const inlineLabelRule = defineRule({
  id: 'attendance-inline-label',
  stage: 'attendance',
  description: 'A "Present:" list inside a run-on opening paragraph (a document flattened into one line, or a Scottish minute\'s "Present:- …" paragraph), up to the first item or a sentence that opens with no label; further labels inside it ("External Members:-", "Also in attendance:-") open their own lists.',
  examples: {
    context: 'document',
    valid: [
      'MINUTES OF THE MEETING OF THE BRENTWICK TOWN COUNCIL HELD ON 3 MARCH 2021 AT 7PM PRESENT: Councillor Oona Pike (Mayor), Councillor Seth Lowry and Councillor Edie Marsh. 1. MINUTES The minutes were approved.',
      'BRENTWICK, 3 March 2021. Minute of Meeting of the EDUCATION COMMITTEE. Present:- Councillor Oona Pike, Convener; and Councillors Seth Lowry and Edie Marsh (as substitute for Councillor Ian Bell). External Members:- Mrs Jean Rae (Church of Scotland). Also in attendance:- Ms Ada Hume (Chief Education Officer). 1. MINUTES The minutes were approved.',
    ],
    invalid: ['MINUTES OF THE MEETING OF THE BRENTWICK TOWN COUNCIL HELD ON 3 MARCH 2021 AT 7PM The Mayor welcomed all present: it was a full meeting. 1. MINUTES The minutes were approved.'],
  },
});

export const apologiesSentenceRule = defineRule({
  id: 'apologies-sentence',
  stage: 'attendance',
  description: 'A sentence recording an apology or apologies from named people: "Apologies for absence were received from …", "Apologies for inability to attend were received from …", "The Committee was advised of apologies from …", "That the apology from X be accepted"; a second list in the sentence (", and from Mrs C Lowe") too.',
  examples: {
    context: 'document',
    valid: [`Kestrel Valley Council\n\n1. Apologies\n\nApologies for absence were received from Councillors Wren Aske and Colm Baty.\n`, `Kestrel Valley Council\n\n1. Apologies\n\nThat the apology received from Cr Neve Holm be accepted.\n`, `Kestrel Valley Council\n\n1. Apologies\n\nApologies were recorded for Alderman Ruth Wilby and Councillor Sean Quill.\n`, `Kestrel Valley Borough Council\n\n1. Apologies\n\nApologies for inability to attend were received from Alderman Ruth Wilby.\n`, `Kestrel Valley County Council\n\n1. Apologies and Substitutes\n\nApologies were received from Mr A Rudd, for whom Mr B Vane was present as substitute, and from Mrs C Lowe.\n`],
    invalid: [`Kestrel Valley Council\n\n1. Apologies\n\nApologies for lateness were received from Councillor Wren Aske.\n`],
  },
});

export const apologiesGivenRule = defineRule({
  id: 'apologies-given',
  stage: 'attendance',
  description: 'A person, or titled people, as subject of sending or giving apologies: "Cllr Z sent apologies", "Ms Tarrow had given her formal apologies", "Cllrs Huw Edwards and Carys Bevan sent their apologies", "Cr A Murdoch and Cr T Goodall tendered apologies".',
  examples: {
    context: 'document',
    valid: [`Kestrel Valley Council\n\n1. Apologies\n\nCllr Ines Faber sent her apologies.\n`, `Township of Kestrel Valley\n\n1. Call to Order\n\nCouncillor Dan Wragby sent regrets.\n`, `Kestrel Valley Community Council\n\n1. Apologies\n\nCllrs Ines Faber and Rhys Dane sent their apologies, which were accepted.\n`, `Kestrel Valley Shire Council\n\n1. Apologies\n\nCr Ines Faber and Cr Rhys Dane tendered apologies.\n`],
    invalid: [`Kestrel Valley Council\n\n1. Apologies\n\nThe Clerk sent the apologies received to the Chair.\n`],
  },
});

export const apologiesUnderHeadingRule = defineRule({
  id: 'apologies-under-heading',
  stage: 'attendance',
  description: 'Names alone under an apologies item heading ("3. Apologies for absence" then "Cllr A Hext (work commitment)") or after its colon, or a "Received from …" line.',
  examples: {
    context: 'document',
    valid: [`Kestrel Valley Parish Council\n\n1. Apologies for absence\n\nCllr Ines Faber (holiday) and Cllr Rhys Dane\n\n2. Minutes\n\nApproved.\n`, `Kestrel Valley Parish Council\n\n1. Apologies for absence: Cllr Tom Aird\n\n2. Minutes\n\nApproved.\n`],
    invalid: [`Kestrel Valley Parish Council\n\n1. Apologies for absence\n\nThere were no apologies.\n\n2. Minutes\n\nApproved.\n`, `Kestrel Valley Community Board\n\n2. Apologies\n\nMoved: Member Hana Tipene\n\nThat the apology from Member Rua Kiri be accepted.\n`],
  },
});

export const unlabelledRule = defineRule({
  id: 'attendance-unlabelled-members',
  stage: 'attendance',
  description: 'Three or more lines each holding only a member\'s title and name ("Mayor Tui Marsden", "Cr Aroha Kingi") in the opening lines, where no label names the list: the members present.',
  examples: {
    context: 'document',
    valid: [`Minutes of an ordinary meeting of the Harbourview District Council\n\nMayor Tui Marsden\n\nDeputy Mayor\n\nCr Aroha Kingi\n\nCr Ben Strachan\n\nCr Hemi Doyle (via audio link)\n${ITEM}`],
    invalid: [`Minutes of an ordinary meeting of the Harbourview District Council\n\nMayor Tui Marsden\n\nCr Aroha Kingi\n${ITEM}`],
  },
});
