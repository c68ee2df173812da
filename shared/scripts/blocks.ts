import type { Block } from './types';
import type { CanvasKind } from './vocabulary';
import type { Report } from './frontMatter';
import { BLOCKS_MAX, BLOCK_MINUTES_MAX, BLOCK_TITLE_MAX, PROMPTS_MAX, SLUG_PATTERN } from './vocabulary';
import { checkInstruction, checkLine, checkPrompt, checkSection, instructionLineProblem, minutesProblem, shown } from './rules';
import { problem } from './problems';
import { normalizeInstruction } from './normalize';

// Only #, ## and ### are structure; #### and deeper stay Markdown inside an instruction.
const HEADING = /^(#{1,3})(?:[ \t]+(.*?))?[ \t]*$/;

type Part = 'meta' | 'instruction' | 'prompts' | 'unknown';

interface Draft {
  line: number;
  title: string;
  minutes: number | null;
  minutesLine: number | null;
  section: string | null;
  sectionLine: number | null;
  instructionLine: number | null;
  instruction: string[];
  promptsLine: number | null;
  prompts: string[];
  part: Part;
  /** One complaint per block about stray text is enough. */
  strayReported: boolean;
  promptErrors: boolean;
  /** Set when a line-level error already explains what is wrong, to avoid follow-up noise. */
  explained: boolean;
}

export interface ReadBlock {
  block: Block;
  line: number;
}

/** Reads '## ' blocks from `start`; canvas is null when the front matter had none usable. */
export function readBlocks(lines: readonly string[], start: number, canvas: CanvasKind | null, report: Report): ReadBlock[] {
  const done: ReadBlock[] = [];
  let draft: Draft | null = null;
  let strayBeforeFirst = false;

  const finish = (d: Draft) => {
    if (d.minutes === null && d.minutesLine === null) {
      report(d.line, problem('block_no_minutes', { title: d.title }));
    }
    if (d.instructionLine === null) {
      if (!d.explained) report(d.line, problem('block_no_instruction', { title: d.title }));
      return;
    }
    if (d.promptsLine !== null && d.promptsLine < d.instructionLine) {
      report(d.promptsLine, problem('prompts_before_instruction'));
    }
    const instruction = normalizeInstruction(d.instruction.join('\n'));
    const wrong = d.explained ? null : checkInstruction(instruction);
    if (wrong) report(d.instructionLine, wrong);
    if (d.promptsLine !== null && d.prompts.length === 0 && !d.promptErrors) {
      report(d.promptsLine, problem('prompts_empty'));
    }
    if (d.prompts.length > PROMPTS_MAX) {
      report(d.promptsLine ?? d.line, problem('prompts_too_many', { title: d.title, count: d.prompts.length, max: PROMPTS_MAX }));
    }
    if (d.minutes !== null) {
      done.push({
        line: d.line,
        block: { title: d.title, minutes: d.minutes, section: d.section, instruction, prompts: d.prompts },
      });
    }
  };

  let blockCount = 0;
  for (let index = start; index < lines.length; index++) {
    const lineNo = index + 1;
    const line = (lines[index] ?? '').trimEnd();
    const heading = HEADING.exec(line);

    if (heading) {
      const level = heading[1]?.length ?? 0;
      const text = heading[2] ?? '';
      if (level === 1) {
        report(lineNo, problem('heading_h1'));
        continue;
      }
      if (level === 2) {
        if (draft) finish(draft);
        blockCount++;
        if (blockCount === BLOCKS_MAX + 1) report(lineNo, problem('blocks_too_many', { max: BLOCKS_MAX }));
        const wrong = checkLine('blockTitle', text, BLOCK_TITLE_MAX);
        if (wrong) report(lineNo, wrong);
        draft = newDraft(lineNo, text);
        continue;
      }
      if (!draft) {
        report(lineNo, problem('part_before_block', { name: text }));
        continue;
      }
      openPart(draft, text, lineNo, report);
      continue;
    }

    if (!draft) {
      if (line !== '' && !strayBeforeFirst) {
        strayBeforeFirst = true;
        report(lineNo, problem('text_before_block', { found: shown(line) }));
      }
      continue;
    }

    switch (draft.part) {
      case 'meta':
        readMeta(draft, line, lineNo, canvas, report);
        break;
      case 'instruction': {
        const wrong = instructionLineProblem(line);
        if (wrong) {
          report(lineNo, wrong);
          draft.explained = true;
        }
        draft.instruction.push(line);
        break;
      }
      case 'prompts':
        readPrompt(draft, line, lineNo, report);
        break;
      case 'unknown':
        break;
    }
  }
  if (draft) finish(draft);
  return done;
}

function newDraft(line: number, title: string): Draft {
  return {
    line,
    title,
    minutes: null,
    minutesLine: null,
    section: null,
    sectionLine: null,
    instructionLine: null,
    instruction: [],
    promptsLine: null,
    prompts: [],
    part: 'meta',
    strayReported: false,
    promptErrors: false,
    explained: false,
  };
}

function openPart(draft: Draft, name: string, lineNo: number, report: Report): void {
  if (name === 'Instructie') {
    if (draft.instructionLine !== null) {
      report(lineNo, problem('instruction_twice', { earlier: draft.instructionLine }));
      draft.part = 'unknown';
    } else {
      draft.instructionLine = lineNo;
      draft.part = 'instruction';
    }
    return;
  }
  if (name === 'Vragen') {
    if (draft.promptsLine !== null) {
      report(lineNo, problem('prompts_twice', { earlier: draft.promptsLine }));
      draft.part = 'unknown';
    } else {
      draft.promptsLine = lineNo;
      draft.part = 'prompts';
    }
    return;
  }
  report(lineNo, problem('part_unknown', { name }));
  draft.part = 'unknown';
  draft.explained = true;
}

function readMeta(draft: Draft, line: string, lineNo: number, canvas: CanvasKind | null, report: Report): void {
  if (line === '') return;
  const meta = /^(minuten|venster):(.*)$/.exec(line);
  if (!meta) {
    if (!draft.strayReported) {
      draft.strayReported = true;
      report(lineNo, problem('meta_unexpected', { found: shown(line), title: draft.title }));
    }
    return;
  }
  const value = (meta[2] ?? '').trim();
  if (meta[1] === 'minuten') {
    if (draft.minutesLine !== null) {
      report(lineNo, problem('minutes_twice', { earlier: draft.minutesLine }));
      return;
    }
    draft.minutesLine = lineNo;
    const minutes = Number(value);
    if (!/^[1-9]\d*$/.test(value) || minutes > BLOCK_MINUTES_MAX) report(lineNo, minutesProblem(value));
    else draft.minutes = minutes;
    return;
  }
  if (draft.sectionLine !== null) {
    report(lineNo, problem('section_twice', { earlier: draft.sectionLine }));
    return;
  }
  draft.sectionLine = lineNo;
  if (value === '') {
    report(lineNo, problem('section_empty'));
    return;
  }
  // Without a valid canvas the section cannot be judged; the canvas error says enough.
  const wrong = canvas ? checkSection(canvas, value) : SLUG_PATTERN.test(value) ? null : problem('section_invalid_name', { found: shown(value) });
  if (wrong) report(lineNo, wrong);
  else draft.section = value;
}

function readPrompt(draft: Draft, line: string, lineNo: number, report: Report): void {
  if (line === '') return;
  const item = /^-(?:[ \t]+(.*))?$/.exec(line);
  if (!item) {
    draft.promptErrors = true;
    report(lineNo, problem('prompt_not_item', { found: shown(line) }));
    return;
  }
  const prompt = (item[1] ?? '').trim();
  const wrong = checkPrompt(prompt);
  if (wrong) {
    draft.promptErrors = true;
    report(lineNo, wrong);
  } else {
    draft.prompts.push(prompt);
  }
}
