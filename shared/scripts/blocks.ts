import type { Block } from './types';
import type { CanvasKind } from './vocabulary';
import type { Report } from './frontMatter';
import { BLOCKS_MAX, BLOCK_MINUTES_MAX, BLOCK_TITLE_MAX, PROMPTS_MAX, SLUG_PATTERN } from './vocabulary';
import { checkInstruction, checkLine, checkPrompt, checkSection, instructionLineProblem, minutesMessage, shown } from './rules';
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
    const label = `het blok '${d.title}'`;
    if (d.minutes === null && d.minutesLine === null) {
      report(d.line, `${label} mist de regel 'minuten: N' direct onder de titel`);
    }
    if (d.instructionLine === null) {
      if (!d.explained) report(d.line, `${label} mist het onderdeel '### Instructie' met de aanwijzingen voor de gespreksleider`);
      return;
    }
    if (d.promptsLine !== null && d.promptsLine < d.instructionLine) {
      report(d.promptsLine, "'### Vragen' staat vóór '### Instructie'; zet de instructie eerst");
    }
    const instruction = normalizeInstruction(d.instruction.join('\n'));
    const problem = d.explained ? null : checkInstruction(instruction);
    if (problem) report(d.instructionLine, problem);
    if (d.promptsLine !== null && d.prompts.length === 0 && !d.promptErrors) {
      report(d.promptsLine, "'### Vragen' bevat geen vragen; zet elke vraag op een regel die begint met '- ', of laat de kop weg");
    }
    if (d.prompts.length > PROMPTS_MAX) {
      report(d.promptsLine ?? d.line, `${label} heeft ${d.prompts.length} vragen; hoogstens ${PROMPTS_MAX}`);
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
        report(lineNo, "een kop met één '#' hoort niet in een script; een blok begint met '## ', een onderdeel met '### '");
        continue;
      }
      if (level === 2) {
        if (draft) finish(draft);
        blockCount++;
        if (blockCount === BLOCKS_MAX + 1) report(lineNo, `te veel blokken: hoogstens ${BLOCKS_MAX}`);
        const problem = checkLine('de bloktitel', text, BLOCK_TITLE_MAX);
        if (problem) report(lineNo, `${problem} (schrijf '## Titel van het blok')`);
        draft = newDraft(lineNo, text);
        continue;
      }
      if (!draft) {
        report(lineNo, `'### ${text}' staat vóór het eerste blok; begin eerst een blok met '## Titel'`);
        continue;
      }
      openPart(draft, text, lineNo, report);
      continue;
    }

    if (!draft) {
      if (line !== '' && !strayBeforeFirst) {
        strayBeforeFirst = true;
        report(lineNo, `er staat tekst vóór het eerste blok (${shown(line)}); alles na de kop hoort in een blok dat begint met '## Titel'`);
      }
      continue;
    }

    switch (draft.part) {
      case 'meta':
        readMeta(draft, line, lineNo, canvas, report);
        break;
      case 'instruction': {
        const problem = instructionLineProblem(line);
        if (problem) {
          report(lineNo, problem);
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
      report(lineNo, `'### Instructie' staat twee keer in dit blok (eerder op regel ${draft.instructionLine})`);
      draft.part = 'unknown';
    } else {
      draft.instructionLine = lineNo;
      draft.part = 'instruction';
    }
    return;
  }
  if (name === 'Vragen') {
    if (draft.promptsLine !== null) {
      report(lineNo, `'### Vragen' staat twee keer in dit blok (eerder op regel ${draft.promptsLine})`);
      draft.part = 'unknown';
    } else {
      draft.promptsLine = lineNo;
      draft.part = 'prompts';
    }
    return;
  }
  report(lineNo, `onbekend onderdeel '### ${name}'; een blok kent alleen '### Instructie' en '### Vragen' (let op hoofdletters)`);
  draft.part = 'unknown';
  draft.explained = true;
}

function readMeta(draft: Draft, line: string, lineNo: number, canvas: CanvasKind | null, report: Report): void {
  if (line === '') return;
  const meta = /^(minuten|venster):(.*)$/.exec(line);
  if (!meta) {
    if (!draft.strayReported) {
      draft.strayReported = true;
      report(lineNo, `onverwachte regel ${shown(line)}; onder '## ${draft.title}' komen alleen 'minuten: N', eventueel 'venster: ...', en dan '### Instructie'`);
    }
    return;
  }
  const value = (meta[2] ?? '').trim();
  if (meta[1] === 'minuten') {
    if (draft.minutesLine !== null) {
      report(lineNo, `'minuten' staat twee keer in dit blok (eerder op regel ${draft.minutesLine})`);
      return;
    }
    draft.minutesLine = lineNo;
    const minutes = Number(value);
    if (!/^[1-9]\d*$/.test(value) || minutes > BLOCK_MINUTES_MAX) report(lineNo, minutesMessage(value));
    else draft.minutes = minutes;
    return;
  }
  if (draft.sectionLine !== null) {
    report(lineNo, `'venster' staat twee keer in dit blok (eerder op regel ${draft.sectionLine})`);
    return;
  }
  draft.sectionLine = lineNo;
  if (value === '') {
    report(lineNo, "'venster' heeft geen waarde; noem een deel van het canvas of laat de regel weg");
    return;
  }
  // Without a valid canvas the section cannot be judged; the canvas error says enough.
  const problem = canvas ? checkSection(canvas, value) : SLUG_PATTERN.test(value) ? null : `'venster' ${shown(value)} is geen geldige naam`;
  if (problem) report(lineNo, problem);
  else draft.section = value;
}

function readPrompt(draft: Draft, line: string, lineNo: number, report: Report): void {
  if (line === '') return;
  const item = /^-(?:[ \t]+(.*))?$/.exec(line);
  if (!item) {
    draft.promptErrors = true;
    report(lineNo, `onder '### Vragen' begint elke regel met '- ' gevolgd door één vraag; gevonden: ${shown(line)}`);
    return;
  }
  const prompt = (item[1] ?? '').trim();
  const problem = checkPrompt(prompt);
  if (problem) {
    draft.promptErrors = true;
    report(lineNo, problem);
  } else {
    draft.prompts.push(prompt);
  }
}
