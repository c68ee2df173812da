// Places from their surroundings, after the word classification: a place beside a date in a heading or
// signature, the place after a postcode, and multi-word place names joined by "aan", "op", "bij" …
import { Block, type Scan } from './scan';
import { RE_HAS_LOWER, TokenKind } from './tokens';
import { sentenceStart } from './neighbours';
import { COMPASS, STOP_LOWER, inNameList, isPlainCompound, isPresentParticiple, isRoleNoun } from './wordClasses';

/** words that join the parts of a place name ("Broek op Langedijk", "Alphen aan den Rijn") */
const PLACE_JOINERS = new Set(['aan', 'op', 'bij', 'in', 'onder', 'over', 'en']);

export function findPlacesInContext(scan: Scan): void {
  placesBesideDates(scan);
  placesAfterPostcodes(scan);
  joinPlaceNames(scan);
  districtsInTwoWords(scan);
  placesOfPublication(scan);
  municipalities(scan);
  placeColumns(scan);
  personColumns(scan);
  namedDistricts(scan);
  placesAfterKindOfPlace(scan);
}

/** lower-case nouns for a kind of place that a name follows: "de kernen Wijnholt en Ter Braake", "het dorp Oosterend" */
const KIND_OF_PLACE = new Set(['wijk', 'wijken', 'buurt', 'buurten', 'kern', 'kernen', 'woonkern', 'woonkernen', 'dorp', 'dorpen', 'stadsdeel', 'stadsdelen', 'woonwijk', 'woonwijken', 'buurtschap', 'gehucht']);

/**
 * "de kernen Wijnholt en Ter Braake", "uit de wijken Noordhoek, Zuidwest en De Vaart", "het dorp Ter Idzard": after a
 * lower-case noun for a kind of place, the capitalised names that follow, one by one with commas, "en" or "of" between
 * and with their particles, are places, also those no list knows; their other mentions follow (`Scan.contextPlaces`).
 * A title or a first name of the lists ends the list ("de wijk van wethouder De Boer" never starts one).
 */
function placesAfterKindOfPlace(scan: Scan): void {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, capital, raw, lower, newlineBefore } = tokens;
  const isName = (k: number): boolean =>
    k < tokens.count && !newlineBefore[k] && kind[k] === TokenKind.Word && capital[k] === 1 && RE_HAS_LOWER.test(raw[k]) && (!labels[k] || labels[k] === 'PERSOON' || labels[k] === 'LOCATIE') &&
    (!blocked[k] || blocked[k] === Block.Prose) && !lex.titles.has(lower[k]) && !lex.firstNames.has(lower[k]) && !lex.negatives.has(lower[k]) && !STOP_LOWER.has(lower[k]);
  for (let i = 0; i + 1 < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || capital[i] || !KIND_OF_PLACE.has(lower[i])) continue;
    let k = i + 1;
    for (;;) {
      // one name: particles ("Ter", "De", "'t") and capitalised words
      const from = k;
      while (k < tokens.count && !newlineBefore[k] && kind[k] === TokenKind.Word && lex.particles.has(lower[k]) && capital[k] && k + 1 < tokens.count && isName(k + 1)) k++;
      if (!isName(k)) {
        k = from;
        break;
      }
      while (isName(k)) k++;
      for (let m = from; m < k; m++) {
        labels[m] = 'LOCATIE';
        blocked[m] = Block.None;
        if (!lex.particles.has(lower[m])) (scan.contextPlaces ??= new Set()).add(lower[m]);
      }
      if (k + 1 < tokens.count && !newlineBefore[k + 1] && (raw[k] === ',' || lower[k] === 'en' || lower[k] === 'of')) {
        k++;
        continue;
      }
      break;
    }
  }
}

/** the tails of a neighbourhood's or a water's name: "Waterkwartier", "Noorderhaven", "Zegerplas", "Vogelbuurt" */
const DISTRICT_TAILS = '(?:kwartier|haven|buurt|wijk|park|polder|oord|dorp|plas|veld|hof|kamp|landen|eiland)$';
const DISTRICT_TAIL = new RegExp(`^\\p{L}{3,}${DISTRICT_TAILS}`, 'u');
/** prepositions of place before the article of a district ("in het Waterkwartier", "rond de Zegerplas") */
const DISTRICT_PREPOSITIONS = new Set(['in', 'uit', 'naar', 'rond', 'bij', 'door', 'richting', 'vanuit', 'nabij', 'langs']);

/**
 * Does a longer word of the dictionary end the word and hold its district tail ("Preventie|akkoord" ends in "oord" inside
 * "akkoord", "Jeugd|ondersteuningsveld")? Then the tail is no part of its own.
 */
function tailInsideLastWord(scan: Scan, low: string): boolean {
  const m = DISTRICT_TAIL_ONLY.exec(low);
  if (!m) return false;
  for (let k = Math.max(1, low.length - 12); k < m.index && low.length - k >= 6; k++) if (scan.lex.dutchWords.has(low.slice(k))) return true;
  return false;
}
const DISTRICT_TAIL_ONLY = new RegExp(DISTRICT_TAILS);

/**
 * "in het Waterkwartier", "rond de Zegerplas", "Het Noorderhaven springt eruit": a capitalised compound with a
 * neighbourhood's or a water's tail, after an article that a preposition of place brings in or that opens the
 * sentence, is that place, also when no list holds it; a word of the dictionary ("Binnenstad", "Woonwijk") is no
 * name. Its other mentions follow (`Scan.contextPlaces`).
 */
function namedDistricts(scan: Scan): void {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, capital, raw, lower, newlineBefore } = tokens;
  for (let i = 1; i < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || !capital[i] || !RE_HAS_LOWER.test(raw[i]) || newlineBefore[i] || scan.heading[i]) continue;
    if ((labels[i] && labels[i] !== 'PERSOON') || (blocked[i] && blocked[i] !== Block.Prose)) continue;
    const low = lower[i];
    if (!DISTRICT_TAIL.test(low) || lex.commonWords.has(low) || inNameList(lex, low) || tailInsideLastWord(scan, low)) continue;
    const a = i - 1;
    if (kind[a] !== TokenKind.Word || !/^(?:de|het)$/.test(lower[a])) continue;
    const opens = capital[a] === 1 && sentenceStart(tokens, a);
    const brought = a > 0 && !newlineBefore[a] && !capital[a] && DISTRICT_PREPOSITIONS.has(lower[a - 1]);
    if (!opens && !brought) continue;
    labels[i] = 'LOCATIE';
    blocked[i] = Block.None;
    (scan.contextPlaces ??= new Set()).add(low);
  }
}

/** headers of a table column that holds places: "| Wijk | … |", "| Woonplaats |" */
const PLACE_HEADERS = new Set(['wijk', 'wijken', 'buurt', 'buurten', 'stadsdeel', 'stadsdelen', 'gebied', 'gebieden', 'kern', 'kernen', 'dorp', 'dorpen', 'woonplaats', 'plaats', 'gemeente', 'gemeenten', 'wijk/buurt']);
/** words of a row that sums or leaves over, not a place: "Zutphen Totaal", "Overig", "Onbekend" */
const SUMMARY_WORDS = new Set([
  'totaal', 'subtotaal', 'gemiddeld', 'gemiddelde', 'overig', 'overige', 'onbekend', 'anders', 'regio', 'nederland', 'gemeente', 'landelijk', 'provincie', 'alle', 'n.v.t',
  // cells that say "several" or "it varies" instead of naming a place or person
  'diverse', 'divers', 'meerdere', 'verschillende', 'wisselend', 'wisselende', 'nvt', 'geen', 'div',
]);
/**
 * parts that every municipality has, named by what they are, with the compass word after them: no place of their
 * own in a place column ("| Buitengebied |", "| Stad Noord |"), though the places beside them are ("| Dorpen (Bathmen,
 * Lettele) |")
 */
const GENERIC_AREAS = new Set(['buitengebied', 'platteland', 'stad', 'dorpen', 'kernen', 'wijken']);

/**
 * The word tokens of every cell of a markdown table column whose header cell (lower case, trimmed) is in `headers`,
 * row by row: `visit(words)` for each such cell.
 */
function tableColumnCells(scan: Scan, headers: ReadonlySet<string>, visit: (words: number[]) => void): void {
  const { text, tokens } = scan;
  if (text.indexOf('|') < 0) return;
  const { kind, start, end } = tokens;
  const lines: Array<[number, number]> = [];
  for (let a = 0; a <= text.length; ) {
    const nl = text.indexOf('\n', a);
    const b = nl < 0 ? text.length : nl;
    lines.push([a, b]);
    a = b + 1;
  }
  let t = 0; // token cursor
  for (let l = 0; l + 1 < lines.length; l++) {
    const head = text.slice(lines[l][0], lines[l][1]);
    if (!head.trimStart().startsWith('|') || !/^\s*\|?\s*:?-{2,}/.test(text.slice(lines[l + 1][0], lines[l + 1][1]))) continue;
    const columns = head.split('|').map((c) => c.trim().toLowerCase());
    const wanted = columns.map((c, k) => (headers.has(c) ? k : -1)).filter((k) => k >= 0);
    if (!wanted.length) continue;
    for (let r = l + 2; r < lines.length; r++) {
      const [a, b] = lines[r];
      const row = text.slice(a, b);
      if (!row.trimStart().startsWith('|')) break;
      // the offsets of the cells of this row
      let cellStart = a;
      let k = 0;
      for (let c = a; c <= b; c++) {
        if (c < b && text.charCodeAt(c) !== 124) continue;
        if (wanted.includes(k)) {
          while (t > 0 && start[t - 1] >= cellStart) t--;
          while (t < tokens.count && start[t] < cellStart) t++;
          const words: number[] = [];
          for (let m = t; m < tokens.count && end[m] <= c; m++) if (kind[m] === TokenKind.Word) words.push(m);
          visit(words);
        }
        k++;
        cellStart = c + 1;
      }
      l = r;
    }
  }
}

/**
 * "| Wijk | % | … |" and its rows "| Waterkwartier | 72 |": the cells of a markdown table's column headed by a
 * kind of place are places, also the ones no list knows (a row that sums, "Totaal", is none).
 */
function placeColumns(scan: Scan): void {
  const { tokens, labels, blocked, lex } = scan;
  const { capital, lower, raw } = tokens;
  tableColumnCells(scan, PLACE_HEADERS, (words) => {
    if (words.some((m) => SUMMARY_WORDS.has(lower[m]) || lex.negatives.has(lower[m]))) return;
    // (a word the rules took for a name is the place here; an article only with the place after it: "De Hoven")
    const generic = (m: number): boolean => GENERIC_AREAS.has(lower[m]) || (COMPASS.has(lower[m]) && m > 0 && GENERIC_AREAS.has(lower[m - 1]));
    // (nor a capitalised conjunction between two parts: "| Dorpen En Buitengebied |")
    const place = words.filter((m) => capital[m] && RE_HAS_LOWER.test(raw[m]) && (!labels[m] || labels[m] === 'PERSOON') && (!blocked[m] || blocked[m] === Block.Prose) && !lex.particles.has(lower[m]) && !generic(m) && !STOP_LOWER.has(lower[m]));
    for (const m of place) {
      labels[m] = 'LOCATIE';
      blocked[m] = Block.None;
      (scan.contextPlaces ??= new Set()).add(lower[m]);
    }
    if (place.length && words.length > place.length && lex.particles.has(lower[words[0]]) && place.includes(words[1])) labels[words[0]] = 'LOCATIE';
  });
}

/** the answers a column headed "Aanwezig" or "Wie" may hold instead of names */
const CELL_ANSWERS = new Set(['ja', 'nee', 'wel', 'niet', 'afwezig', 'aanwezig', 'afgemeld', 'deels', 'gedeeltelijk', 'geen', 'niemand', 'allen', 'iedereen', 'n.v.t', 'nvt']);

/** header cells of a table column that lists people by name: "| Naam | Relatie | Telefoon |" */
const PERSON_HEADERS = new Set(['naam', 'namen', 'wie', 'persoon', 'personen', 'netwerklid', 'netwerkleden', 'contactpersoon', 'deelnemer', 'deelnemers', 'aanwezig', 'aanwezigen', 'gezinslid', 'gezinsleden']);

/**
 * "| Naam | Relatie | … |" and its rows "| Jasmijn | tante |": the capitalised words of a cell in a column headed by a
 * word for a person are that person, also a first name that is a word ("Wil", "Jasmijn"); its other mentions follow.
 * A title or role word (also a compound role, "Jeugdcoördinator"), a particle, a word of a sum row and a blocked institution stay as they are.
 */
function personColumns(scan: Scan): void {
  const { tokens, labels, blocked, lex } = scan;
  const { capital, lower, raw } = tokens;
  tableColumnCells(scan, PERSON_HEADERS, (words) => {
    if (words.length > 4 || words.some((m) => SUMMARY_WORDS.has(lower[m]) || blocked[m] === Block.Institution)) return;
    // ("| Aanwezig |" over "| Ja (Vanaf Casus 2) |": an answer, with a note, names no one)
    if (words.length && CELL_ANSWERS.has(lower[words[0]])) return;
    for (const m of words) {
      if (!capital[m] || !RE_HAS_LOWER.test(raw[m]) || labels[m] || lex.titles.has(lower[m]) || lex.particles.has(lower[m]) || (STOP_LOWER.has(lower[m]) && !lex.firstNames.has(lower[m])) || lex.negatives.has(lower[m])) continue;
      // ("| Hasan Yıldız, Jeugdcoördinator |": a role after the name stays outside it; "De Voogd" of the lists is a surname)
      if (isRoleNoun(lower[m]) && !inNameList(lex, lower[m])) continue;
      if (blocked[m] && blocked[m] !== Block.Prose) continue;
      labels[m] = 'PERSOON';
      blocked[m] = Block.None;
    }
  });
}

/**
 * "Gemeente Zandmeer", "gemeente Sittard-Geleen": the capitalised word after "gemeente" names the municipality, a
 * place, also when the lists lack it or a heading blocked its words (a province or region, a hard negative, is no
 * municipality and stays blocked).
 */
function municipalities(scan: Scan): void {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, capital, raw, lower, newlineBefore } = tokens;
  for (let i = 0; i + 1 < tokens.count; i++) {
    if (lower[i] !== 'gemeente' || kind[i] !== TokenKind.Word) continue;
    const j = i + 1;
    if (newlineBefore[j] || kind[j] !== TokenKind.Word || !capital[j] || !RE_HAS_LOWER.test(raw[j]) || (labels[j] && labels[j] !== 'PERSOON')) continue;
    // (a region that is also a municipality of the place list is the municipality here: "gemeente Westerkwartier")
    const regionAndPlace = lex.negatives.has(lower[j]) && lex.places.has(lower[j]) && blocked[j] === Block.Word;
    if (!regionAndPlace && ((blocked[j] && blocked[j] !== Block.Prose) || lex.negatives.has(lower[j]))) continue;
    if (lex.titles.has(lower[j]) || lex.particles.has(lower[j])) continue;
    // ("Gemeente Totaal", "Gemeente Gemiddeld": a row that sums, no municipality)
    if (SUMMARY_WORDS.has(lower[j]) && !lex.places.has(lower[j])) continue;
    labels[j] = 'LOCATIE';
    blocked[j] = Block.None;
    (scan.contextPlaces ??= new Set()).add(lower[j]);
  }
}

/** "(2016). Eigen kracht in gedwongen kader. Houten: Uitgeverij Brugwerk.": the place before the publisher in a reference */
function placesOfPublication(scan: Scan): void {
  const { tokens, lex, labels, blocked, text } = scan;
  const { kind, capital, raw, lower, newlineBefore, start } = tokens;
  let lineStart = 0;
  let lineHasYear = false;
  for (let i = 0; i + 2 < tokens.count; i++) {
    if (newlineBefore[i]) {
      lineStart = start[i];
      lineHasYear = false;
    }
    if (kind[i] === TokenKind.Digits && raw[i].length === 4 && i > 0 && raw[i - 1] === '(' && /^(?:19|20)/.test(raw[i])) lineHasYear = true;
    if (!lineHasYear || kind[i] !== TokenKind.Word || !capital[i] || blocked[i] || labels[i] === 'INSTELLING') continue;
    if (raw[i + 1] !== ':' || kind[i + 2] !== TokenKind.Word || !capital[i + 2] || newlineBefore[i + 2] || i === 0 || raw[i - 1] !== '.') continue;
    if (lex.negatives.has(lower[i]) || start[i] <= lineStart) continue;
    if (!RE_HAS_LOWER.test(raw[i]) || text.charCodeAt(start[i] - 1) !== 32) continue;
    labels[i] = 'LOCATIE';
  }
}

/** words before a compass word that make the two a district ("Oud Zuid", "Nieuw West") */
const DISTRICT_PREFIXES = new Set(['oud', 'oude', 'nieuw', 'nieuwe', 'groot', 'klein']);

/**
 * City districts written as two words: a place and a compass word ("Rotterdam Zuid", "Den Haag Zuidwest",
 * "Amsterdam Nieuw-West") or old/new and a compass word ("Oud Zuid", "Nieuw West"). The compass word is
 * labelled LOCATIE too, so the span covers both.
 */
function districtsInTwoWords(scan: Scan): void {
  const { tokens, labels, blocked, text } = scan;
  const { kind, lower, capital, newlineBefore, start, end } = tokens;
  for (let i = 0; i + 1 < tokens.count; i++) {
    const j = i + 1;
    if (labels[i] !== 'LOCATIE' && !DISTRICT_PREFIXES.has(lower[i])) continue;
    if (kind[j] !== TokenKind.Word || !capital[j] || newlineBefore[j] || blocked[j] === Block.Institution || start[j] !== end[i] + 1 || text.charCodeAt(end[i]) !== 32) continue;
    const compass = isCompassWord(lower[j]);
    if (!compass) continue;
    if (labels[i] === 'LOCATIE' && kind[i] === TokenKind.Word) {
      labels[j] = 'LOCATIE';
      blocked[j] = Block.None;
    } else if (kind[i] === TokenKind.Word && capital[i] && DISTRICT_PREFIXES.has(lower[i]) && blocked[i] !== Block.Institution) {
      labels[i] = 'LOCATIE';
      labels[j] = 'LOCATIE';
      blocked[i] = Block.None;
      blocked[j] = Block.None;
    }
  }
}

/** "Zuid", "Noordoost", "Nieuw-West", "Oud-Zuid", "Centrum" */
function isCompassWord(low: string): boolean {
  if (COMPASS.has(low)) return true;
  const dash = low.indexOf('-');
  return dash > 0 && (DISTRICT_PREFIXES.has(low.slice(0, dash)) || COMPASS.has(low.slice(0, dash))) && COMPASS.has(low.slice(dash + 1)); // "Nieuw-West", "Noord-Oost"
}

/** A place next to a date in a report heading or signature: "Zwolle, 20 februari 2025", "30 april 2025 | Westland". */
function placesBesideDates(scan: Scan): void {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, lower, capital, raw, newlineBefore } = tokens;
  const dateStarts = new Set<number>();
  const dateEnds = new Set<number>();
  for (const span of scan.spans)
    if (span.label === 'DATUM') {
      dateStarts.add(span.start);
      dateEnds.add(span.end);
    }
  if (!dateStarts.size) return;
  for (let i = 0; i < tokens.count; i++) {
    if (!capital[i] || kind[i] !== TokenKind.Word || blocked[i] || labels[i] === 'PERSOON' || labels[i] === 'INSTELLING' || !RE_HAS_LOWER.test(raw[i])) continue;
    const low = lower[i];
    if (lex.commonWords.has(low) || inNameList(lex, low) || lex.titles.has(low)) continue;
    // (nor a present participle of the dictionary: "| 14 maart 2025 | Lopend |" is a status)
    if (isPresentParticiple(lex, low)) continue;
    // (in the cell after a date a long compound of ordinary words is the event: "| Do 21 nov. | Netwerkbijeenkomst Young
    // Carers |"; "Oudewaterveen, 20 februari 2025" above a signature stays the place)
    const eventCell = raw[i - 1] === '|' && low.length >= 12 && isPlainCompound(lex, low);
    const next = i + 1;
    const before = i >= 1 && (raw[i - 1] === '|' || raw[i - 1] === ',' || raw[i - 1] === '-') && !newlineBefore[i] && i >= 2 && dateEnds.has(tokens.end[i - 2]) && !eventCell;
    const after = newlineBefore[i] === 1 && next + 1 < tokens.count && raw[next] === ',' && dateStarts.has(tokens.start[next + 1]);
    if (before || after) labels[i] = 'LOCATIE';
  }
}

/** A capitalised word right after a postcode is the place: "1721 AB Broek op Langedijk". */
function placesAfterPostcodes(scan: Scan): void {
  const { tokens, labels, blocked } = scan;
  const { kind, capital, raw, newlineBefore } = tokens;
  for (let i = 2; i < tokens.count; i++) {
    if (capital[i] && kind[i] === TokenKind.Word && !blocked[i] && !newlineBefore[i] && kind[i - 2] === TokenKind.Digits && raw[i - 2].length === 4 && /^[A-Z]{2}$/.test(raw[i - 1]) && RE_HAS_LOWER.test(raw[i])) {
      if (labels[i] !== 'INSTELLING') labels[i] = 'LOCATIE';
    }
  }
}

/** "Broek op Langedijk", "Alphen aan den Rijn": capitalised word + joiner (+ article) + capitalised word, one side a place. */
function joinPlaceNames(scan: Scan): void {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, lower, capital, newlineBefore } = tokens;
  for (let i = 0; i + 2 < tokens.count; i++) {
    if (!capital[i] || kind[i] !== TokenKind.Word || blocked[i] || (labels[i] !== 'LOCATIE' && labels[i] !== 'PERSOON' && labels[i] !== null)) continue;
    if (!PLACE_JOINERS.has(lower[i + 1]) || capital[i + 1] || newlineBefore[i + 1]) continue;
    let j = i + 2;
    if (j < tokens.count && (lower[j] === 'de' || lower[j] === 'den' || lower[j] === 'het') && !capital[j]) j++;
    if (j >= tokens.count || !capital[j] || kind[j] !== TokenKind.Word || newlineBefore[j] || blocked[j]) continue;
    const leftIsPlace = labels[i] === 'LOCATIE' || lex.places.has(lower[i]);
    const rightIsPlace = labels[j] === 'LOCATIE' || lex.places.has(lower[j]);
    if (!(leftIsPlace || rightIsPlace) || lower[i + 1] === 'en') continue;
    // "Karim in Utrecht" is a person in a place: the left word must not be a person's name
    if (labels[i] === 'PERSOON' && !lex.places.has(lower[i]) && (inNameList(lex, lower[i]) || !rightIsPlace || lower[i + 1] === 'in' || lower[i + 1] === 'bij')) continue;
    if (labels[i] === null && labels[j] === null) continue;
    // "Praktijk aan de Marktstraat": an ordinary word before a street is no part of a place name
    if (labels[i] === null && !leftIsPlace && lex.commonWords.has(lower[i])) continue;
    for (let k = i; k <= j; k++) labels[k] = 'LOCATIE';
    i = j;
  }
}
