// A motion moved and carried is a decision even when no RESOLVED restates it,
// and the clauses it adds that ask for later work are actions, as RESOLVED
// clauses are. Two refiners, in this order: the second reads what the first added.
import { defineRule } from '../rules/define.js';
import type { Resolution } from '../schema/document.js';
import { resolutionsFromCarriedMotions } from '../extract/resolutions.js';
import { actionsFromResolutions, dedupeActions } from '../extract/actions.js';
import type { Refiner } from './types.js';

export const carriedMotionResolutions: Refiner = defineRule({
  id: 'carried-motion-resolution',
  stage: 'refiner',
  description: 'Each clause of a motion that was moved and carried ("Moved: Cr A Seconded: Cr B / That … / CARRIED"), when no RESOLVED restates it, is a resolution.',
  examples: {
    valid: [
      'Moved: Cr Tane Seconded: Cr Ollivant\n\nThat the library opening hours be extended on Saturdays.\n\nCARRIED',
      'Resolution  WK2025/31\n\nMoved: Cr Hemi Walker\n\nSeconder: Cr Lee Ashby\n\nThat the apology received from Cr Dunn be accepted.',
      'It was proposed by Cllr Barnes that the parish meeting be moved to the school hall. All in favour.',
      'Moved by Councillor Ruiz, seconded by Councillor Ames\nThat the skate park hours be extended to 9 p.m.\nAmendment: Moved by Councillor Lee, seconded by Councillor Ng\nThat the hours be extended to 8 p.m.\nLost\nThe main motion was then voted on.\nCarried',
      'Resolution number KW/2025/31\nMOVED by Chairperson R Tane, seconded by Member J Pike:\nThat the Kowhai Local Board:\na) approve the grant applications listed in Table One\nb) decline the applications listed in Table Two.\nCARRIED',
      'Moved Cr Ames, seconded Cr Bell, that the grant of £500 to the Scouts be approved. The motion was put and declared CARRIED.',
      'Moved Cr Ames Seconded Cr Bell\nThat the library fees be waived for children.\nThe motion was put and CARRIED',
      'Cllr Okafor proposed that the Committee seek quotations for two new benches. This was seconded by Cllr Price and agreed unanimously.',
      'Moved by Councillor Ruiz, seconded by Councillor Ames\nThat Committee of the Whole recommend to Council:\n1. That the 2026 sewer rate increase of 3% be approved; and\n2. That staff report back on a stormwater fee.\nCarried',
    ],
    invalid: ['Moved: Cr Tane Seconded: Cr Ollivant\n\nThat the library opening hours be extended on Saturdays.\n\nLOST'],
  },
  refine(doc) {
    for (const item of doc.items) item.resolutions = resolutionsFromCarriedMotions(item.motions, item.resolutions, 'carried-motion-resolution');
    return doc;
  },
});

/** The resolutions the refiner above added: those it stamped with its id. */
const fromCarriedMotion = (r: Resolution): boolean => r.rule === carriedMotionResolutions.id;

export const carriedMotionActions: Refiner = defineRule({
  id: 'carried-motion-action',
  stage: 'refiner',
  description: 'A clause of a carried motion that asks for a future report or meeting is also an action, as a RESOLVED clause is.',
  examples: {
    valid: ['Moved: Cr Tane Seconded: Cr Ollivant\n\nThat a report on library opening hours be brought to the next meeting.\n\nCARRIED'],
    invalid: ['Moved: Cr Tane Seconded: Cr Ollivant\n\nThat a report on library opening hours be brought to the next meeting.\n\nLOST'],
  },
  refine(doc) {
    for (const item of doc.items) {
      const added = item.resolutions.filter(fromCarriedMotion);
      if (added.length === 0) continue;
      const actions = actionsFromResolutions(added).map((a) => ({ ...a, rule: carriedMotionActions.id }));
      item.actions = dedupeActions([...item.actions, ...actions]);
    }
    return doc;
  },
});
