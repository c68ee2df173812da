import type { FileExport } from '../../../shared/app/types';
import { canvasTextFields, learningTextFields, reflectionTextFields, type TextField } from '../../../shared/sessions/fields';
import { caseContext, learningContext, requireSession, type SessionContext } from './context';
import { actualClock, sessionDetail } from './detail';
import { learningReport, reportFilename } from './report/model';
import { toMarkdown } from '../core/report/markdown';
import { toPdf } from '../core/report/pdf';

/** The learning record; case text (the canvas) only when asked for. Stored text passes the gate again before it leaves. */
export async function exportSession(ctx: SessionContext, id: string, format: 'md' | 'pdf', includeCanvas: boolean): Promise<FileExport> {
  const s = requireSession(ctx, id);
  const d = sessionDetail(ctx, s);
  const shared = d.reflections.filter((r) => r.shared);
  const plan: TextField[] = [{ path: 'plan.leervraag', text: d.leervraag }];
  const takeAlong = d.canvas.volgendeStappen.ideas.flatMap((idea, i) => (idea.takeAlong ? [{ path: `canvas.volgendeStappen.ideas.${i}.text`, text: idea.text }] : []));
  ctx.gate.assertResolved(includeCanvas ? [...plan, ...canvasTextFields(d.canvas)] : [...plan, ...takeAlong], caseContext(ctx, s.caseId));
  ctx.gate.assertResolved(
    [...learningTextFields(d.learning), ...shared.flatMap((r, i) => reflectionTextFields(r, `reflections.${i}.`))],
    learningContext(ctx, s, d.members),
  );
  const extra = ctx.recordExtras?.(id, d.script.canvas, includeCanvas) ?? null;
  const report = learningReport(d, { includeCanvas, actual: actualClock(d.run), extra });
  const base = reportFilename(d.groupName, d.date);
  if (format === 'md') return { filename: `${base}.md`, mime: 'text/markdown', encoding: 'utf8', content: toMarkdown(report) };
  const pdf = await toPdf(report);
  return { filename: `${base}.pdf`, mime: 'application/pdf', encoding: 'base64', content: pdf.toString('base64') };
}
