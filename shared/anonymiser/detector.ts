// The detector: one tokenisation pass, lexicon lookups with context rules for names, places and
// institutions, regex recognisers for structured identifiers, overlap resolution, and document-level
// propagation of confidently found names. Pure TypeScript (no Node built-ins, no DOM).
import { parseLexicons, phraseTokens, type Lexicon, type LexiconSources, type Phrase } from './lexicon';
import { detectStructured, type RawSpan } from './structured';
import type { DetectOptions, Detector, Label, Span } from './types';
import { normaliseName } from './normalise';

// ---------------------------------------------------------------------------------------------
// Tokens

const enum K {
  Word = 1,
  Num = 2,
  Punct = 3,
}

interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** raw token text */
  raw: string[];
  /** lower-case token text, possessive stripped, ’ normalised to ' */
  low: string[];
  /** end offset of the token without a possessive suffix */
  coreEnd: Int32Array;
  /** 1 when the word starts with a capital */
  cap: Uint8Array;
  /** 1 when a newline lies between this token and the previous one */
  nl: Uint8Array;
  /** 1 when whitespace lies between this token and the previous one */
  sp: Uint8Array;
}

const RE_UPPER = /^(?:['’][st]-)?\p{Lu}/u;
const RE_HAS_LOWER = /\p{Ll}/u;
const RE_LETTER_CHAR = /^[\p{L}\p{M}]$/u;
const RE_SPACE_CHAR = /^\s$/u;

/** per UTF-16 unit: 0 unknown, 1 letter or mark, 2 whitespace, 3 other (memoised for non-ASCII) */
const charClass = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  charClass[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : /\s/.test(ch) ? 2 : 3;
}
function cls(c: number): number {
  let k = charClass[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 3 : RE_LETTER_CHAR.test(ch) ? 1 : RE_SPACE_CHAR.test(ch) ? 2 : 3;
    charClass[c] = k;
  }
  return k;
}

function growTokens(t: Tokens): void {
  const grow32 = (a: Int32Array): Int32Array => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  const grow8 = (a: Uint8Array): Uint8Array => {
    const b = new Uint8Array(a.length * 2);
    b.set(a);
    return b;
  };
  t.start = grow32(t.start);
  t.end = grow32(t.end);
  t.coreEnd = grow32(t.coreEnd);
  t.kind = grow8(t.kind);
  t.cap = grow8(t.cap);
  t.nl = grow8(t.nl);
  t.sp = grow8(t.sp);
}

/** Single-pass hand-written tokenizer: words (with internal - ' ’), 's/'t forms, numbers, single symbols. */
function tokenize(text: string): Tokens {
  const L = text.length;
  const size = (L >> 1) + 16; // a token needs at least one character and (but for the last) one separator or is a symbol
  const t: Tokens = {
    n: 0,
    start: new Int32Array(size),
    end: new Int32Array(size),
    kind: new Uint8Array(size),
    raw: [],
    low: [],
    coreEnd: new Int32Array(size),
    cap: new Uint8Array(size),
    nl: new Uint8Array(size),
    sp: new Uint8Array(size),
  };
  let i = 0;
  let prevEnd = 0;
  let nl = true;
  while (i < L) {
    const c = text.charCodeAt(i);
    const k = cls(c);
    if (k === 2) {
      if (c === 10) nl = true;
      i++;
      continue;
    }
    const start = i;
    let kind: K;
    if ((c === 39 || c === 8217) && i + 1 < L && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 116) && (i + 2 >= L || cls(text.charCodeAt(i + 2)) !== 1)) {
      // 's, 't, 's-Hertogenbosch
      i += 2;
      while (i + 1 < L && text.charCodeAt(i) === 45 && cls(text.charCodeAt(i + 1)) === 1) {
        i++;
        while (i < L && cls(text.charCodeAt(i)) === 1) i++;
      }
      kind = K.Word;
    } else if (k === 1) {
      i++;
      for (;;) {
        while (i < L && cls(text.charCodeAt(i)) === 1) i++;
        const d = i < L ? text.charCodeAt(i) : 0;
        if ((d === 45 || d === 39 || d === 8217) && i + 1 < L && cls(text.charCodeAt(i + 1)) === 1) {
          i++;
          continue;
        }
        break;
      }
      kind = K.Word;
    } else if (c >= 48 && c <= 57) {
      i++;
      while (i < L) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        i++;
      }
      kind = K.Num;
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < L ? 2 : 1;
      kind = K.Punct;
    }
    const end = i;
    const s = text.slice(start, end);
    let low = s;
    let coreEnd = end;
    let cap = false;
    if (kind === K.Word) {
      low = s.toLowerCase();
      if (low.indexOf('’') >= 0) low = low.replace(/’/g, "'");
      if (low.length > 3 && low.charCodeAt(low.length - 2) === 39 && low.charCodeAt(low.length - 1) === 115) {
        low = low.slice(0, -2);
        coreEnd = end - 2;
      }
      cap = c >= 65 && c <= 90 ? true : c >= 97 && c <= 122 ? false : RE_UPPER.test(s);
    }
    const n = t.n;
    if (n === t.start.length) growTokens(t);
    t.start[n] = start;
    t.end[n] = end;
    t.kind[n] = kind;
    t.raw.push(s);
    t.low.push(low);
    t.coreEnd[n] = coreEnd;
    t.cap[n] = cap ? 1 : 0;
    t.nl[n] = nl ? 1 : 0;
    t.sp[n] = start > prevEnd ? 1 : 0;
    t.n = n + 1;
    prevEnd = end;
    nl = false;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Word classes that live in code (closed grammatical classes, not data)

const ABBREV_BEFORE_DOT = new Set([
  'mw', 'mevr', 'dhr', 'hr', 'dr', 'drs', 'ds', 'ir', 'ing', 'prof', 'mr', 'mej', 'fam', 'st', 'ca', 'bijv', 'bv', 'evt', 'o.a',
  'oa', 'ivm', 'i.v.m', 'nav', 'n.a.v', 'tel', 'nr', 'jl', 'e.d', 'etc', 'vs', 'incl', 'excl', 'max', 'min', 'resp', 'zgn',
  'aanw', 'afw', 'm.b.t', 'mbt', 'tav', 't.a.v', 'mob', 'vlgs', 'volg', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo',
]);

const STOP_LOWER = new Set([
  'de', 'het', 'een', 'en', 'of', 'maar', 'want', 'dus', 'van', 'voor', 'naar', 'met', 'bij', 'op', 'in', 'uit', 'aan', 'om',
  'te', 'ter', 'ten', 'tot', 'door', 'over', 'onder', 'na', 'al', 'ook', 'nog', 'wel', 'niet', 'geen', 'ze', 'zij', 'hij', 'wij',
  'we', 'jij', 'je', 'u', 'ik', 'mij', 'me', 'mijn', 'zijn', 'haar', 'hun', 'ons', 'onze', 'dit', 'dat', 'die', 'deze', 'wat',
  'wie', 'waar', 'hoe', 'is', 'was', 'zijn', 'heeft', 'had', 'kan', 'kon', 'wil', 'zal', 'moet', 'mag', 'ben', 'bent', 'er', 'hem',
  'zo', 'als', 'dan', 'toen', 'nu', 'ja', 'nee', 'even', 'heel', 'erg', 'veel', 'weinig', 'meer', 'minder', 'elk', 'ieder', 'alle',
  'ma', 'pa', 'mam', 'pap', 'oma', 'opa', 'tante', 'oom', 'juf', 'meester', 'moeder', 'vader', 'mama', 'papa', 'baby', 'nani',
  'dag', 'week', 'jaar', 'maand', 'uur', 'ok', 'oke', 'oké', 'thuis', 'school', 'werk', 'les', 'team', 'plan', 'doel',
  // inflected forms of frequent verbs (the word list holds stems only)
  'bent', 'waren', 'geweest', 'hebt', 'hadden', 'kunt', 'konden', 'wilt', 'wilden', 'zult', 'zullen', 'zou', 'zouden', 'mocht',
  'moest', 'gaat', 'ging', 'gingen', 'komt', 'kwam', 'kwamen', 'doet', 'deed', 'ziet', 'zag', 'staat', 'stond', 'weet', 'wist',
  'krijgt', 'kreeg', 'geeft', 'gaf', 'zegt', 'zei', 'vindt', 'vond', 'laat', 'liet', 'houdt', 'hield', 'lijkt', 'leek',
  // English function words in mixed notes
  'can', 'will', 'the', 'and', 'for', 'not', 'but', 'you', 'are', 'harm', 'may', 'say', 'said', 'see', 'son', 'sun',
]);

const LOC_PREP = new Set(['in', 'uit', 'naar', 'te', 'richting', 'omgeving', 'regio', 'gemeente', 'wijk', 'buurt', 'rond', 'nabij', 'vanuit', 'via', 'centrum', 'bij']);

const STREET_SUFFIX =
  /(?:straat|str|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|park|pad|steeg|markt|baan|straatweg|boulevard|wal|vliet|ring|allee|erf|veld|vallei|wijk|pleintje|kanaal|haven|dam|zijde|burg|berg|oord|horst|hout|akker|weide|lei|dwarsstraat|poort|sloot|plantsoen|dreef|gaarde|tuin|tuinen|hoven|lindenhof|straatje|kamp|eiland|kreek|polder|wetering)$/;

const INST_AFTER_NAME = new Set(['ziekenhuis', 'kliniek', 'apotheek', 'college', 'lyceum', 'moskee', 'kerk', 'school', 'basisschool']);

const STRONG_STREET_SUFFIX = /(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|markt|plantsoen|straatweg|boulevard)$/;

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

const INST_PREFIX = new Set([
  'cbs', 'obs', 'pcbs', 'rkbs', 'rk', 'ikc', 'kdv', 'bso', 'psz', 'vv', 'rkvv', 'sv', 'afc', 'hc', 'vc', 'roc', 'isk', 'sbo', 'so',
  'vso', 'stichting', 'kinderopvang', 'kinderdagverblijf', 'peuterspeelzaal', 'huisartsenpraktijk', 'praktijk', 'bakkerij', 'garage',
  'kwekerij', 'autobedrijf', 'installatiebedrijf', 'schoonmaakbedrijf', 'tuinbouwbedrijf', 'fietsenmakerij', 'pakketdienst',
  'zwemschool', 'dansschool', 'montessorischool', 'daltonschool', 'jenaplanschool', 'basisschool', 'huisartsen', 'gezondheidscentrum',
  'zorggroep', 'logopediepraktijk', 'fysiotherapiepraktijk', 'tandartspraktijk', 'kapsalon', 'restaurant', 'moskee', 'kerk',
  'academie', 'boxing', 'voetbalvereniging', 'sportschool', 'kinderclub', 'speeltuinvereniging', 'tuinbouwschool', 'kindcentrum',
  'scholengroep', 'brede', 'het', 'de', "'t", 'buurtteam', 'wijkteam', 'jeugdteam', 'gezinsteam', 'sportclub', 'voetbalclub',
]);

const INST_SUFFIX_WORD =
  /(?:school|college|lyceum|gymnasium|scholengroep|opvang|praktijk|bedrijf|kerk|club|centrum|kliniek|ziekenhuis|bakkerij|kwekerij|academie|stichting|logistiek|church|stars|boys|girls|united|dienst|makerij|groep|zorg|moskee|camii|cami|mandir|tempel|parochie|vereniging|zonen|co|fc)$/;

const COMPASS = new Set(['noord', 'zuid', 'oost', 'west', 'noordoost', 'noordwest', 'zuidoost', 'zuidwest', 'midden', 'centrum', 'centraal']);
/** finite verbs that typically follow a person as subject (closed list of frequent verbs; grammar, not data) */
const SUBJECT_VERBS = new Set(
  ('zegt zei vertelt vertelde heeft had wil wilde gaat ging komt kwam kan kon moet moest vindt vond belt belde zit zat woont woonde ' +
    'speelt speelde huilt huilde lacht lachte slaapt sliep krijgt kreeg doet deed mag mocht laat liet ziet zag weet wist loopt liep geeft gaf ' +
    'reageert reageerde tekent tekende maakt maakte blijft bleef werkt werkte vraagt vroeg noemt noemde heet durft durfde kijkt keek staat stond ' +
    'praat praatte schreeuwt schreeuwde rent rende wordt werd gaf geeft herkent herkende benoemt benoemde legt legde schrijft schreef ' +
    'antwoordt antwoordde knikt knikte glimlacht glimlachte verhuist verhuisde begint begon stopt stopte leest las luistert luisterde ' +
    'vertrouwt vertrouwde weigert weigerde appt appte mailt mailde regelt regelde brengt bracht haalt haalde past paste zorgt zorgde ' +
    'mist miste voelt voelde denkt dacht hoopt hoopte twijfelt twijfelde erkent erkende ontkent ontkende geeft heeft merkt merkte ' +
    'ervaart ervoer toont toonde stelt stelde benadrukt benadrukte vertelt verteld schrokt schrok wint won verliest verloor leert ' +
    'leerde oefent oefende helpt hielp steunt steunde bezoekt bezocht ziet slaat sloeg scheldt schold dreigt dreigde').split(' '),
);
const JARGON_TAIL =
  /.{4,}(?:heid|schap|tie|sie|teit|isme|iek|logie|onderzoek|melding|plaatsing|behandeling|begeleiding|verlening|zorg|hulp|onderwijs|administratie|gesprek|overleg|traject|beraad|beleid|regeling|verklaring|indicatie|machtiging|maatregel|beschikking|therapie|training|wonen|voorziening|instelling|plan)$/;

/** Is a capitalised name word directly before or after token i (same line)? */
function nextToName(c: Ctx, i: number): boolean {
  const { t, lex } = c;
  const isName = (j: number): boolean => j >= 0 && j < t.n && t.kind[j] === K.Word && t.cap[j] === 1 && !t.nl[Math.max(i, j)] && inNameList(lex, t.low[j]) && !lex.commonWords.has(t.low[j]);
  return isName(i - 1) || isName(i + 1);
}

const RE_DOTTED_INITIALS = /^(?:[A-Z]\.){1,3}[A-Z]\.?(?![\p{L}\d])/u;
const NOT_INITIALS = new Set(['N.B', 'P.S', 'V.S', 'B.V', 'N.V', 'A.U.B', 'M.B.T', 'T.A.V', 'I.V.M', 'E.D', 'O.A', 'Z.S.M', 'D.W.Z', 'V.G', 'E.E.A', 'I.P.V', 'A.S', 'N.A.V', 'M.A.W', 'O.B.V', 'I.O.M', 'S.V.P', 'U.A', 'B.A', 'M.A', 'B.SC', 'M.SC', 'P.O', 'V.O', 'W.O', 'H.B.O', 'M.B.O', 'K.V.K']);

/** words after which a lower-case ordinary word is that word, not a name ("de roos", "zijn hart", "in de winter") */
const DETERMINERS = new Set(
  'de het een in op om zijn haar mijn je jouw uw onze ons hun deze die dit dat elke iedere geen veel weinig welke zo\'n zulke wat hele mooie grote kleine rode witte nieuwe oude eigen tegen naar uit aan bij voor over onder achter door tot'.split(' '),
);

const PET_WORDS = new Set(['hond', 'hondje', 'kat', 'katje', 'poes', 'poesje', 'kater', 'konijn', 'konijntje', 'cavia', 'hamster', 'vogel', 'parkiet', 'paard', 'pony', 'knuffel', 'knuffeltje', 'knuffelbeer', 'beer', 'pop', 'vis', 'schildpad']);
const TEAM_WORDS = new Set(['team', 'afdeling', 'regio', 'locatie', 'vestiging', 'wijkteam', 'unit', 'cluster', 'district', 'groep']);

const LOWER_NAME_MIN = 3;

// ---------------------------------------------------------------------------------------------

interface Ctx {
  text: string;
  t: Tokens;
  lex: Lexicon;
  /** per token: assigned label or 0 */
  tag: (Label | null)[];
  /** per token: covered by a phrase that must not be tagged (negatives) */
  blocked: Uint8Array;
  spans: RawSpan[];
}

function matchPhrase(t: Tokens, i: number, map: Map<string, Phrase[]>, needCap: boolean): number {
  const cands = map.get(t.low[i]);
  if (!cands) return 0;
  for (const ph of cands) {
    let j = i;
    let k = 0;
    for (; k < ph.length; k++, j++) {
      if (j >= t.n) break;
      const want = ph[k];
      const got = k === ph.length - 1 || t.coreEnd[j] === t.end[j] ? t.low[j] : t.raw[j].toLowerCase().replace(/’/g, "'");
      if (got !== want && !(k === ph.length - 1 && k > 0 && got.startsWith(want + '-'))) break;
      if (k > 0 && t.nl[j]) break;
    }
    if (k === ph.length) {
      if (needCap && !t.cap[i] && !t.cap[i + ph.length - 1]) continue;
      return ph.length;
    }
  }
  return 0;
}

/** Is token i at the start of a sentence (so a capital letter says nothing)? */
function sentenceStart(t: Tokens, i: number): boolean {
  if (t.nl[i]) return true;
  let j = i - 1;
  // skip list bullets and opening quotes/brackets
  while (j >= 0 && t.kind[j] === K.Punct && /^["'“‘(\[*]$/.test(t.raw[j])) {
    if (t.nl[j]) return true;
    j--;
  }
  if (j >= 0 && /^[•–—-]$/.test(t.raw[j]) && (t.nl[j] || t.sp[j + 1] || t.raw[j] !== '-' || (j > 0 && t.raw[j - 1] === '-'))) return true; // bullets and dashes
  if (j < 0) return true;
  if (j < i - 1 && /^["'“‘]$/.test(t.raw[i - 1])) return true; // opening quote: titles and quotes start with a capital
  const p = t.raw[j];
  if (p === '!' || p === '?' || p === ':' || p === ';' || p === '…' || p === '|' || p === '–' || p === '—' || p === '•') return true;
  if (p === ')' && j >= 1 && (t.kind[j - 1] === K.Num || (t.raw[j - 1].length === 1 && t.nl[j - 1]))) return true; // "1) Gesprek"
  if (p === '-' && t.sp[j] && t.sp[j + 1]) return true; // " - " as a dash
  if (p === '.') {
    const w = j - 1;
    if (w < 0) return true;
    if (t.kind[w] === K.Word) {
      if (ABBREV_BEFORE_DOT.has(t.low[w])) return false;
      if (t.raw[w].length === 1 && t.cap[w]) return false; // initial
    }
    return true;
  }
  return false;
}

function isInitialAt(t: Tokens, i: number): boolean {
  return t.kind[i] === K.Word && t.raw[i].length === 1 && t.cap[i] === 1 && i + 1 < t.n && t.raw[i + 1] === '.' && !t.sp[i + 1];
}

function isNegative(lex: Lexicon, low: string): boolean {
  return lex.negatives.has(low);
}

function particleAt(t: Tokens, i: number, lex: Lexicon): number {
  if (t.kind[i] !== K.Word) return 0;
  const cands = lex.particles.get(t.low[i]);
  if (!cands) return 0;
  for (const ph of cands) {
    let k = 0;
    for (; k < ph.length; k++) {
      const j = i + k;
      if (j >= t.n || t.kind[j] !== K.Word || t.low[j] !== ph[k]) break;
    }
    if (k === ph.length) return k;
  }
  return 0;
}

function isNameWord(lex: Lexicon, low: string): boolean {
  return lex.firstNames.has(low) || lex.surnames.has(low);
}

function hyphenParts(low: string): string[] | null {
  return low.indexOf('-') > 0 ? low.split('-') : null;
}

/** knownish: the word is in a name list (for hyphenated words: every part or the first part). */
function inNameList(lex: Lexicon, low: string): boolean {
  if (isNameWord(lex, low)) return true;
  const parts = hyphenParts(low);
  if (parts) return parts.every((p) => isNameWord(lex, p) || p.length <= 2);
  return false;
}

function classifyAll(c: Ctx): void {
  const { t, lex, tag, blocked, text } = c;
  const n = t.n;
  // Pass 1: phrases (negatives, multi-word places), institutions, streets
  for (let i = 0; i < n; i++) {
    if (t.kind[i] !== K.Word) continue;
    const neg = matchPhrase(t, i, lex.negativePhrases, true);
    if (neg) {
      for (let k = 0; k < neg; k++) blocked[i + k] = 1;
      i += neg - 1;
      continue;
    }
    const pl = matchPhrase(t, i, lex.placePhrases, true);
    if (pl) {
      // "de Schilderswijk": keep the article when the place entry has it
      for (let k = 0; k < pl; k++) tag[i + k] = 'LOCATIE';
      i += pl - 1;
      continue;
    }
  }
  for (let i = 0; i < n; i++) {
    if (t.kind[i] !== K.Word || blocked[i] || tag[i]) continue;
    const low = t.low[i];
    const cap = t.cap[i];
    if (!cap) continue;
    if (isNegative(lex, low)) {
      blocked[i] = 1;
      continue;
    }
    // street + house number
    if (STREET_SUFFIX.test(low) && low.length > 5) {
      const hasNumber = RE_HOUSENR.test(text.slice(t.coreEnd[i], t.coreEnd[i] + 16));
      if (hasNumber || (STRONG_STREET_SUFFIX.test(low) && !sentenceStart(t, i) && !lex.commonWords.has(low))) tag[i] = 'LOCATIE';
    }
  }
  // Pass 2: single capitalised words and lower-case names
  for (let i = 0; i < n; i++) {
    if (t.kind[i] !== K.Word || blocked[i] || tag[i]) continue;
    const low = t.low[i];
    if (!t.cap[i]) {
      // lower-case names in hurried notes: only distinctive names (not ordinary words)
      if (low.length >= LOWER_NAME_MIN && lex.firstNames.has(low) && !lex.commonWords.has(low) && !STOP_LOWER.has(low) && !lex.titles.has(low)) {
        // not when followed by a capitalised name (then it is probably a word in a sentence)
        tag[i] = 'PERSOON';
      }
      continue;
    }
    if (lex.titles.has(low)) continue; // role words and titles are context, never the name
    // compounds with a lower-case tail ("VT-melding", "WhatsApp-ruzies", "IB'er") are not names
    const core = t.coreEnd[i] === t.end[i] ? t.raw[i] : t.raw[i].slice(0, t.coreEnd[i] - t.start[i]);
    if (/[-'’]\p{Ll}/u.test(core) && !/^['’][st]-/.test(core)) {
      const tail = core.slice(core.search(/[-'’]\p{Ll}/u) + 1);
      if (!lex.particles.has(tail.toLowerCase()) || core.split('-').every((p) => lex.negatives.has(p.toLowerCase()))) {
        // "Jansen-dossier": the name before the hyphen is a name; "VT-melding" is not
        const hy = core.indexOf('-');
        const head = hy > 0 ? core.slice(0, hy) : '';
        const headLow = head.toLowerCase();
        if (head && RE_HAS_LOWER.test(head) && !isNegative(lex, headLow) && !lex.commonWords.has(headLow) && inNameList(lex, headLow)) {
          tag[i] = 'PERSOON';
          t.low[i] = headLow;
          t.coreEnd[i] = t.start[i] + hy;
          continue;
        }
        blocked[i] = head && RE_HAS_LOWER.test(head) ? 3 : 1;
        if (blocked[i] === 3) {
          t.low[i] = headLow;
          t.coreEnd[i] = t.start[i] + hy;
        }
        continue;
      }
    }
    if (core.indexOf('-') > 0 && core.split('-').every((p) => lex.negatives.has(p.toLowerCase()) || COMPASS.has(p.toLowerCase()))) {
      blocked[i] = 1; // "Curaçaos-Nederlands", "Turks-Nederlandse"
      continue;
    }
    const isAllCaps = !RE_HAS_LOWER.test(t.raw[i]);
    const prevLow = i > 0 ? t.low[i - 1] : '';
    // a capitalised word or particle follows on the same line: "Iris Ramdin", "Thomas van 't Hof"
    const fullNameFollows =
      i + 1 < n && !t.nl[i + 1] && t.sp[i + 1] === 1 && t.kind[i + 1] === K.Word && (t.cap[i + 1] === 1 || particleAt(t, i + 1, lex) > 0) && !isNegative(lex, t.low[i + 1]);
    const nameLike = !lex.commonWords.has(low) || inNameList(lex, low) || fullNameFollows;
    const afterTitleColon =
      (!t.nl[i] && i > 1 && t.raw[i - 1] === ':' && t.kind[i - 2] === K.Word && lex.titles.has(t.low[i - 2]) && nameLike) ||
      (inNameListLine(c, i) && nameLike && !lex.places.has(low) && !STOP_LOWER.has(low));
    const afterTitle =
      afterTitleColon ||
      (!t.nl[i] &&
      i > 0 &&
      ((t.kind[i - 1] === K.Word && lex.titles.has(prevLow)) ||
        (t.raw[i - 1] === '.' && i > 1 && !t.nl[i - 1] && ABBREV_BEFORE_DOT.has(t.low[i - 2]) && lex.titles.has(t.low[i - 2]))));
    if (isAllCaps && t.raw[i].length > 1) {
      // abbreviations; author initials only on a line of their own or after a dash
      if (t.raw[i].length <= 4 && isSignatureLine(t, i)) tag[i] = 'PERSOON';
      // names in capitals in headings: "GEZIN YILMAZ", "UTRECHT"
      else if (t.raw[i].length >= 4 && !lex.commonWords.has(low) && !isNegative(lex, low)) {
        if (lex.places.has(low)) tag[i] = 'LOCATIE';
        else if (inNameList(lex, low)) tag[i] = 'PERSOON';
      }
      continue;
    }
    if (/^\p{Lu}\p{Ll}{0,2}\p{Lu}{1,3}$/u.test(t.raw[i]) && /^[A-Z](?:v|vd|vd|t|d|v[dt])[A-Z]+$/.test(t.raw[i])) {
      tag[i] = 'PERSOON'; // IvdM-style name abbreviation
      continue;
    }
    if (t.raw[i].length === 1) {
      // a name abbreviation written as dotted initials only: "cliënt R.B.", "(J.K.)"
      const m = RE_DOTTED_INITIALS.exec(text.slice(t.start[i], t.start[i] + 12));
      if (m && !NOT_INITIALS.has(m[0].replace(/\.$/, '').toUpperCase()) && !(i > 0 && t.kind[i - 1] === K.Word && t.raw[i - 1].length === 1 && t.end[i - 1] + 1 === t.start[i])) {
        const endOff = t.start[i] + m[0].length; // the final dot belongs to the abbreviation
        // only when no name follows (then the initials belong to that name)
        let j = i;
        while (j < n && t.end[j] <= endOff) j++;
        const nextIsName = j < n && !t.nl[j] && t.cap[j] && t.kind[j] === K.Word && t.raw[j].length > 1;
        const nextIsParticle = j < n && !t.nl[j] && particleAt(t, j, lex) > 0 && j + 1 < n && t.cap[j + particleAt(t, j, lex)];
        if (!nextIsName && !nextIsParticle) c.spans.push({ start: t.start[i], end: endOff, label: 'PERSOON', prio: 25 });
      }
      continue;
    }

    const sstart = sentenceStart(t, i);
    const common = lex.commonWords.has(low);
    const place = lex.places.has(low) || (hyphenParts(low)?.[0] !== undefined && lex.places.has(hyphenParts(low)![0]) && COMPASS.has(hyphenParts(low)![1] ?? ''));
    const named = inNameList(lex, low);
    // "Mo z'n fiets": a word followed by z'n / d'r is the owner's name
    if (i + 1 < n && !t.nl[i + 1] && (t.low[i + 1] === "z'n" || t.low[i + 1] === "d'r") && !STOP_LOWER.has(low) && (named || !common)) {
      tag[i] = 'PERSOON';
      continue;
    }
    // pets and cuddly toys: "hond Max", "knuffel Vosje"
    if (i > 0 && !t.nl[i] && PET_WORDS.has(prevLow) && !afterTitle) {
      blocked[i] = 1;
      continue;
    }
    // compass words after "team" etc.
    if (COMPASS.has(low) && i > 0 && TEAM_WORDS.has(prevLow)) {
      blocked[i] = 1;
      continue;
    }
    if (place && !named && (!common || (i > 0 && LOC_PREP.has(prevLow)))) {
      tag[i] = 'LOCATIE';
      continue;
    }
    const afterParticle = i > 0 && !t.nl[i] && t.kind[i - 1] === K.Word && !t.cap[i - 1] && lex.particles.has(prevLow) && prevLow !== 'in' && prevLow !== 'op' && prevLow !== 'te';
    if (afterParticle && (named || (!common && !JARGON_TAIL.test(low))) && !(place && LOC_PREP.has(prevLow))) {
      tag[i] = 'PERSOON';
      continue;
    }
    if (place && named && i > 0 && LOC_PREP.has(prevLow) && !afterTitle) {
      tag[i] = 'LOCATIE';
      continue;
    }
    if (afterTitle) {
      // "ds. De Vries", "mw. El Amrani": a capitalised particle after a title; the name follows it
      const pl = particleAt(t, i, lex);
      if (pl && i + pl < n && t.cap[i + pl] && !t.nl[i + pl] && !blocked[i + pl]) {
        tag[i + pl] = 'PERSOON';
        i += pl;
        continue;
      }
      tag[i] = 'PERSOON';
      continue;
    }
    if (named && !common) {
      tag[i] = 'PERSOON';
      continue;
    }
    if (!sstart) {
      if (COMPASS.has(low)) continue;
      // capitalised jargon mid-sentence ("een Raadsonderzoek", "Radarmelding"): a compound with an
      // abstract-noun tail is no name unless a name stands next to it
      if (!named && !place && JARGON_TAIL.test(low) && !nextToName(c, i)) continue;
      tag[i] = place ? 'LOCATIE' : 'PERSOON';
      continue;
    }
    // sentence start, ordinary word or unknown: only with a following name word
    // "Debora tekende ...", "Storm vertelde ...": a sentence-initial name followed by a finite verb
    if (
      (named || (!common && !looksDutch(lex, low))) &&
      i + 1 < n &&
      !t.nl[i + 1] &&
      t.kind[i + 1] === K.Word &&
      !t.cap[i + 1] &&
      SUBJECT_VERBS.has(t.low[i + 1]) &&
      t.coreEnd[i] === t.end[i] &&
      t.raw[i].length >= 3 &&
      !place &&
      !/(?:en|ing|heid|lijk|isch|tje|je|st)$/.test(low) &&
      !/^(?:ge|be|ver|ont|her|er)/.test(low) === true
    ) {
      tag[i] = 'PERSOON';
      continue;
    }
    // "Sewdien-Ramautar" at a sentence start: two capitalised parts, neither a place nor a negative
    if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t.raw[i]) && !place && !common) {
      const parts = low.split('-');
      if (!parts.some((p) => lex.places.has(p) || lex.negatives.has(p) || COMPASS.has(p) || lex.commonWords.has(p))) {
        tag[i] = 'PERSOON';
        continue;
      }
    }
    // "Bayu (5)": a capitalised word followed by an age in brackets
    if (
      i + 1 < n &&
      t.raw[i + 1] === '(' &&
      !t.nl[i + 1] &&
      ((named && RE_HAS_LOWER.test(t.raw[i])) ||
        (!common && i + 3 < n && t.kind[i + 2] === K.Num && t.raw[i + 3] === ')' && t.raw[i + 2].length <= 2) ||
        (!common && !looksDutch(lex, low) && i + 3 < n && t.kind[i + 2] === K.Word && lex.titles.has(t.low[i + 2]) && (t.raw[i + 3] === ')' || t.raw[i + 3] === ',')))
    ) {
      tag[i] = 'PERSOON';
      continue;
    }
    if (named || !common) {
      const j = i + 1;
      if (j < n && t.cap[j] && t.kind[j] === K.Word && !blocked[j] && !t.nl[j] && inNameList(lex, t.low[j]) && !isNegative(lex, t.low[j])) {
        tag[i] = 'PERSOON';
        continue;
      }
      const pl = j < n && !t.nl[j] ? particleAt(t, j, lex) : 0;
      if (pl && j + pl < n && t.cap[j + pl] && !t.nl[j + pl] && !blocked[j + pl] && !lex.places.has(t.low[j + pl]) && !isNegative(lex, t.low[j + pl]) && t.low[j] !== 'in' && t.low[j] !== 'op') {
        tag[i] = 'PERSOON';
        continue;
      }
      if (named && j < n && t.raw[j] === ',' && looksLikeListOfNames(t, lex, i)) {
        tag[i] = 'PERSOON';
        continue;
      }
      // two unknown capitalised words at a sentence start: a full name ("Ayaan Abdullahi Farah", "Tariq Benali")
      if (
        !common &&
        j < n &&
        t.cap[j] &&
        t.kind[j] === K.Word &&
        !blocked[j] &&
        !t.nl[j] &&
        t.sp[j] &&
        RE_HAS_LOWER.test(t.raw[j]) &&
        !isNegative(lex, t.low[j]) &&
        !lex.places.has(t.low[j]) &&
        !lex.titles.has(t.low[j]) &&
        (!lex.commonWords.has(t.low[j]) || inNameList(lex, t.low[j])) &&
        !looksDutch(lex, low) &&
        !looksDutch(lex, t.low[j])
      ) {
        tag[i] = 'PERSOON';
        tag[j] = 'PERSOON';
        continue;
      }
    }
  }
}

/** A Dutch-looking word that is no name: a compound of two ordinary words or a participle/inflected verb form. */
function looksDutch(lex: Lexicon, low: string): boolean {
  if (JARGON_TAIL.test(low)) return true;
  if (/^(?:ge|be|ver|ont|her|voor|aan|over|uit|door|op|af|toe|mee|in|weg|terug|samen)\p{L}{3,}(?:d|t|en|de|te)$/u.test(low) && !/^(?:ben|bert|bern)/.test(low)) return true;
  for (let k = 3; k <= low.length - 4; k++) {
    const tail = low.slice(k);
    if (tail.length >= 4 && lex.commonWords.has(tail)) {
      const head = low.slice(0, k);
      if (lex.commonWords.has(head) || (head.endsWith('s') && lex.commonWords.has(head.slice(0, -1))) || (head.endsWith('e') && lex.commonWords.has(head.slice(0, -1)))) return true;
    }
  }
  return false;
}

const LIST_LABELS = new Set([
  'aanwezig', 'aanwezigen', 'afwezig', 'afwezigen', 'inbrenger', 'notulist', 'notulen', 'gespreksleider', 'voorzitter', 'deelnemers',
  'jeugdige', 'jeugdigen', 'kinderen', 'kind', 'cliënt', 'client', 'naam', 'namen', 'beller', 'contactpersoon', 'ouders', 'ouder',
  'gezaghebbende', 'gezaghebber', 'gezaghebbers', 'netwerk', 'betrokkenen', 'uitgenodigd', 'verslag', 'auteur', 'opgesteld',
  'gezinsleden', 'broers', 'zussen', 'pleegouders', 'trainer', 'co-trainer', 'docent', 'collega', 'collega\'s', 'casushouder',
]);

/** Is token i on a line that starts with a list label and a colon ("Aanwezig: Britt, Sjoerd, Aaliyah")? */
function inNameListLine(c: Ctx, i: number): boolean {
  const { t } = c;
  if (t.nl[i]) return false;
  for (let k = i - 1, steps = 0; k >= 0 && steps < 40; k--, steps++) {
    if (t.raw[k] === '|' || t.raw[k] === ';') return false;
    if (t.raw[k] === ':') {
      // the label is the word (or "Jeugdige(n)") right before the colon
      let w = k - 1;
      if (w >= 0 && t.raw[w] === ')') w -= 3;
      if (w < 0 || t.kind[w] !== K.Word) return false;
      if (LIST_LABELS.has(t.low[w])) return true;
      // e-mail headers: "Van: Eline Kramer", "Aan: ..."
      return t.nl[w] === 1 && (t.low[w] === 'van' || t.low[w] === 'aan' || t.low[w] === 'cc' || t.low[w] === 'bcc');
    }
    if (t.nl[k]) return false;
    if (t.kind[k] === K.Word && !t.cap[k] && !/^(?:en|van|de|der|den|'t|ter|ten|el|al|ben)$/.test(t.low[k])) return false;
    if (t.kind[k] === K.Num) return false;
  }
  return false;
}

function looksLikeListOfNames(t: Tokens, lex: Lexicon, i: number): boolean {
  const j = i + 2;
  return j < t.n && t.cap[j] === 1 && inNameList(lex, t.low[j]);
}

const SIGNATURE_LABELS = new Set(['verslag', 'notulen', 'notulist', 'auteur', 'door', 'groet', 'gr', 'groeten', 'mvg', 'vrgr', 'paraaf', 'ingevuld', 'opgesteld', 'namens', 'afz', 'van']);

function isSignatureLine(t: Tokens, i: number): boolean {
  // token alone on its line, "– LH" at line start, or "Verslag: FJ" / "Groet, JS" at the end of a line
  const lineEnd = i + 1 >= t.n || t.nl[i + 1] || (i + 2 >= t.n || t.nl[i + 2]) && /^[.)]$/.test(t.raw[i + 1]);
  if (!lineEnd) return false;
  if (t.nl[i] || (i > 0 && t.nl[i - 1] && /^[-–—/]$/.test(t.raw[i - 1]))) return true;
  if (i >= 2 && /^[:,]$/.test(t.raw[i - 1]) && t.kind[i - 2] === K.Word && SIGNATURE_LABELS.has(t.low[i - 2])) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Span building

function emit(c: Ctx, start: number, end: number, label: Label, prio: number): void {
  if (end > start) c.spans.push({ start, end, label, prio });
}

/** Extend a LOCATIE street token with its house number and addition. */
const RE_HOUSENR = /^\.? \d{1,5}(?:[a-zA-Z](?![\p{L}\d])|-\d{1,3}(?![\d])|-(?:[A-Za-z]|I{1,3}|IV|V|hs|bg|rd|bis)(?![\p{L}])| (?:bis|hs|huis|rd|bg|boven|beneden|I{1,3}|IV|[A-D]|bus \d{1,4})(?![\p{L}\d]))?(?![\d])/u;

function buildSpans(c: Ctx): void {
  const { t, lex, tag, blocked, text } = c;
  const n = t.n;
  let i = 0;
  while (i < n) {
    const lab = tag[i];
    if (!lab) {
      i++;
      continue;
    }
    if (lab === 'LOCATIE') {
      let s = i;
      let e = i;
      while (e + 1 < n && tag[e + 1] === 'LOCATIE' && !t.nl[e + 1] && isJoin(text, t.end[e], t.start[e + 1])) e++;
      // left extension for streets: "Burgemeester Roelenweg", "Van Woustraat", "Mr. P.J. Troelstraweg", "Laan van Meerdervoort"
      const after = text.slice(t.coreEnd[e], t.coreEnd[e] + 16);
      const hn = RE_HOUSENR.exec(after);
      const streety = STREET_SUFFIX.test(t.low[e]) && !lex.places.has(t.low[e]);
      if (hn || streety) {
        s = extendStreetLeft(c, s);
      }
      let endOff = t.coreEnd[e];
      if (hn) endOff += hn[0].length;
      let startOff = t.start[s];
      // article that belongs to a neighbourhood name was part of the phrase already
      emit(c, startOff, endOff, 'LOCATIE', 40);
      i = e + 1;
      while (i < n && t.start[i] < endOff) i++;
      continue;
    }
    if (lab === 'PERSOON' || lab === 'INSTELLING') {
      let s = i;
      let e = i;
      // extend right over further name tokens, particles and hyphen joins
      for (;;) {
        const j = e + 1;
        if (j >= n || t.nl[j]) break;
        if (tag[j] === 'PERSOON' && t.coreEnd[e] === t.end[e] && isJoin(text, t.end[e], t.start[j])) {
          e = j;
          continue;
        }
        // particle + capitalised word: "Lotte van der Linden", "Fatima El Amrani"
        const pl = particleAt(t, j, lex);
        if (pl && j + pl < n && t.cap[j + pl] && !blocked[j + pl] && t.kind[j + pl] === K.Word && !t.nl[j + pl] && t.coreEnd[e] === t.end[e]) {
          const k = j + pl;
          if (!lex.firstNames.has(t.low[k]) || lex.surnames.has(t.low[k]) || tag[k] === 'PERSOON') {
            if (!lex.negatives.has(t.low[k]) && (!lex.places.has(t.low[k]) || !LOC_PREP.has(t.low[j]))) {
              e = k;
              tag[k] = 'PERSOON';
              continue;
            }
          }
        }
        // "sandra dekker": a lower-case surname after a lower-case first name
        if (!t.cap[e] && !t.cap[j] && t.kind[j] === K.Word && lex.firstNames.has(t.low[e]) && lex.surnames.has(t.low[j]) && !STOP_LOWER.has(t.low[j]) && isJoin(text, t.end[e], t.start[j])) {
          e = j;
          continue;
        }
        break;
      }
      // extend left over particles and initials: "mw. de Bruijn", "J. de Vries", "A.F. Verschoor"
      s = extendNameLeft(c, s);
      // "Rianne Zon" at a sentence start: an unknown capitalised word right before a name belongs to it
      if (lab === 'PERSOON' && s > 0 && !t.nl[s] && isJoin(text, t.end[s - 1], t.start[s]) && text.charCodeAt(t.end[s - 1]) === 32) {
        const p = s - 1;
        if (t.kind[p] === K.Word && t.cap[p] && !tag[p] && !blocked[p] && RE_HAS_LOWER.test(t.raw[p]) && t.coreEnd[p] === t.end[p] && (!lex.commonWords.has(t.low[p]) || lex.firstNames.has(t.low[p]) || lex.surnames.has(t.low[s])) && !lex.titles.has(t.low[p]) && !lex.negatives.has(t.low[p]) && !lex.places.has(t.low[p]) && sentenceStart(t, p)) s = p;
      }
      const afterName = text.slice(t.coreEnd[e], t.coreEnd[e] + 20);
      const hn = lab === 'PERSOON' && t.coreEnd[e] === t.end[e] ? RE_HOUSENR.exec(afterName) : null;
      if (hn && /^\s*(?:,|\n|$|\)|[1-9]\d{3}\s?[A-Z]{2}\b)/.test(afterName.slice(hn[0].length)) && looksLikeAddress(c, s, e, afterName.slice(hn[0].length), hn[0])) {
        emit(c, t.start[s], t.coreEnd[e] + hn[0].length, 'LOCATIE', 35);
        i = e + 1;
        while (i < n && t.start[i] < t.coreEnd[e] + hn[0].length) i++;
        continue;
      }
      const nx = e + 1;
      if (lab === 'PERSOON' && nx < n && !t.nl[nx] && t.kind[nx] === K.Word && !t.cap[nx] && INST_AFTER_NAME.has(t.low[nx]) && t.coreEnd[e] === t.end[e]) {
        emit(c, t.start[s], t.end[nx], 'INSTELLING', 35);
        i = nx + 1;
        continue;
      }
      emit(c, t.start[s], t.coreEnd[e], lab, 30);
      i = e + 1;
      continue;
    }
    i++;
  }
}

const ADDRESS_CONTEXT = new Set(['adres', 'woont', 'wonen', 'woonachtig', 'verhuisd', 'verhuist', 'logeeradres', 'postadres', 'bezoekadres', 'aan', 'op', 'naar', 'via', 'bij', 'verblijft', 'verblijfadres', 'straat']);

/** "Zarken 12, 1141 BN" is an address; "Jayson 12, Jaylisa 9" are ages. */
function looksLikeAddress(c: Ctx, s: number, e: number, rest: string, hn: string): boolean {
  const { t, lex } = c;
  if (/^\s*,?\s*[1-9]\d{3}\s?[A-Z]{2}\b/.test(rest)) return true;
  if (/^\s*,\s*(?:['’]s-)?\p{Lu}/u.test(rest)) {
    const m = /^\s*,\s*((?:['’]s-)?[\p{L}-]+)/u.exec(rest);
    if (m && lex.places.has(m[1].toLowerCase())) return true;
  }
  let named = true;
  for (let k = s; k <= e; k++) if (t.kind[k] === K.Word && !inNameList(lex, t.low[k]) && !lex.particles.has(t.low[k])) named = false;
  if (named) return false;
  const num = parseInt(hn.replace(/^\D+/, ''), 10);
  // address context shortly before the street
  for (let k = s - 1; k >= 0 && k >= s - 3; k--) {
    if (t.kind[k] === K.Word && ADDRESS_CONTEXT.has(t.low[k])) return true;
    if (t.raw[k] === ':' && k > 0 && t.low[k - 1] === 'adres') return true;
  }
  return num > 20 && !/^\s*(?:jaar|jr|keer|x)\b/.test(rest);
}

function isJoin(text: string, a: number, b: number): boolean {
  if (b === a) return true;
  if (b - a === 1) {
    const ch = text.charCodeAt(a);
    return ch === 32 || ch === 45; // space or hyphen
  }
  return false;
}

function extendNameLeft(c: Ctx, s: number): number {
  const { t, lex, blocked } = c;
  for (;;) {
    // particle sequence ending right before s
    let moved = false;
    for (let len = 3; len >= 1; len--) {
      const p = s - len;
      if (p < 0) continue;
      if (particleAt(t, p, lex) === len && !t.nl[s] && !blocked[p]) {
        // preposition "van" after a role word is not a particle ("moeder van Rayan")
        const prev = p - 1;
        const lowFirst = t.low[p];
        const capParticle = t.cap[p];
        if (lowFirst === 'van' || lowFirst === 'de' || lowFirst === 'te' || lowFirst === 'ten' || lowFirst === 'ter' || lowFirst === 'in' || lowFirst === 'op' || lowFirst === 'el' || lowFirst === 'al' || lowFirst === 'ben' || lowFirst === 'bin' || lowFirst === 'abu' || lowFirst === 'bou') {
          const okPrev =
            capParticle ||
            prev < 0 ||
            t.nl[p] ||
            (t.kind[prev] === K.Word && (c.tag[prev] === 'PERSOON' || (lex.titles.has(t.low[prev]) && /^(?:mw|mevr|mevrouw|dhr|hr|heer|meneer|dr|ds|mr|fam|familie|gezin|juf|meester|dominee|drs|ir|prof)$/.test(t.low[prev])))) ||
            (t.raw[prev] === '.' && prev > 0 && (isInitialAt(t, prev - 1) || lex.titles.has(t.low[prev - 1]))) ||
            t.raw[prev] === '(' || t.raw[prev] === ',' || t.raw[prev] === ':' || t.raw[prev] === '/' ||
            (/^[A-Z]{1,3}$/.test(t.raw[prev]) && !lex.negatives.has(t.low[prev])) ||
            (lex.surnames.has(t.low[s]) && !lex.firstNames.has(t.low[s]));
          if (!okPrev) continue;
          if (lex.firstNames.has(t.low[s]) && !lex.surnames.has(t.low[s]) && !capParticle && lowFirst === 'van') continue;
        }
        s = p;
        moved = true;
        break;
      }
    }
    // initials: "J." "A.F."
    const d = s - 1;
    if (d >= 1 && t.raw[d] === '.' && isInitialAt(t, d - 1) && t.sp[s]) {
      let p = d - 1;
      while (p >= 2 && t.raw[p - 1] === '.' && isInitialAt(t, p - 2) && !t.sp[p]) p -= 2;
      s = p;
      moved = true;
    }
    // initials written without dots: "JW de Groot"
    const q = s - 1;
    if (!moved && q >= 0 && !t.nl[s] && t.kind[q] === K.Word && t.sp[s] && /^[A-Z]{1,3}$/.test(t.raw[q]) && !lex.negatives.has(t.low[q]) && !blocked[q] && c.tag[q] === null && (particleAt(t, s, lex) > 0 || lex.firstNames.has(t.low[s]) === false)) {
      s = q;
      moved = true;
    }
    if (!moved) return s;
  }
}

function extendStreetLeft(c: Ctx, s: number): number {
  const { t, blocked } = c;
  for (;;) {
    const p = s - 1;
    if (p < 0 || t.nl[s]) return s;
    if (t.kind[p] === K.Word && t.cap[p] && !blocked[p] && c.tag[p] !== 'INSTELLING' && RE_HAS_LOWER.test(t.raw[p]) && !c.lex.places.has(t.low[p])) {
      s = p;
      continue;
    }
    if (t.kind[p] === K.Word && t.cap[p] && /^(?:van|laan|mr|burgemeester|prins|prinses|koning|koningin|graaf|sint|st|dokter|dr|president|generaal|kapitein|pater|professor|prof|jonkheer)$/.test(t.low[p])) {
      s = p;
      continue;
    }
    if (t.kind[p] === K.Word && !t.cap[p] && /^(?:van|de|der|den|het|'t|ter|ten|op|aan|in|te)$/.test(t.low[p]) && p - 1 >= 0 && t.cap[p - 1] && !t.nl[p] && t.kind[p - 1] === K.Word && !c.blocked[p - 1] && !(sentenceStart(t, p - 1) && STOP_LOWER.has(t.low[p - 1]))) {
      s = p - 1;
      continue;
    }
    if (t.raw[p] === '.' && p >= 1 && t.kind[p - 1] === K.Word && t.cap[p - 1] && (t.raw[p - 1].length === 1 || /^(?:mr|dr|st|prof)$/.test(t.low[p - 1]))) {
      s = p - 1;
      continue;
    }
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Institutions: "basisschool De Horizon", "CBS De Wegwijzer", "Bakkerij Haddad", "Wolfert Lyceum"

function detectInstitutions(c: Ctx): void {
  const { t, lex, blocked, tag } = c;
  const n = t.n;
  for (let i = 0; i < n; i++) {
    if (t.kind[i] !== K.Word) continue;
    const low = t.low[i];
    let nameStart = -1;
    let spanStart = -1;
    let spanStartOverride = -1;
    if (!t.cap[i] && INST_TYPE_WORDS.has(low)) {
      // lower-case type word: the proper name that follows is the span
      nameStart = i + 1;
      if (nameStart < n && t.raw[nameStart] === ':' && !t.nl[nameStart]) nameStart++;
      spanStart = nameStart;
    } else if (t.cap[i] && (INST_PREFIX.has(low) || (INST_SUFFIX_WORD.test(low) && low.length > 5 && !lex.firstNames.has(low))) && !blocked[i]) {
      if (/^(?:college|lyceum|gymnasium|scholengroep|scholengemeenschap|academie|church|kerk|moskee)$/.test(low)) {
        // "Grafisch Lyceum Rotterdam": the words before the type word belong to the name
        let b = i;
        while (b - 1 >= 0 && !t.nl[b] && t.kind[b - 1] === K.Word && t.cap[b - 1] && !blocked[b - 1] && !lex.titles.has(t.low[b - 1]) && !(sentenceStart(t, b - 1) && STOP_LOWER.has(t.low[b - 1]))) b--;
        if (b < i) {
          spanStartOverride = b;
        }
      }
      if (low === 'de' || low === 'het' || low === "'t") {
        // "De Kameleon" mid-sentence: article + capitalised non-name; "ds. De Vries" is a person
        if (sentenceStart(t, i)) continue;
        if (i + 1 < n && lex.surnames.has(t.low[i + 1])) continue;
        const pv = t.raw[i - 1] === '.' ? i - 2 : i - 1;
        if (pv >= 0 && lex.titles.has(t.low[pv])) continue;
      }
      nameStart = i + 1;
      spanStart = i;
    } else continue;
    // collect the capitalised name: words, articles De/Het/'t, "van", "&", hyphens
    let e = nameStart - 1;
    let j = nameStart;
    let words = 0;
    while (j < n && !t.nl[j]) {
      const r = t.raw[j];
      if (t.kind[j] === K.Word && (t.cap[j] || /^\p{Lu}/u.test(r)) && !blocked[j]) {
        e = j;
        words++;
        j++;
        continue;
      }
      if (t.kind[j] === K.Word && (t.low[j] === "'t" || t.low[j] === 'van' || t.low[j] === 'de' || t.low[j] === 'der' || t.low[j] === 'den' || t.low[j] === 'aan') && j + 1 < n && t.cap[j + 1] && words > 0) {
        j++;
        continue;
      }
      if (t.kind[j] === K.Word && t.low[j] === "'t" && j + 1 < n && t.cap[j + 1]) {
        j++;
        continue;
      }
      if (r === '&' && j + 1 < n && t.cap[j + 1]) {
        j++;
        continue;
      }
      break;
    }
    if (words === 0) {
      // "Huisartsenpraktijk Bakker" style needs a following name; a lone suffix word ("Wolfert Lyceum")
      // is handled from the word before it
      continue;
    }
    // a lower-case type word followed by a capital that is a known place/negative only: skip negatives
    const startTok = spanStartOverride >= 0 ? spanStartOverride : spanStart;
    let allNeg = true;
    for (let k = nameStart; k <= e; k++) if (!blocked[k] && !isNegative(lex, t.low[k])) allNeg = false;
    if (allNeg) continue;
    if (spanStart === nameStart && e === nameStart && lex.places.has(t.low[e])) continue; // "ziekenhuis Apeldoorn": the place
    for (let k = startTok; k <= e; k++) tag[k] = null;
    c.spans.push({ start: t.start[startTok], end: t.coreEnd[e], label: 'INSTELLING', prio: 45 });
    for (let k = startTok; k <= e; k++) blocked[k] = 2;
    i = e;
  }
  // "<Capitalised words> College|Lyceum|Gymnasium|Scholengroep|Church": extend left from the suffix word
  for (let i = 1; i < n; i++) {
    if (t.kind[i] !== K.Word || !t.cap[i] || blocked[i] === 2) continue;
    if (!/^(?:college|lyceum|gymnasium|scholengroep|church|stars|boys|logistiek|scholengemeenschap|academie|kerk|ziekenhuis|moskee|camii)$/.test(t.low[i])) continue;
    let s = i;
    while (
      s - 1 >= 0 &&
      !t.nl[s] &&
      t.kind[s - 1] === K.Word &&
      (t.cap[s - 1] || /^(?:de|der|van|den)$/.test(t.low[s - 1])) &&
      blocked[s - 1] !== 2 &&
      !lex.titles.has(t.low[s - 1]) &&
      !(t.cap[s - 1] && sentenceStart(t, s - 1) && STOP_LOWER.has(t.low[s - 1]))
    )
      s--;
    while (s < i && !t.cap[s]) s++;
    if (s === i) continue;
    for (let k = s; k <= i; k++) {
      tag[k] = null;
      blocked[k] = 2;
    }
    c.spans.push({ start: t.start[s], end: t.coreEnd[i], label: 'INSTELLING', prio: 45 });
  }
}

// ---------------------------------------------------------------------------------------------
// Overlap resolution and propagation

const PLACE_JOINERS = new Set(['aan', 'op', 'bij', 'in', 'onder', 'over', 'en']);

/** "Broek op Langedijk", "Alphen aan den Rijn": capitalised word + joiner (+ article) + capitalised word, one side a place. */
function joinPlaceNames(c: Ctx): void {
  const { t, lex, tag, blocked } = c;
  // a place next to a date in a report heading or signature: "Zwolle, 20 februari 2025", "30 april 2025 | Westland"
  const dateStarts = new Set<number>();
  const dateEnds = new Set<number>();
  for (const sp of c.spans) if (sp.label === 'DATUM') {
    dateStarts.add(sp.start);
    dateEnds.add(sp.end);
  }
  if (dateStarts.size) {
    for (let i = 0; i < t.n; i++) {
      if (!t.cap[i] || t.kind[i] !== K.Word || blocked[i] || tag[i] === 'PERSOON' || tag[i] === 'INSTELLING' || !RE_HAS_LOWER.test(t.raw[i])) continue;
      const low = t.low[i];
      if (lex.commonWords.has(low) || inNameList(lex, low) || lex.titles.has(low)) continue;
      const nx = i + 1;
      const before = i >= 1 && (t.raw[i - 1] === '|' || t.raw[i - 1] === ',' || t.raw[i - 1] === '–') && !t.nl[i] && i >= 2 && dateEnds.has(t.end[i - 2]);
      const after = t.nl[i] === 1 && nx + 1 < t.n && t.raw[nx] === ',' && dateStarts.has(t.start[nx + 1]);
      if (before || after) tag[i] = 'LOCATIE';
    }
  }
  // a capitalised word right after a postcode is the place: "1721 AB Broek op Langedijk"
  for (let i = 2; i < t.n; i++) {
    if (t.cap[i] && t.kind[i] === K.Word && !blocked[i] && !t.nl[i] && t.kind[i - 2] === K.Num && t.raw[i - 2].length === 4 && /^[A-Z]{2}$/.test(t.raw[i - 1]) && RE_HAS_LOWER.test(t.raw[i])) {
      if (tag[i] !== 'INSTELLING') tag[i] = 'LOCATIE';
    }
  }
  for (let i = 0; i + 2 < t.n; i++) {
    if (!t.cap[i] || t.kind[i] !== K.Word || blocked[i] || (tag[i] !== 'LOCATIE' && tag[i] !== 'PERSOON' && tag[i] !== null)) continue;
    if (!PLACE_JOINERS.has(t.low[i + 1]) || t.cap[i + 1] || t.nl[i + 1]) continue;
    let j = i + 2;
    if (j < t.n && (t.low[j] === 'de' || t.low[j] === 'den' || t.low[j] === 'het') && !t.cap[j]) j++;
    if (j >= t.n || !t.cap[j] || t.kind[j] !== K.Word || t.nl[j] || blocked[j]) continue;
    const a = tag[i] === 'LOCATIE' || lex.places.has(t.low[i]);
    const b = tag[j] === 'LOCATIE' || lex.places.has(t.low[j]);
    if (!(a || b) || t.low[i + 1] === 'en') continue;
    // "Karim in Utrecht" is a person in a place: the left word must not be a person's name
    if (tag[i] === 'PERSOON' && !lex.places.has(t.low[i]) && (inNameList(lex, t.low[i]) || !b || t.low[i + 1] === 'in' || t.low[i + 1] === 'bij')) continue;
    if (tag[i] === null && tag[j] === null) continue;
    for (let k = i; k <= j; k++) tag[k] = 'LOCATIE';
    i = j;
  }
}

/** Document-level propagation on tokens: a name tagged once with confidence is tagged at every mention. */
function propagateTokens(c: Ctx, known: Map<string, Label>): void {
  const { t, lex, tag, blocked } = c;
  const forms = new Map<string, Label>(known);
  for (let i = 0; i < t.n; i++) {
    const lab = tag[i];
    if (lab !== 'PERSOON' && lab !== 'LOCATIE') continue;
    const low = t.low[i];
    if (low.length < 2 || STOP_LOWER.has(low) || lex.particles.has(low) || lex.titles.has(low) || lex.negatives.has(low)) continue;
    if (!RE_HAS_LOWER.test(t.raw[i])) continue; // abbreviations and author initials do not propagate
    if (lab === 'LOCATIE' && !lex.places.has(low)) continue;
    if (!forms.has(low)) forms.set(low, lab);
  }
  if (!forms.size) return;
  // first names found capitalised with confidence (a lower-case ordinary word may still be that name)
  const firstNameForms = new Set<string>();
  for (let i = 0; i < t.n; i++) {
    if (tag[i] === 'PERSOON' && t.cap[i] && lex.firstNames.has(t.low[i]) && !sentenceStart(t, i)) firstNameForms.add(t.low[i]);
  }
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== K.Word || tag[i]) continue;
    if (blocked[i] === 3) {
      // compound with a name as head: "Jansen-dossier" once "Jansen" is known
      if (forms.get(t.low[i]) === 'PERSOON') tag[i] = 'PERSOON';
      continue;
    }
    if (blocked[i]) continue;
    const low = t.low[i];
    let lab = forms.get(low);
    if (!lab && low.length > 3 && low.charCodeAt(low.length - 1) === 115 && t.coreEnd[i] === t.end[i] && t.cap[i]) {
      // possessive without apostrophe: "Yassirs"
      const l2 = forms.get(low.slice(0, -1));
      if (l2 === 'PERSOON' && !lex.commonWords.has(low)) {
        tag[i] = l2;
        t.coreEnd[i] = t.end[i] - 1;
        continue;
      }
    }
    if (!lab) continue;
    if (!t.cap[i]) {
      if (low.length < LOWER_NAME_MIN || STOP_LOWER.has(low) || lex.titles.has(low)) continue;
      if (lex.commonWords.has(low) && !known.has(low)) {
        // "roos had koorts" after "Roos" was found as a first name; but "de roos", "in de winter", "zijn hart" stay words
        if (!firstNameForms.has(low) || lab !== 'PERSOON') continue;
        const p = i - 1;
        if (p >= 0 && !t.nl[i] && t.kind[p] === K.Word && DETERMINERS.has(t.low[p])) continue;
        // positive evidence of a person: a finite verb right after ("roos huilde") or before ("zei roos"),
        // or a list with another name ("roos en Bas")
        const q = i + 1;
        const verbAfter = q < t.n && !t.nl[q] && t.kind[q] === K.Word && SUBJECT_VERBS.has(t.low[q]);
        const verbBefore = p >= 0 && !t.nl[i] && t.kind[p] === K.Word && SUBJECT_VERBS.has(t.low[p]);
        const listAfter = q + 1 < t.n && !t.nl[q] && (t.low[q] === 'en' || t.raw[q] === ',') && t.cap[q + 1] === 1 && forms.get(t.low[q + 1]) === 'PERSOON';
        if (!verbAfter && !verbBefore && !listAfter) continue;
      }
    }
    tag[i] = lab;
  }
}

function resolve(spans: RawSpan[]): RawSpan[] {
  spans.sort((a, b) => a.start - b.start || b.prio - a.prio || b.end - a.end);
  const out: RawSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (!last || s.start >= last.end) {
      out.push(s);
      continue;
    }
    // overlap: keep higher priority; on a tie the longer one
    const sLen = s.end - s.start;
    const lLen = last.end - last.start;
    if (s.prio > last.prio || (s.prio === last.prio && sLen > lLen)) {
      // replace last (and any earlier spans this one also overlaps)
      out.pop();
      while (out.length && out[out.length - 1].end > s.start && out[out.length - 1].prio <= s.prio) out.pop();
      if (out.length && out[out.length - 1].end > s.start) continue;
      out.push(s);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export function createDetectorFromLexicon(lex: Lexicon): Detector {
  return {
    detect(text: string, options?: DetectOptions): Span[] {
      const t = tokenize(text);
      const c: Ctx = {
        text,
        t,
        lex,
        tag: new Array<Label | null>(t.n).fill(null),
        blocked: new Uint8Array(t.n),
        spans: [],
      };
      const known = new Map<string, Label>();
      if (options?.knownNames) {
        for (const name of options.knownNames) {
          for (const tk of phraseTokens(name)) {
            if (tk.length < 2 || lex.particles.has(tk) || !/\p{L}/u.test(tk)) continue;
            known.set(tk, 'PERSOON');
            known.set(normaliseName(tk), 'PERSOON');
          }
        }
      }
      detectStructured(text, c.spans);
      detectInstitutions(c);
      classifyAll(c);
      // known names win over classification
      if (known.size) {
        for (let i = 0; i < t.n; i++) {
          if (t.kind[i] !== K.Word) continue;
          if (known.has(t.low[i]) || known.has(normaliseName(t.low[i]))) {
            c.tag[i] = 'PERSOON';
            c.blocked[i] = 0;
          }
        }
      }
      joinPlaceNames(c);
      propagateTokens(c, known);
      buildSpans(c);
      let spans = resolve(c.spans);
      if (options?.ignore && options.ignore.length) {
        const ign = new Set(options.ignore.map((s) => normaliseName(s)));
        spans = spans.filter((s) => !ign.has(normaliseName(text.slice(s.start, s.end))));
      }
      return spans.map((s) => ({ start: s.start, end: s.end, label: s.label }));
    },
  };
}

export function createDetector(sources: LexiconSources): Detector {
  return createDetectorFromLexicon(parseLexicons(sources));
}
