import type { Assessment } from '../advisor/index.js';
import type { Doc } from './document.js';
import {
  citation,
  gridNotes,
  gridTableRows,
  headcountSentence,
  quietSeatsLine,
  readinessLines,
  readinessSummary,
  SEVERITY_LABELS,
  saysNextStage,
  stageSentence,
  suggestionLines,
} from './labels.js';

/** Stall points shown in full (what, why, fix); the rest give their title and fix. */
export const STALL_POINTS_IN_FULL = 1;

type StallPoint = Assessment['stallPoints'][number];

/**
 * One stall point: in full, or by title (with its facts when a source is cited beside them), always with its
 * fix: a reader forwarding one point alone must see what to do about it.
 */
function stallPointItem(point: StallPoint, index: number): string {
  const full = index < STALL_POINTS_IN_FULL;
  const head = `${SEVERITY_LABELS[point.severity]}: ${point.title}.`;
  const body = full ? ` ${point.what} ${point.why}` : point.evidence.length > 0 ? ` ${point.what}` : '';
  return [
    `${head}${body}`,
    `Fix: ${point.fix}`,
    ...point.evidence.map((evidence) => `Source: ${citation(evidence)}`),
  ].join('\n');
}

/**
 * The whole assessment, in the order a reader needs it: where the team stands, what stalls it, what to do
 * about it, then the role grid to check it against and the readiness for the next stage.
 */
export function assessmentDocument(assessment: Assessment): Doc {
  const { profile, stallPoints } = assessment;
  const doc: Doc = [
    { kind: 'heading', level: 1, text: `AI team assessment${profile.name ? `: ${profile.name}` : ''}` },
    { kind: 'paragraph', text: `${stageSentence(assessment)}: ${headcountSentence(assessment)}.` },
  ];
  // "Most pressing: ..." would only repeat the first stall point's title, which follows at once.
  if (!assessment.lead.startsWith('Most pressing:')) doc.push({ kind: 'paragraph', text: assessment.lead });
  const hint = assessment.headcount.stageHint;
  if (hint) {
    // The lead may already say which stage the team looks like: then only the reasons follow. The first reason
    // (its size against the band) repeats the line above, which already gives both numbers.
    const said = assessment.lead.includes('looks more like');
    const reasons = hint.reasons.slice(1).join(' ');
    const looks = `The team looks more like a ${hint.looksLikeName.toLowerCase()} team`;
    const text = said ? reasons : reasons ? `${looks}. ${reasons}` : `${looks}.`;
    if (text) doc.push({ kind: 'paragraph', text });
  }

  doc.push({ kind: 'heading', level: 2, text: 'Stall points' });
  if (stallPoints.length === 0) {
    doc.push({ kind: 'paragraph', text: 'None found.' });
  } else {
    doc.push({
      kind: 'list',
      items: stallPoints.map((point, index) => stallPointItem(point, index)),
    });
  }

  doc.push({ kind: 'heading', level: 2, text: 'Build, hire or augment' });
  const lines = suggestionLines(assessment);
  if (lines.length === 0) {
    doc.push({ kind: 'paragraph', text: 'Nothing to fill or convert.' });
  } else {
    if (assessment.plan.note) doc.push({ kind: 'paragraph', text: assessment.plan.note });
    doc.push({
      kind: 'list',
      items: lines.map((line) =>
        [
          `${line.roleName}: ${line.actions}.${line.reasons.map((reason) => ` ${reason}`).join('')}`,
          ...line.evidence.map((evidence) => `Source: ${citation(evidence)}`),
        ].join('\n'),
      ),
    });
  }

  doc.push({ kind: 'heading', level: 2, text: 'Role grid' });
  const [header = [], ...rows] = gridTableRows(assessment);
  doc.push({ kind: 'table', header, rows });
  const quiet = quietSeatsLine(assessment);
  if (quiet) doc.push({ kind: 'paragraph', text: quiet });
  const notes = gridNotes(assessment);
  if (notes.length > 0) doc.push({ kind: 'list', items: notes });

  const { readiness } = assessment;
  // Scale has no next stage to get ready for, and a team that looks like an earlier stage has that to settle
  // first: the answer ends with its grid.
  if (!readiness.nextStage || !saysNextStage(assessment)) return doc;
  if (!profile.headingToNext) {
    doc.push({ kind: 'paragraph', text: readinessSummary(readiness) });
  } else {
    const met = readiness.items.filter((item) => item.met).length;
    doc.push({ kind: 'heading', level: 2, text: `Ready for ${readiness.nextStage.name}?` });
    doc.push({ kind: 'paragraph', text: `${met} of ${readiness.items.length} in place.` });
    const { missing, carried } = readinessLines(readiness);
    if (missing.length > 0)
      doc.push({ kind: 'checklist', items: missing.map((text) => ({ text, done: false })) });
    if (carried) doc.push({ kind: 'paragraph', text: `In place through another seat: ${carried}.` });
  }
  return doc;
}
