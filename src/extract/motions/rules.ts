// The rules that open a motion, as rule objects: each motion records the id of
// the one that opened it (the reader in reader.ts applies them).
import { defineRule } from '../../rules/define.js';

export const motionLabelsRule = defineRule({
  id: 'motion-mover-seconder-labels',
  stage: 'motion',
  description: 'Mover and seconder labels: "Moved: Cr X Seconded: Cr Y", "Moved by: Cllr X" / "Seconded by: Cllr Y", "Prop. Cllr A, sec. Cllr B", after a resolution number or not.',
  examples: {
    valid: ['Moved: Cr Pania Tuhi Seconded: Cr Ross Elder\n\nThat the submission be endorsed.\n\nCARRIED', 'Moved by: Cllr Dana Whyte\n\nSeconded by: Cllr Ian Fell\n\nThat the grant be approved.', 'OFFICER RECOMMENDATION / COUNCIL RESOLUTION 114/25\nMoved Cr Ngata, seconded Cr Pike\nThat Council approves the skate park design.\nCARRIED 5/0', 'Moved Cr Ling Seconded Cr Quaid 2025/045\nThat Council notes the minutes of the Audit Committee.\nCARRIED', 'MOVED Director Sauvé, SECONDED Director Tamblyn,\nTHAT the agenda be adopted as presented.\nCARRIED'],
    invalid: ['Proposed Lease Agreement for the Pavilion', 'The officer recommendation on the skate park, Moved Cr Ngata, was not seconded.'],
  },
});

export const motionResolvedBracketsRule = defineRule({
  id: 'motion-resolved-brackets',
  stage: 'motion',
  description: 'Mover and seconder in brackets after the lead-in: "Resolved (Cr A / Cr B) That …".',
  examples: { valid: ['Resolved (Cr Amberley / Cr Stroud) That the report be received.'], invalid: ['Resolved (unanimously) that the report be received.'] },
});

export const motionSlashedMoversRule = defineRule({
  id: 'motion-slashed-movers',
  stage: 'motion',
  description: 'Mover and seconder parted by a slash, then the outcome, on the line after the wording (New Zealand and Australian minutes): "(Smith/Jones) Carried", "Member Faleolo/Member Abercrombie   Carried".',
  examples: {
    valid: ['That the playground renewal be approved.\n\n(Tane/Ollivant) Carried', 'That the apology from Member Whyte be accepted.\n\nMember Faleolo/Member Abercrombie      Carried'],
    invalid: ['(Tane/Ollivant) Carried', 'That the playground renewal be approved.\n\nParks/Reserves Committee'],
  },
});

export const motionNumberedMoversRule = defineRule({
  id: 'motion-numbered-movers',
  stage: 'motion',
  description: 'A numbered resolution with mover and seconder by initial and surname ("R2024-118 K. Doyle, P. Marsh: That …"), or with its mover alone ("Res. 241/25 Dery – That …", "MPC-25-061 Cllr Oberg: that …").',
  examples: {
    valid: ['R2024-118 K. Doyle, P. Marsh: That the by-law be passed.', 'Res. 118/25   Kowalchuk – That the road allowance lease be renewed for five years.     Carried.', 'PC-25-014 Cllr Varga: that the development permit be approved subject to conditions. CARRIED'],
    invalid: ['R2024-118 was adopted at the last meeting.', 'Res. 118/25 – the lease was renewed last year.'],
  },
});

export const motionLabelRule = defineRule({
  id: 'motion-label',
  stage: 'motion',
  description: 'A "MOTION" / "AMENDMENT" / "Notice of Motion" label, alone or before "That …" (or, after a colon, "To approve …"), opening a motion; mover and seconder labels after it name its mover and seconder.',
  examples: {
    valid: [
      'MOTION\n\nThat the Council declares a climate emergency.\n\nCARRIED',
      'MOTION: To approve the agenda as circulated.\nMoved: Councillor Ames\nSeconded: Councillor Bell\nVote: Carried',
      // A notice of motion's label and quoted wording, then who proposed and seconded it ("Cllr." with its full stop).
      'Motion 2 – Cllr. D. Furlong\n"That the Council opposes any reduction in the opening hours of rural Garda stations."\n\nThe motion was proposed by Cllr. Furlong and seconded by Cllr. O\'Leary.\nThe Cathaoirleach declared the motion carried.',
    ],
    invalid: ['The motion on the climate emergency will be debated next month.', 'Motion to approve the agenda was deferred to the next meeting.'],
  },
});

export const motionMovedSentenceRule = defineRule({
  id: 'motion-moved-sentence',
  stage: 'motion',
  description:
    'A sentence that moves a motion: "It was moved by Councillor X and seconded by Councillor Y that …", "Mr X proposed, and Mr Y seconded …", "Councillor X moved that …", "The amendment was moved by …", Scottish "Councillor X, seconded by Councillor Y, moved that …", "Councillor X moved, seconded by Councillor Y, that …", Irish "Cllr. X proposed the motion, seconded by Cllr. Y." under the motion\'s quoted wording; a motion number may open the sentence ("25-214 Councillor X moved that …").',
  examples: {
    valid: [
      'It was moved by Councillor Ferris and seconded by Councillor Lowe that the report be received.',
      'Councillor Ferris moved an amendment that the fee be reduced.',
      'Councillor Gunn, seconded by Councillor Reid, moved that the Committee agree the revised charges.',
      '“That the Council repaint the railings at the pier.”\n\nCllr. Hynes proposed the motion, seconded by Cllr. Duggan. The motion was agreed.',
      '“That the District calls on the Authority to extend the bus route.”\n\nCllr. Hynes proposed the motion and Cllr. Duggan seconded it.\n\nThe Engineer advised that the route was a matter for the Authority.\n\nThe motion was agreed.',
      // An outcome sentence after the wording in the same paragraph ("This was carried …", "Carried – 6 for, 1 against").
      'It was proposed by Cllr Lamb and seconded by Cllr Quist that the precept be set at £21,400. This was carried with three votes in favour.',
      'It was moved and seconded that the hall hire charges be frozen for 2026. Agreed unanimously.',
      'Cr Abbott moved, Cr Vince seconded, that the footpath program be adopted.\nCARRIED',
      // A notice of motion moved and seconded, its wording quoted below (Northern Ireland).
      'The following Notice of Motion was proposed by Councillor Ní Chathail and seconded by Councillor McVeigh:\n\n"That this Council writes to the Minister for Communities about the fuel payment."\n\nThe Mayor declared the motion CARRIED.',
      // The seconder in a clause after the verb (Atlantic Canada, Ireland).
      'Councillor Karimi moved, seconded by Councillor Chisholm, that the agenda be approved as circulated. Motion carried.',
      'Motion: Deputy Warden Boudreau moved, seconded by Councillor Aucoin, that Council approve a transfer from the Capital Reserve. Motion carried.',
      // The motion's number before the sentence (Alberta, Ontario).
      '25-214 Councillor Fast moved that Council award the paving contract to Northgate Paving Ltd.\nCARRIED',
      'Resolution 2025-118 Deputy Reeve Marsh moved that the agenda be adopted as presented.\nCARRIED',
      // A bylaw reading is moved without "that"; the number may give year, month and motion.
      '25-11-206 Deputy Reeve Lukasik moved first reading of Bylaw 1488-25.\nCARRIED',
      // Scottish minutes: the wording under the names, the subject alone above its clauses, adopted after a division.
      'The Convener, seconded by the Vice Convener, moved:-\nthat the Committee\n(a) approve the closure of the school;\n(b) instruct the Director to report back in June.\n\nThe Committee resolved:-\nto adopt the motion.',
    ],
    invalid: ['25-214 The bus stop was moved by the operator last year.', 'The bus stop was moved by the operator last year.', 'The Clerk proposed the dates of the meetings for next year.', 'The hall, seconded by the school for the summer, moved to new premises.', 'The depot moved, supported by a grant from the province, to the industrial park.'],
  },
});

export const motionTableRule = defineRule({
  id: 'motion-table',
  stage: 'motion',
  description: 'A row of a motions table: number, "Mover / Seconder", the motion and its disposition (ADOPTED, LOST, REFERRED); or number, the motion, mover, seconder and outcome in cells of their own.',
  examples: { valid: ['1  Okoro / Lindahl  That the report be received.  ADOPTED', 'M24-18  THAT the 2025 fee schedule be adopted.  Halvorsen  Dube  DEFEATED'], invalid: ['1  That the report be received.'] },
});

export const motionBareOutcomeRule = defineRule({
  id: 'motion-bare-outcome',
  stage: 'motion',
  description: 'Wording with no mover followed by an outcome: "That the report be received." then "CARRIED".',
  examples: {
    valid: ['That the report be received.\n\nCARRIED', 'That the Board:\n\na) Receives the report on the library.\n\nb) Adopts the library strategy.\n\nCARRIED'],
    invalid: ['The report was received.\n\nMembers thanked the officer.', 'That the Board:\n\na) Receives the report on the library.\n\nb) Adopts the library strategy.\n\nMembers thanked the librarian.'],
  },
});

export const motionVoteTallyRule = defineRule({
  id: 'motion-vote-tally',
  stage: 'motion',
  description: 'A recorded vote with no motion open: "For: 7, Against: 3, Abstentions: 1", "The voting was as follows: For (14) …".',
  examples: { valid: ['The voting was as follows: For: 7, Against: 3, Abstentions: 1.'], invalid: ['Seven members attended the site visit.'] },
});


export const motionOutcomeFirstRule = defineRule({
  id: 'motion-outcome-first',
  stage: 'motion',
  description: 'The outcome told before the wording it settles: "The recommendation was put to the vote and carried unanimously:" then "That …".',
  examples: {
    valid: ['The recommendation was put to the vote and carried unanimously:\n\nThat the 2025 budget be adopted.', 'The following motion was put to the meeting and lost:\n\nThat the community hall be sold.'],
    invalid: ['The recommendation was put to the vote at the last meeting.\n\nMembers discussed the budget.'],
  },
});
