// The people vocabulary of minutes: how a person is titled, what follows a
// name, what an officer's or member's role is called and which collective
// subjects stand for "the meeting" rather than a person. One list per class;
// patterns are built from them in src/lexicon/build.ts.
import { extendable } from './extend.js';

/**
 * Honorifics and titles written before a name, across the UK, Ireland,
 * Australia, New Zealand and Canada ("Cr" is the Australian/NZ councillor,
 * "Comh." the Irish Comhairleoir). Forms that take a plural or a full stop
 * are listed as written; the builders add the optional full stop.
 */
export const HONORIFICS: readonly string[] = extendable('HONORIFICS', [
  'Councillor',
  'Councillors',
  'Cllr',
  'Cllrs',
  'Cr',
  'Crs',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'Dame',
  'Rev',
  'Reverend',
  'Deputy Mayor',
  'Mayor',
  'Alderman',
  'Lord',
  'Lady',
  'Baroness',
  // Police ranks, kept with the name as the minutes print them ("Superintendent Rory Freeman", "Staff Sergeant Owen Pritchard").
  // (Not "Constable": it ends posts written before a name, "Deputy Chief Constable Amanda Greatorex".)
  'Chief Inspector',
  'Chief Superintendent',
  'Superintendent',
  'Detective Inspector',
  'Inspector',
  'Staff Sergeant',
  'Detective Sergeant',
  'Sergeant',
  // Irish: Comhairleoir (councillor), as "Comh." in bilingual minutes.
  'Comh',
  // Welsh: Cynghorydd (councillor), plural Cynghorwyr, as "Cyng." in bilingual minutes ("Cyng. / Cllr G Hughes").
  'Cynghorydd',
  'Cynghorwyr',
  'Cyng',
  // New Zealand local and community boards title their members "Member": "MOVED by Member J Tāwhiri".
  'Member',
  // Canadian townships: the head of council and deputy ("Reeve Ann Vos", "Deputy Reeve Tom Hill"); Ontario counties' Warden.
  'Deputy Reeve',
  'Reeve',
  'Deputy Warden',
  'Warden',
  // Scottish: a senior councillor of a burgh ("Bailie Margaret Ferrie"), and the civic heads ("Provost Agnes Rintoul").
  'Bailie',
  'Provost',
  'Depute Provost',
  'Lord Provost',
  // Abbreviations and spellings of other councils: "Ald. Cole" (alderman), Irish "Clr. Daly", North American "Councilor".
  'Ald',
  'Clr',
  'Clrs',
  'Councilor',
  'Councilors',
]);

/** Honorifics of the councillor class: a person so titled is an elected member. */
export const MEMBER_HONORIFICS: readonly string[] = extendable('MEMBER_HONORIFICS', ['Councillor', 'Councillors', 'Cllr', 'Cllrs', 'Cr', 'Crs', 'Cynghorydd', 'Cynghorwyr', 'Cyng', 'Mayor', 'Deputy Mayor', 'Alderman', 'Deputy Reeve', 'Reeve', 'Deputy Warden', 'Warden', 'Bailie', 'Provost', 'Depute Provost', 'Lord Provost', 'Ald', 'Clr', 'Clrs', 'Councilor', 'Councilors']);

/** Courtesy titles of anyone (officers, public speakers, members alike). */
export const COURTESY_TITLES: readonly string[] = extendable('COURTESY_TITLES', ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr']);

/** Titles that say a person is a man or a woman: "Mr Cole" and "Mrs Cole" are two people. */
export const MALE_TITLES: readonly string[] = extendable('MALE_TITLES', ['Mr', 'Sir', 'Lord']);
export const FEMALE_TITLES: readonly string[] = extendable('FEMALE_TITLES', ['Mrs', 'Ms', 'Miss', 'Dame', 'Lady', 'Baroness']);

/** Forms of address before an honorific, Canadian and Australian style: "His Worship Mayor …". */
export const ADDRESS_FORMS: readonly string[] = extendable('ADDRESS_FORMS', ['His Worship', 'Her Worship']);

/** Letters after a name: honours, offices and professional bodies ("Cllr Jane Doe OBE JP"). */
export const POST_NOMINALS: readonly string[] = extendable('POST_NOMINALS', [
  'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'JP', 'DL', 'MP', 'MSP', 'MLA', 'MEP', 'AM', 'QC', 'KC', 'BEM', 'FRICS',
  // Australian, New Zealand and Canadian honours: "Cr Helen Yates OAM", "Mayor Ann Tait QSM", "Reeve Jo Bell CM".
  'OAM', 'AO', 'AC', 'PSM', 'ONZM', 'MNZM', 'CNZM', 'QSM', 'QSO', 'CM', 'OC', 'MSM',
]);

/** Surname particles written in lower case or apart: "Mac Cafferty", "van der Berg", "de Souza". */
export const NAME_PARTICLES: readonly string[] = extendable('NAME_PARTICLES', ['Mac', 'Mc', 'van', 'von', 'de', 'der', 'du', 'la', 'le', 'da', 'di', "O'", 'ap', 'ab']);

/**
 * Words naming a council's departments and portfolios, which follow a post as
 * its department ("Director Sustainable Infrastructure", "Manager Customer
 * Experience"): never a person's name, however capitalised.
 */
export const DEPARTMENT_WORDS: readonly string[] = extendable('DEPARTMENT_WORDS', [
  'Infrastructure', 'Sustainable', 'Sustainability', 'Engineering', 'Assets', 'Works', 'Customer', 'Customers', 'Experience',
  'Growth', 'Culture', 'Organisational', 'Organizational', 'Liveability', 'Livability', 'Recreation', 'Leisure', 'Technical',
  'Regulatory', 'Compliance', 'Information', 'Technology', 'Digital', 'Financial', 'Treasury', 'Revenue', 'Facilities',
  'Environmental', 'Tourism', 'Marketing', 'Communications', 'Economy', 'Enterprise', 'Innovation', 'Libraries',
  'Utilities', 'Transportation', 'Protective', 'Emergency', 'Bylaw', 'Enforcement',
  // Portfolios: "The Cabinet Member for Education and Welsh Language, Councillor D. Lewis, …".
  'Language', 'Skills', 'Wellbeing', 'Well-being', 'Equalities', 'Equality', 'Inclusion', 'Climate', 'Sport', 'Arts',
  'Biodiversity', 'Affairs', 'Welfare', 'Safeguarding', 'Families', 'Youth', 'Homelessness',
  // Departments joined by "and" after a post: "Manager Parks and Open Space", "General Manager Community and Regional Prosperity".
  'Space', 'Spaces', 'Prosperity', 'Governance', 'Secretariat', 'Regeneration', 'Wastewater', 'Estates',
]);

/**
 * Members' posts named by the portfolio they hold, after "for": "Cabinet Member for Planning", "Portfolio Holder for
 * Housing". A "for" after one of these goes on with the post, not with what a report is for.
 */
export const PORTFOLIO_HEADS: readonly string[] = extendable('PORTFOLIO_HEADS', ['Portfolio Holder', 'Cabinet Member', 'Executive Member', 'Lead Member', 'Lead Councillor']);

/**
 * The head nouns of officers' and members' roles: a phrase ending in (or built
 * around) one of these names a post ("Head of Planning", "Community Safety
 * Manager", "Portfolio Holder for Housing", "Fire Chief"). Multi-word heads are
 * listed whole so that "Chief Executive" is one head, not two.
 */
export const ROLE_HEADS: readonly string[] = extendable('ROLE_HEADS', [
  'Chief Executive',
  'Chief Executive Officer',
  ...PORTFOLIO_HEADS,
  'Head of',
  'Head Teacher',
  'Headteacher',
  'Director',
  'Manager',
  'Officer',
  'Clerk',
  'Chief',
  'Lead',
  'Leader',
  'Chair',
  'Chairman',
  'Chairperson',
  'Chairs',
  'Chairmen',
  'Co-Chair',
  'Vice-Chair',
  'Mayor',
  'Lord Mayor',
  'Provost',
  'Reeve',
  'Warden',
  'Convener',
  'Cathaoirleach',
  'Councillor',
  'Secretary',
  'Treasurer',
  'Commissioner',
  'Planner',
  'Engineer',
  'Surveyor',
  'Advisor',
  'Adviser',
  'Consultant',
  'Analyst',
  'Accountant',
  'Auditor',
  'Solicitor',
  'Counsel',
  'Coordinator',
  'Co-ordinator',
  'Controller',
  'Administrator',
  'Superintendent',
  'Inspector',
  'Commander',
  'Nurse',
  'Practitioner',
  'Specialist',
  'Assistant',
  'Representative',
  'President',
  'Trustee',
  'Governor',
  'Ranger',
  'Librarian',
  'Economist',
  'Architect',
  // Posts that stand alone without a name ("The Harbour Master's report was received", "The Police Sergeant reported").
  'Master',
  'Harbourmaster',
  'Constable',
  'Sergeant',
  'Archivist',
  'Registrar',
  'Ombudsman',
  'Curator',
  // "The Assessor reported that 94% of the subjects had been reviewed" (Scottish valuation boards, North American assessment offices).
  'Assessor',
  // Works crews' posts in rural municipalities and shires ("Public Works Foreman Wade Thiessen reported", "the Parks Supervisor").
  'Foreman',
  'Forewoman',
  'Supervisor',
  // Alberta's statutory agricultural officer: "The Agricultural Fieldman provided a summary of the inspections".
  'Fieldman',
]);

/**
 * Titles of the members of a board named by title and surname: the directors of a British Columbia regional
 * district board ("Director Wilding asked how many members the department had", "Alternate Director Kwan").
 */
export const BOARD_MEMBER_TITLES: readonly string[] = extendable('BOARD_MEMBER_TITLES', ['Director', 'Alternate Director']);

/**
 * Senior officers' posts by their initials, written as a title before a surname or as an owner:
 * "CFO Ruskin summarised the inspection", "CAO to report back", "GM Water & Waste to brief Councillors".
 */
export const POST_INITIALS: readonly string[] = extendable('POST_INITIALS', ['CEO', 'CFO', 'CAO', 'COO', 'GM']);

/**
 * Titles that name a post, written before a surname: "Warden MacIsaac reported", "Mayor Nenshi informed Council",
 * "Director Wilding", "CFO Ruskin". Derived: the honorifics whose head is a role (not the councillor's own title),
 * the board members' titles and the posts' initials.
 */
export const POST_TITLES: readonly string[] = extendable('POST_TITLES', [
  ...HONORIFICS.filter((h) => {
    const head = h.split(' ').pop()!;
    return ROLE_HEADS.includes(head) && !/^Council+ors?$/.test(head);
  }),
  ...BOARD_MEMBER_TITLES,
  ...POST_INITIALS,
]);

/** Presiding and civic roles whose statements can make an item ("Mayor's Announcements", "Chair's Business"). */
export const PRESIDING_ROLES: readonly string[] = extendable('PRESIDING_ROLES', [
  'Lord Mayor',
  'Deputy Mayor',
  'Mayor',
  'Chair of Council',
  'Chair of the Council',
  'Chairman',
  'Chairperson',
  'Chair',
  'Vice-Chair',
  'Vice-Chairman',
  'Provost',
  'Lord Provost',
  'Reeve',
  'Warden',
  'Convener',
  'Cathaoirleach',
  'Leader of the Council',
  'Leader',
  'Chief Executive',
]);

/**
 * Subjects that stand for the meeting or a group, not a person: they never
 * present ("Members", "the Committee", "Officers", "the public").
 */
export const COLLECTIVE_SUBJECTS: readonly string[] = extendable('COLLECTIVE_SUBJECTS', [
  'Members',
  'Member',
  'Councillors',
  'Officers',
  'the Committee',
  'the Sub-Committee',
  'the Panel',
  'the Board',
  'the Cabinet',
  'the Council',
  'the Commission',
  'the Forum',
  'the Authority',
  'the Assembly',
  'Council',
  'Committee',
  'Panel',
  'Board',
  'Cabinet',
  'the public',
  'members of the public',
  'residents',
  'the applicant',
  'the applicants',
  'the objector',
  'the objectors',
]);

/** Pronouns and generic words that open a sentence in a name's place; a one-word subject among these is no name. */
export const NON_NAME_SUBJECTS: readonly string[] = extendable('NON_NAME_SUBJECTS', [
  'He', 'She', 'They', 'It', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'Here', 'Everyone', 'Someone', 'Nobody', 'All', 'Each', 'Both',
  'Staff', 'Applicant', 'Agent', 'Residents', 'Officers', 'Members', 'Councillors', 'Government', 'Parliament', 'Ministers', 'Ofsted', 'Healthwatch',
  'Contractor', 'Contractors', 'Consultants', 'Auditors', 'Management', 'Ministry', 'Department', 'Agency', 'Company', 'Network', 'Network Rail',
]);
