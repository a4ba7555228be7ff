// The presenter rules, one per phrasing family. Every presenter record names
// the rule that made it. Examples are invented (councils, people, wording).
import { defineRule } from '../../rules/define.js';

export const subjectVerbRule = defineRule({
  id: 'presenter-subject-verb',
  stage: 'presenter',
  description:
    'People or posts, then a presenting verb (introduced, presented, outlined, gave an update, provided an overview, took Members through, reported on, spoke to the report), after any opening clause.',
  examples: {
    valid: [
      'Priya Nandi, Head of Leisure Services, introduced the report.',
      'Road Superintendent Carl Mauer reviewed his monthly report with Council.',
      'Director of Planning Ruth Osei reviewed the revised subdivision layout.',
      'The Agricultural Fieldman provided a summary of the weed inspection program.',
      'The Treasurer went through the budget report line by line.',
      'The Group Manager Infrastructure took the report as read and highlighted the revised costs.',
      'The Head of Housing briefed Members on the homelessness figures.',
      'Dr Rhian Vos - Director of Public Health - presented the annual report.',
      'Officers from the Fire and Rescue Service (Mr Ray Tull and Ms Sue Vine) gave a presentation on home safety checks.',
      'Ms Gina Lomax, Parks Manager, explained the strategy and the proposed investment.',
      'The Waste Strategy Manager gave a presentation on the new collection rounds.',
      'At the invitation of the Chair, Councillor Owen Reese (Cabinet Member for Transport) took Members through the proposals.',
      'Dr Ana Pohatu took the committee through the water quality results.',
      'The Mayor spoke to her Mayoral Minute.',
      'Fleet Manager Tom Ashdown outlined the vehicle replacement programme.',
      'Councillors Marsh and Okafor jointly presented the task group findings.',
      'The Parish Clerk reported that no planning applications had been received.',
      'In the absence of the Monitoring Officer the Head of Legal Services updated Members on the complaints received.',
      // What is reported may hold "with": "in touch with" is not "presented the club with the award".
      'Councillor Ng reported she was in touch with the Head of Libraries about the reopening of the branch library.',
      // A sub-heading a page joined to the sentence: the post is read from where the sentence starts.
      '(b) 25/01123/FUL – Rear of 14 Fenwick Terrace, Oldbury Cross – Erection of two semi-detached bungalows\nThe Senior Planning Officer presented the report.',
      'The Manager Water and Wastewater, Ms Priscilla Otto, addressed Council on the stage 2 design.',
      'Ms. Deirdre Nolan, Meetings Administrator, went through the list of applications recommended for funding.',
      'Ben Sauvage, Director of Public Works, reviewed the tender results.',
      'The Meetings Administrator read correspondence from the Department of Transport.',
      'Mr Evan Lisle, General Manager Planning and Growth, walked Councillors through the proposed amendment.',
      'The Cathaoirleach updated members on the meeting with the play equipment supplier.',
      'The Chief Financial Officer, Ms Leanne Hart, spoke to the financial statements.',
      'The Licensing Manager (Sophie Grant) introduced the revised policy.',
    ],
    invalid: [
      'The Harbour Strategy was presented to the Board.',
      'The Chair presented Millbrook Scouts with a certificate of thanks.',
      'Councillor Rhys Penn introduced himself as the new ward member.',
      'Members noted the report of the Director of Finance.',
      'Councillors reviewed the policy on recording meetings.',
      'In response, the Head of Housing explained the proposals for Elm Court.',
      'Ms Dana Kirby, on behalf of the Hollins Tennis Club, presented a request for a grant towards new floodlights.',
      "Mr Ivo Brandt presented the residents' concerns about lorry traffic on Mill Road.",
      'Mr Alan Roe addressed Council on the proposed lease of the showground.',
      'Mr Dale Ferris, Secretary, addressed Council on behalf of the Skate Park Users Group.',
      'Councillor Byrne took Members through his amendment to the motion.',
      'The Mayor presented long service awards to three members of staff.',
      'The Chair introduced the new Town Clerk, Ms Joan Bell, to the meeting.',
    ],
  },
});

export const presentedByRule = defineRule({
  id: 'presenter-presented-by',
  stage: 'presenter',
  description: 'A passive presenting verb with its agent: "The report was presented by X", "was introduced by the Head of Y".',
  examples: {
    valid: [
      'The quarterly budget monitoring report was introduced by Sunita Rao, Finance Business Partner.',
      'A presentation on the Local Cycling Plan was given by Active Travel Officer, Dan Whitley.',
      'The Committee considered the fees and charges report, presented by Amir Kaur, Income Manager.',
      'The draft Litter Strategy was presented by Mr. Colm Furey, Senior Executive Officer.',
      'An update on alcohol harm was provided by the Substance Misuse Lead, Mr Rhys Evans.',
      'The report, which was introduced by the Public Health Consultant (Lisa Grant), set out the new strategy.',
      'A verbal update was given by Rizwan Patel, Head of Financial Inclusion, on spending to date.',
      'Report of the Director Community Services (presented by Ms Jan Kerr, Library Coordinator).',
      'The Panel was given an update by the Grants Officer, Ms Amy Tse.',
    ],
    invalid: [
      'A presentation was given by the applicant.',
      'The report was considered by the Committee.',
      'Public comments were made by Ms Barbara Quinn and Mr Tom Asher.',
      "Prayers were led by Reverend Joan Hale of St Mark's Church, following which the meeting began.",
    ],
  },
});

export const participleOpeningRule = defineRule({
  id: 'presenter-participle-opening',
  stage: 'presenter',
  description: 'A fronted presenting participle, then the people or post who present as the main clause\'s subject: "Introducing the report, the Head of Finance explained …", "In presenting the item, Cllr X, Cabinet Member for Y, said …".',
  examples: {
    valid: [
      'Introducing the report, the Chief Finance Officer explained the borrowing position.',
      'In presenting the item, Councillor Sarah Munro, Cabinet Member for Planning, said the plan was on track.',
      'Outlining the proposals, Ms Gwen Ashby (Head of Leisure) highlighted the savings from the new contract.',
    ],
    invalid: ['Introducing the report, it was noted that the figures were provisional.', 'Presenting a petition, residents of Elm Court asked for a crossing.', 'Introducing himself, the new Clerk said he looked forward to working with Members.'],
  },
});

export const whoPresentedRule = defineRule({
  id: 'presenter-who-clause',
  stage: 'presenter',
  description: 'A person welcomed or named, then a relative clause with a presenting verb: "The Panel welcomed X from Y, who provided an update".',
  examples: {
    valid: ['The Panel welcomed Aisha Patel from Downland Homes Trust, who provided an update on the repairs backlog.', 'There had been circulated Report No SLA/16/24 by the Ward Manager, who presented the applications.'],
    invalid: ['The Panel welcomed residents from Elm Court, who provided an update on the repairs backlog.'],
  },
});

export const invitedRule = defineRule({
  id: 'presenter-invited',
  stage: 'presenter',
  description: 'The Chair invited a person or post to present, introduce or give an update on the item, or a person "had been invited to the meeting to discuss" it.',
  examples: {
    valid: [
      'The Chair invited the Head of Housing Options to introduce the report.',
      'The Chairman invited the Chairs of the Scrutiny Panels to give a brief update on their work.',
      'Councillor Rhoda Lusk, Cabinet Member for Transport, had been invited to the meeting to discuss her portfolio.',
      'Ms Tanya Orr, Head of Customer Services, was invited to present the annual complaints report.',
    ],
    invalid: ['The Chair invited Councillor Dunn to present his motion.', 'The Chair invited members of the public to present their comments.', 'Residents of Elm Court had been invited to the meeting to discuss their views.'],
  },
});

export const askedToPresentRule = defineRule({
  id: 'presenter-asked-by-chair',
  stage: 'presenter',
  description: 'A presiding member asked (or called upon) a person or post to present, introduce or outline the item: "The Chair asked the Head of Education to outline the consultation".',
  examples: {
    valid: ['The Chair asked the Head of Education Services to outline the outcome of the consultation.', 'The Mayor called upon Ms Rhian Bowen, Planning Manager, to present the report.'],
    invalid: ['The Chair asked Councillor Dunn to present his motion.', 'Councillor Ames asked the Head of Education Services to outline the cost of the new school.'],
  },
});

export const receivedFromRule = defineRule({
  id: 'presenter-received-from',
  stage: 'presenter',
  description: 'The meeting received (or heard) a report, presentation or update from a person or post: "The Committee received a presentation from Ann Lee, Head of Transport, on …".',
  examples: {
    valid: ['Members heard a presentation from Station Officer Dan Kemp of the Rural Fire Service.', 'The Committee received a presentation from Ann Lee, Head of Transport, on the bus strategy.', 'Assembly received a report from the Chief Executive on the appointment of Members to outside bodies.', 'A presentation was received from Ms Fiona Gale of Bluegum Audit Partners on the audit findings.'],
    invalid: ['The Committee received a petition from residents of Elm Road.', 'The Council received a letter from the Secretary of State.'],
  },
});

export const thereWasSubmittedRule = defineRule({
  id: 'presenter-there-was-submitted',
  stage: 'presenter',
  description: 'A report named by its author where no one is recorded presenting it: Scottish "There was submitted (circulated) a report by X on …", "By means of a report by X, the Y was presented".',
  examples: {
    valid: [
      'There was submitted a report by the Head of Roads and Transportation on the winter maintenance programme.',
      'There was circulated a joint report by the Chief Executive and the Director of Finance regarding the budget.',
      'By means of a report by the Corporate Director (Place), the Leisure Centres Update was presented to the Panel.',
      // Highland and joint-board minutes name the report by its number.
      'There had been circulated Report No. HC/14/25 by the Harbour Master on the proposed dues.',
      'There was submitted Report No TVJB 8-2025 (Ref: AC/25) by the Treasurer presenting the unaudited accounts.',
    ],
    invalid: ['There was submitted a petition by residents of Glebe Street.', 'There was no report on this item.', 'There had been circulated a petition by residents of Shore Road.'],
  },
});

export const attendingRule = defineRule({
  id: 'presenter-attending',
  stage: 'presenter',
  description: 'People "were in attendance for this item", "attended the meeting to present the report", or the lines under "In attendance to present this item were:".',
  examples: {
    valid: [
      'Ms R Oduya (Head of Highways) and Mr K Blake (Traffic Manager) were in attendance for this item.',
      'In attendance to present this item were:\n\n• Carla Dent, Director of Place\n• Councillor Ben Ilott, Cabinet Member for Growth',
      'Jo Fane, Parks and Open Spaces Manager, attended the meeting to present the report.',
      // Beside the presenter, in a clause or a sentence of its own.
      'The General Manager introduced the report and the Chief Financial Officer was in attendance for this item.',
      'The Director of Finance presented the report. Ms Ruth Ngata, Rates Manager, was in attendance for this item.',
      // The phrase between commas after the subject.
      'Ms C. Madigan, Head of Finance, in attendance for this item, outlined the main points of the Annual Financial Statement.',
    ],
    invalid: ['Councillor Moss was in attendance.', 'The Chair opened the meeting and the Clerk was in attendance for this item.'],
  },
});

export const peopleListRule = defineRule({
  id: 'presenter-people-list',
  stage: 'presenter',
  description: 'A list of named people with their posts under a lead-in such as "Representing the Council", "External Guests" or "The Chair welcomed for this item:", or opening the item.',
  examples: {
    valid: [
      '3.2 The Chair welcomed for this item:\n\nMegan Lowry, Head of Revenues and Benefits\n\nCllr Sam Idris, Cabinet Member for Finance',
      'Representing Wyvern District Council\n\n• Tom Keane, Strategic Director Place\n\n• Anna Voss, Housing Needs Manager',
    ],
    invalid: [
      'RESOLVED that the following appointments be made:\n\nCouncillor Tom Keane, Chair\n\nCouncillor Anna Voss, Vice-Chair',
      // A question after the asker's name is no post.
      'Q: Cr Ennis – Can the Works Manager advise when the Bluff Road culvert will be replaced?',
      // A roll of members opening an attendance item, the first with their office.
      '2.1 Attendance\nCr M J Kowalski – Shire President\nCr D L Ferreira – Deputy Shire President\nCr A B Whitehurst',
    ],
  },
});

export const labelRule = defineRule({
  id: 'presenter-label',
  stage: 'presenter',
  description: 'A "Presenter:" / "Presented by:" label with the people.',
  examples: {
    valid: ['Presented by: Dana Quill, Chief Executive', 'Report presented by: Dr Ines Vale, Director of Public Health', 'Presentation: Omar Reid, Head of Transport'],
    invalid: ['Report author: Dana Quill, Chief Executive'],
  },
});

export const welcomedRule = defineRule({
  id: 'presenter-welcomed',
  stage: 'presenter',
  description: 'The Chair welcomed people, each named with a post, to the item.',
  examples: {
    valid: ['The Chair welcomed Laura Finch, Director of Legal Services; and Tony Harlow, Lead Officer Trading Standards.'],
    invalid: ['The Chair welcomed Members to the meeting.', 'The Chairman welcomed Councillor Patel to her first meeting of the Committee.'],
  },
});

export const thankedRule = defineRule({
  id: 'presenter-thanked',
  stage: 'presenter',
  description: 'Named people thanked for their presentation, update or report.',
  examples: {
    valid: ['The Chair thanked Ms Okoro for her presentation.'],
    invalid: ['The Chair thanked officers for the report.', 'The Chair thanked Ms Okoro for attending.'],
  },
});

export const staffReportRule = defineRule({
  id: 'presenter-staff-report',
  stage: 'presenter',
  description: 'A report line: "Name, Post – verbal report", or a member with a post "– Reported …".',
  examples: {
    valid: ['Dana Quill, Harbour Superintendent – verbal and written report', 'County Councillor R Vane – Reported that the resurfacing of Mill Road would start in May.'],
    invalid: ['Harbour dues – verbal update to follow', 'P Lowe, Churchtown – Reported that the footpath was blocked.'],
  },
});

export const memberReportsRule = defineRule({
  id: 'presenter-member-reports',
  stage: 'presenter',
  description: 'Under a "Committee Reports" / "Members\' Reports" item, each "Councillor Name: Body" or "Name – Body" line is a member reporting.',
  examples: {
    context: 'document',
    valid: ['MINUTES\n\n1. Committee Reports\n\nCouncillor Dave Yarrow: Township Museum Board.\n\nMayor Tina Pike: Home for the Aged Board of Management.\n'],
    invalid: ['MINUTES\n\n1. Correspondence\n\nCouncillor Dave Yarrow: Township Museum Board.\n'],
  },
});

export const statementItemRule = defineRule({
  id: 'presenter-statement-item',
  stage: 'presenter',
  description:
    'An item that consists of a statement ("Mayor\'s Announcements", "Chair\'s Business", "Treasurer\'s Report"): the presiding member or the post whose report it is, making it ("The Mayor advised Members …").',
  examples: {
    context: 'document',
    valid: [
      'MINUTES\n\n4. Chairman\'s Announcements\n\nThe Chairman advised that the Civic Service would be held on 12 May at St Cuthbert\'s Church.\n',
      'MINUTES\n\n5. Lord Mayor\'s Business\n\nThe Lord Mayor informed Council of the death of former Councillor Jean Platt, who served the Eastgate ward.\n',
      "MINUTES\n\n6. Treasurer's Report\n\nThe Treasurer advised that the balance stood at £4,120 at the end of March.\n",
    ],
    invalid: [
      'MINUTES\n\n4. Chairman\'s Announcements\n\nThe Chairman did not make any announcements.\n',
      'MINUTES\n\n2. Declarations of Interest\n\nThe Chair reminded Members to declare any interests.\n',
      "MINUTES\n\n6. Treasurer's Report\n\nCouncillor Ames said that the hall had been cold all winter.\n",
    ],
  },
});

export const supportedByRule = defineRule({
  id: 'presenter-supported-by',
  stage: 'presenter',
  description: 'A named person supporting the presenter: "…introduced the report, supported by X, Post".',
  examples: {
    valid: ['The Cabinet Member for Housing introduced the report, supported by Helen Croft, Head of Housing Strategy.'],
    invalid: ['The Cabinet Member for Housing introduced the report, supported by officers.'],
  },
});

export const possessiveReportRule = defineRule({
  id: 'presenter-report-received',
  stage: 'presenter',
  description: 'Whose report was received or presented: "The Town Clerk\'s report was received", "Ms Lee\'s update was given".',
  examples: {
    valid: ["The Town Clerk's report was received.", "Inspector Dawn Ruiz's quarterly policing report was presented to the Council.", "The Harbour Master's report for the quarter was received."],
    invalid: ["The Auditor's report was considered.", "The Council's annual report was received."],
  },
});
