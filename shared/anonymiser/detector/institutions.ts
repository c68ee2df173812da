// Institutions: "basisschool De Horizon", "CBS De Wegwijzer", "Bakkerij Haddad", "Wolfert Lyceum".
// Runs before the word classification: the tokens of an institution name are blocked for it.
import { sentenceStart } from './neighbours';
import { Block, type Scan } from './scan';
import { TokenKind } from './tokens';
import { STOP_LOWER, isNegative } from './wordClasses';

/** lower-case type words after which a proper name is the institution ("basisschool De Horizon") */
const INST_TYPE_WORDS = new Set([
  'basisschool', 'school', 'peuterspeelzaal', 'kinderopvang', 'kinderdagverblijf', 'kdv', 'bso', 'naschoolse', 'opvang',
  'moskee', 'kerk', 'gemeente', 'voetbalclub', 'voetbalvereniging', 'vereniging', 'sportclub', 'sportvereniging', 'club', 'praktijk',
  'huisartsenpraktijk', 'huisarts', 'zwemschool', 'zwemclub', 'dansschool', 'sportschool', 'vechtsportschool', 'boksschool',
  'crèche', 'creche', 'buurthuis', 'speeltuin', 'middelbare', 'mbo', 'hbo', 'vmbo', 'havo', 'vwo', 'college', 'lyceum',
  'gymnasium', 'scholengemeenschap', 'zorgboerderij', 'dagbesteding', 'werkgever', 'bedrijf', 'kapsalon', 'winkel', 'restaurant',
  'bakkerij', 'garage', 'supermarkt', 'apotheek', 'tandarts', 'tandartspraktijk', 'fysiotherapie', 'fysiopraktijk', 'logopedie',
  'logopediepraktijk', 'ziekenhuis', 'kliniek', 'speelotheek', 'bibliotheek', 'stichting', 'kinderclub', 'jongerencentrum',
  'wijkcentrum', 'gezondheidscentrum', 'taalschool', 'koranschool', 'weekendschool', 'zaterdagschool', 'iks', 'isk',
  'internationale', 'schakelklas', 'praktijkschool', 'speciaal', 'so', 'vso', 'sbo', 'cluster', 'ikc', 'kindcentrum', 'obs', 'cbs',
  'kerkgenootschap', 'tempel', 'mandir', 'synagoge', 'parochie', 'gemeenschap', 'vv', 'sv', 'rkvv', 'afc',
]);

/** capitalised words that begin an institution name ("CBS De Wegwijzer", "Bakkerij Haddad", "De Kameleon") */
const INST_PREFIX = new Set([
  'cbs', 'obs', 'pcbs', 'rkbs', 'rk', 'ikc', 'kdv', 'bso', 'psz', 'vv', 'rkvv', 'sv', 'afc', 'hc', 'vc', 'roc', 'isk', 'sbo', 'so',
  'vso', 'stichting', 'kinderopvang', 'kinderdagverblijf', 'peuterspeelzaal', 'huisartsenpraktijk', 'praktijk', 'bakkerij', 'garage',
  'kwekerij', 'autobedrijf', 'installatiebedrijf', 'schoonmaakbedrijf', 'tuinbouwbedrijf', 'fietsenmakerij', 'pakketdienst',
  'zwemschool', 'dansschool', 'montessorischool', 'daltonschool', 'jenaplanschool', 'basisschool', 'huisartsen', 'gezondheidscentrum',
  'zorggroep', 'logopediepraktijk', 'fysiotherapiepraktijk', 'tandartspraktijk', 'kapsalon', 'restaurant', 'moskee', 'kerk',
  'academie', 'boxing', 'voetbalvereniging', 'sportschool', 'kinderclub', 'speeltuinvereniging', 'tuinbouwschool', 'kindcentrum',
  'scholengroep', 'brede', 'het', 'de', "'t", 'buurtteam', 'wijkteam', 'jeugdteam', 'gezinsteam', 'sportclub', 'voetbalclub',
]);

/** endings of a capitalised word that begins an institution name ("Montessorischool", "Zorggroep") */
const INST_SUFFIX_WORD =
  /(?:school|college|lyceum|gymnasium|scholengroep|opvang|praktijk|bedrijf|kerk|club|centrum|kliniek|ziekenhuis|bakkerij|kwekerij|academie|stichting|logistiek|church|stars|boys|girls|united|dienst|makerij|groep|zorg|moskee|camii|cami|mandir|tempel|parochie|vereniging|zonen|co|fc)$/;

/** lower-case words after a person's name that make the whole an institution ("Jansen ziekenhuis") */
export const INST_AFTER_NAME = new Set(['ziekenhuis', 'kliniek', 'apotheek', 'college', 'lyceum', 'moskee', 'kerk', 'school', 'basisschool']);

export function detectInstitutions(scan: Scan): void {
  institutionsAfterTypeWords(scan);
  institutionsBeforeSuffixWords(scan);
}

/** A type word or prefix and the capitalised name after it: "basisschool De Horizon", "CBS De Wegwijzer". */
function institutionsAfterTypeWords(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, lower, capital, raw, newlineBefore } = tokens;
  const count = tokens.count;
  for (let i = 0; i < count; i++) {
    if (kind[i] !== TokenKind.Word) continue;
    const low = lower[i];
    let nameStart = -1;
    let spanStart = -1;
    let spanStartOverride = -1;
    if (!capital[i] && INST_TYPE_WORDS.has(low)) {
      // lower-case type word: the proper name that follows is the span
      nameStart = i + 1;
      if (nameStart < count && raw[nameStart] === ':' && !newlineBefore[nameStart]) nameStart++;
      spanStart = nameStart;
    } else if (capital[i] && (INST_PREFIX.has(low) || (INST_SUFFIX_WORD.test(low) && low.length > 5 && !lex.firstNames.has(low))) && !blocked[i]) {
      if (/^(?:college|lyceum|gymnasium|scholengroep|scholengemeenschap|academie|church|kerk|moskee)$/.test(low)) {
        // "Grafisch Lyceum Rotterdam": the words before the type word belong to the name
        let nameFrom = i;
        while (
          nameFrom - 1 >= 0 &&
          !newlineBefore[nameFrom] &&
          kind[nameFrom - 1] === TokenKind.Word &&
          capital[nameFrom - 1] &&
          !blocked[nameFrom - 1] &&
          !lex.titles.has(lower[nameFrom - 1]) &&
          !(sentenceStart(tokens, nameFrom - 1) && STOP_LOWER.has(lower[nameFrom - 1]))
        )
          nameFrom--;
        if (nameFrom < i) {
          spanStartOverride = nameFrom;
        }
      }
      if (low === 'de' || low === 'het' || low === "'t") {
        // "De Kameleon" mid-sentence: article + capitalised non-name; "ds. De Vries" is a person
        if (sentenceStart(tokens, i)) continue;
        if (i + 1 < count && lex.surnames.has(lower[i + 1])) continue;
        const before = raw[i - 1] === '.' ? i - 2 : i - 1;
        if (before >= 0 && lex.titles.has(lower[before])) continue;
      }
      nameStart = i + 1;
      spanStart = i;
    } else continue;
    const last = institutionNameEnd(scan, nameStart);
    if (last < nameStart) {
      // "Huisartsenpraktijk Bakker" style needs a following name; a lone suffix word ("Wolfert Lyceum")
      // is handled from the word before it
      continue;
    }
    // a lower-case type word followed by a capital that is a known place/negative only: skip negatives
    const startTok = spanStartOverride >= 0 ? spanStartOverride : spanStart;
    let allNegative = true;
    for (let k = nameStart; k <= last; k++) if (!blocked[k] && !isNegative(lex, lower[k])) allNegative = false;
    if (allNegative) continue;
    if (spanStart === nameStart && last === nameStart && lex.places.has(lower[last])) continue; // "ziekenhuis Apeldoorn": the place
    for (let k = startTok; k <= last; k++) labels[k] = null;
    scan.spans.push({ start: tokens.start[startTok], end: tokens.coreEnd[last], label: 'INSTELLING', prio: 45 });
    for (let k = startTok; k <= last; k++) blocked[k] = Block.Institution;
    i = last;
  }
}

/**
 * The capitalised name that starts at token nameStart: words, articles De/Het/'t, "van", "&", hyphens.
 * Returns its last word token, or nameStart - 1 when there is none.
 */
function institutionNameEnd(scan: Scan, nameStart: number): number {
  const { tokens, blocked } = scan;
  const { kind, lower, capital, raw, newlineBefore } = tokens;
  const count = tokens.count;
  let last = nameStart - 1;
  let j = nameStart;
  let words = 0;
  while (j < count && !newlineBefore[j]) {
    if (kind[j] === TokenKind.Word && (capital[j] || /^\p{Lu}/u.test(raw[j])) && !blocked[j]) {
      last = j;
      words++;
      j++;
      continue;
    }
    if (kind[j] === TokenKind.Word && (lower[j] === "'t" || lower[j] === 'van' || lower[j] === 'de' || lower[j] === 'der' || lower[j] === 'den' || lower[j] === 'aan') && j + 1 < count && capital[j + 1] && words > 0) {
      j++;
      continue;
    }
    if (kind[j] === TokenKind.Word && lower[j] === "'t" && j + 1 < count && capital[j + 1]) {
      j++;
      continue;
    }
    if (raw[j] === '&' && j + 1 < count && capital[j + 1]) {
      j++;
      continue;
    }
    break;
  }
  return last;
}

/** "<Capitalised words> College|Lyceum|Gymnasium|Scholengroep|Church": extend left from the suffix word. */
function institutionsBeforeSuffixWords(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, lower, capital, newlineBefore } = tokens;
  for (let i = 1; i < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || !capital[i] || blocked[i] === Block.Institution) continue;
    if (!/^(?:college|lyceum|gymnasium|scholengroep|church|stars|boys|logistiek|scholengemeenschap|academie|kerk|ziekenhuis|moskee|camii)$/.test(lower[i])) continue;
    let first = i;
    while (
      first - 1 >= 0 &&
      !newlineBefore[first] &&
      kind[first - 1] === TokenKind.Word &&
      (capital[first - 1] || /^(?:de|der|van|den)$/.test(lower[first - 1])) &&
      blocked[first - 1] !== Block.Institution &&
      !lex.titles.has(lower[first - 1]) &&
      !(capital[first - 1] && sentenceStart(tokens, first - 1) && STOP_LOWER.has(lower[first - 1]))
    )
      first--;
    while (first < i && !capital[first]) first++;
    if (first === i) continue;
    for (let k = first; k <= i; k++) {
      labels[k] = null;
      blocked[k] = Block.Institution;
    }
    scan.spans.push({ start: tokens.start[first], end: tokens.coreEnd[i], label: 'INSTELLING', prio: 45 });
  }
}
