import type { Assessment } from '../advisor/index.js';
import type { Doc } from './document.js';
import {
  ACTION_LABELS,
  citation,
  gridNotes,
  gridTableRows,
  headcountSentence,
  readinessLines,
  reasonOnce,
  SEVERITY_LABELS,
  stageSentence,
  suggestionScope,
} from './labels.js';

/** The whole assessment, in the order a reader needs it: summary, grid, stall points, suggestions, readiness. */
export function assessmentDocument(assessment: Assessment): Doc {
  const { profile, stage } = assessment;
  const doc: Doc = [
    { kind: 'heading', level: 1, text: `AI team assessment${profile.name ? `: ${profile.name}` : ''}` },
    {
      kind: 'paragraph',
      text: `Stage: ${stageSentence(assessment)}. Headcount: ${headcountSentence(assessment)}.`,
    },
    { kind: 'paragraph', text: assessment.lead },
  ];
  if (assessment.headcount.stageHint) {
    doc.push({
      kind: 'paragraph',
      text: `These answers look more like a ${assessment.headcount.stageHint.looksLikeName.toLowerCase()} team: ${assessment.headcount.stageHint.reasons.join(' ')}`,
    });
  }

  doc.push({ kind: 'heading', level: 2, text: 'Role grid' });
  const [header = [], ...rows] = gridTableRows(assessment);
  doc.push({ kind: 'table', header, rows });
  const notes = gridNotes(assessment);
  if (notes.length > 0) doc.push({ kind: 'list', items: notes });

  doc.push({ kind: 'heading', level: 2, text: 'Likely stall points' });
  if (assessment.stallPoints.length === 0) {
    doc.push({ kind: 'paragraph', text: 'None found.' });
  } else {
    doc.push({
      kind: 'list',
      items: assessment.stallPoints.map((point) =>
        [
          `[${SEVERITY_LABELS[point.severity]}] ${point.title}. ${point.what}`,
          `Why: ${point.why}`,
          `Fix: ${point.fix}`,
          ...point.evidence.map((evidence) => `Evidence: ${citation(evidence)}`),
        ].join('\n'),
      ),
    });
  }

  doc.push({ kind: 'heading', level: 2, text: 'Build, hire or augment' });
  if (assessment.suggestions.length === 0) {
    doc.push({ kind: 'paragraph', text: 'No seats to fill.' });
  } else {
    if (assessment.plan.note) doc.push({ kind: 'paragraph', text: assessment.plan.note });
    const reasons = reasonOnce();
    doc.push({
      kind: 'list',
      items: assessment.suggestions.map((suggestion) =>
        [
          `${ACTION_LABELS[suggestion.action]}: ${suggestion.roleName} (${suggestionScope(suggestion, assessment)}).${reasons(suggestion.why)}`,
          ...suggestion.evidence.map((evidence) => `Evidence: ${citation(evidence)}`),
        ].join('\n'),
      ),
    });
  }

  const { readiness } = assessment;
  doc.push({ kind: 'heading', level: 2, text: 'Next-stage readiness' });
  if (!readiness.nextStage) {
    doc.push({ kind: 'paragraph', text: `${stage.name} is the last stage in the playbook.` });
  } else {
    const met = readiness.items.filter((item) => item.met).length;
    doc.push({
      kind: 'paragraph',
      text: `Before moving to ${readiness.nextStage.name}: ${met} of ${readiness.items.length} in place.`,
    });
    const { missing, inPlace } = readinessLines(readiness);
    if (missing.length > 0) doc.push({ kind: 'list', items: missing.map((text) => `[ ] ${text}`) });
    if (inPlace) doc.push({ kind: 'paragraph', text: `In place: ${inPlace}.` });
  }
  return doc;
}
