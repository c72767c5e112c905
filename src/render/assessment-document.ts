import type { Assessment } from '../advisor/index.js';
import type { Doc } from './document.js';
import { APPROACH_LABELS, citation, gridTableRows, SEVERITY_LABELS } from './labels.js';

/** The whole assessment, in the order a reader needs it: summary, grid, stall points, suggestions, readiness. */
export function assessmentDocument(assessment: Assessment): Doc {
  const { profile, stage, nextStage, headcount } = assessment;
  const doc: Doc = [
    { kind: 'heading', level: 1, text: `AI team assessment${profile.name ? `: ${profile.name}` : ''}` },
    {
      kind: 'paragraph',
      text:
        `Stage: ${stage.name}${profile.headingToNext && nextStage ? `, heading to ${nextStage.name}` : ''}. ` +
        `Headcount: ${headcount.total} (${headcount.inHouse} in-house, ${headcount.augmented} augmented) ` +
        `against a band of ${stage.band.label}: ${headcount.position === 'within' ? 'within' : `${headcount.position} the band`}.`,
    },
  ];
  if (headcount.stageHint) {
    doc.push({
      kind: 'paragraph',
      text: `These answers look more like ${headcount.stageHint.looksLikeName.toLowerCase()}: ${headcount.stageHint.reasons.join(' ')}`,
    });
  }

  doc.push({ kind: 'heading', level: 2, text: 'Role grid' });
  const [header = [], ...rows] = gridTableRows(assessment);
  doc.push({ kind: 'table', header, rows });
  const notes = assessment.grid.filter((row) => row.note).map((row) => `${row.shortName}: ${row.note}`);
  if (notes.length > 0) doc.push({ kind: 'list', items: notes });

  doc.push({ kind: 'heading', level: 2, text: 'Likely stall points' });
  if (assessment.stallPoints.length === 0) {
    doc.push({ kind: 'paragraph', text: 'None found: the team is staffed the way its stage calls for.' });
  } else {
    doc.push({
      kind: 'list',
      items: assessment.stallPoints.map((point) =>
        [
          `[${SEVERITY_LABELS[point.severity]}] ${point.title}. ${point.what}`,
          `Why: ${point.why}`,
          ...point.evidence.map((evidence) => `Evidence: ${citation(evidence)}`),
          `Fix: ${point.fix}`,
        ].join('\n'),
      ),
    });
  }

  doc.push({ kind: 'heading', level: 2, text: 'Build, hire or augment' });
  if (assessment.suggestions.length === 0) {
    doc.push({ kind: 'paragraph', text: 'No seats to fill for this stage.' });
  } else {
    doc.push({
      kind: 'list',
      items: assessment.suggestions.map((suggestion) =>
        [
          `${APPROACH_LABELS[suggestion.approach]}: ${suggestion.roleName}` +
            ` (${suggestion.people} ${suggestion.people === 1 ? 'person' : 'people'}, ${suggestion.when === 'now' ? 'now' : `before ${nextStage?.name ?? 'the next stage'}`})`,
          suggestion.why,
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
    doc.push({
      kind: 'list',
      items: readiness.items.map((item) => `[${item.met ? 'x' : ' '}] ${item.text}`),
    });
  }
  return doc;
}
