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
  stageSentence,
  suggestionLines,
} from './labels.js';

/** Stall points shown in full (what, why, fix); the rest give their title and fix. */
export const STALL_POINTS_IN_FULL = 1;

/**
 * A short-form stall point whose fix is filling seats the suggestions below already fill: the suggestion says
 * it, with how and when, so the fix is not said twice.
 */
function fixSaidBelow(point: Assessment['stallPoints'][number], assessment: Assessment): boolean {
  return (
    point.seatsToFill.length > 0 &&
    point.seatsToFill.every((role) => assessment.suggestions.some((suggestion) => suggestion.role === role))
  );
}

/** The whole assessment, in the order a reader needs it: summary, grid, stall points, suggestions, readiness. */
export function assessmentDocument(assessment: Assessment): Doc {
  const { profile, stage } = assessment;
  const doc: Doc = [
    { kind: 'heading', level: 1, text: `AI team assessment${profile.name ? `: ${profile.name}` : ''}` },
    { kind: 'paragraph', text: `${stageSentence(assessment)}: ${headcountSentence(assessment)}.` },
    { kind: 'paragraph', text: assessment.lead },
  ];
  const hint = assessment.headcount.stageHint;
  if (hint) {
    doc.push({
      kind: 'paragraph',
      text: `These answers look more like a ${hint.looksLikeName.toLowerCase()} team: ${hint.reasons.join(' ')}`,
    });
  }

  doc.push({ kind: 'heading', level: 2, text: 'Role grid' });
  const [header = [], ...rows] = gridTableRows(assessment);
  doc.push({ kind: 'table', header, rows });
  const quiet = quietSeatsLine(assessment);
  if (quiet) doc.push({ kind: 'paragraph', text: quiet });
  const notes = gridNotes(assessment);
  if (notes.length > 0) doc.push({ kind: 'list', items: notes });

  doc.push({ kind: 'heading', level: 2, text: 'Stall points' });
  if (assessment.stallPoints.length === 0) {
    doc.push({ kind: 'paragraph', text: 'None found.' });
  } else {
    // The most severe points in full; after them, what and the fix, since the reader has the pattern by then.
    doc.push({
      kind: 'list',
      items: assessment.stallPoints.map((point, index) =>
        [
          index < STALL_POINTS_IN_FULL
            ? `${SEVERITY_LABELS[point.severity]}: ${point.title}. ${point.what} ${point.why}`
            : `${SEVERITY_LABELS[point.severity]}: ${point.title}.`,
          ...(index < STALL_POINTS_IN_FULL || !fixSaidBelow(point, assessment) ? [`Fix: ${point.fix}`] : []),
          ...point.evidence.map((evidence) => `Source: ${citation(evidence)}`),
        ].join('\n'),
      ),
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

  const { readiness } = assessment;
  if (!readiness.nextStage) {
    doc.push({ kind: 'paragraph', text: `${stage.name} is the playbook's last stage.` });
  } else if (!profile.headingToNext) {
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
