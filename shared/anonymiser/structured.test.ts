import { describe, it, expect } from 'vitest';
import { createDetector, isValidBsn, isValidIban, type Label } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

/** the surface texts found with the given label */
function found(text: string, label: Label): string[] {
  return detector
    .detect(text)
    .filter((s) => s.label === label)
    .map((s) => text.slice(s.start, s.end));
}

describe('BSN validator and recogniser', () => {
  it('accepts numbers passing the 11-check and rejects others', () => {
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });
  it.each([
    ['BSN 123456782.', '123456782'],
    ['bsn: 1234.56.782 van moeder', '1234.56.782'],
    ['burgerservicenummer 123 456 782', '123 456 782'],
  ])('finds %s', (text, want) => {
    expect(found(text, 'BSN')).toEqual([want]);
  });
  it('ignores 9-digit numbers failing the check', () => {
    expect(found('nummer 123456789', 'BSN')).toEqual([]);
  });
});

describe('IBAN validator and recogniser', () => {
  it('checks mod-97', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
  });
  it.each([
    ['rekening NL91ABNA0417164300 op naam van', 'NL91ABNA0417164300'],
    ['IBAN: NL91 ABNA 0417 1643 00.', 'NL91 ABNA 0417 1643 00'],
  ])('finds %s', (text, want) => {
    expect(found(text, 'ID')).toEqual([want]);
  });
  it('reports a Dutch account number with a mistyped digit (it still identifies)', () => {
    expect(found('rekening NL92ABNA0417164300', 'ID')).toEqual(['NL92ABNA0417164300']);
    expect(found('IBAN NL96 RABO 0312 4578 96 t.n.v. de stichting', 'ID')).toEqual(['NL96 RABO 0312 4578 96']);
  });
  it('does not report a code of another shape whose check digits fail', () => {
    expect(found('code GB00WEST12345698765432 in de brief', 'ID')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['bel 06-12345678 na drie uur', '06-12345678'],
    ['mobiel 0612344321', '0612344321'],
    ['tel 06 23 45 67 89.', '06 23 45 67 89'],
    ['via +31 6 1234 5678 bereikbaar', '+31 6 1234 5678'],
    ['via +31 (0)6 1357 2468 bereikbaar', '+31 (0)6 1357 2468'],
    ['school: 010 - 123 45 67', '010 - 123 45 67'],
    ['praktijk 0118-555 012', '0118-555 012'],
    ['receptie 088-1234567', '088-1234567'],
    ['oom in België: +32 470 12 34 56', '+32 470 12 34 56'],
    ['praktijk (010) 123 45 67', '(010) 123 45 67'],
    ['Mw. Teunissen (0313-412700, mail)', '0313-412700'],
  ])('finds %s', (text, want) => {
    expect(found(text, 'TELEFOON')).toEqual([want]);
  });
  it('does not take a date or a short number for a phone number', () => {
    expect(found('op 12-03-2024 om 10 uur, kamer 0123', 'TELEFOON')).toEqual([]);
  });
});

describe('postcodes and e-mail', () => {
  it.each([
    ['Kerkstraat 12a, 3521 AB Utrecht', '3521 AB'],
    ['postcode 1012AB', '1012AB'],
  ])('finds postcode in %s', (text, want) => {
    expect(found(text, 'POSTCODE')).toEqual([want]);
  });
  it('finds e-mail addresses as one span', () => {
    expect(found('mail naar s.jansen@hotmail.com of r.de.groot@jeugdzorg-oost.nl.', 'EMAIL')).toEqual([
      's.jansen@hotmail.com',
      'r.de.groot@jeugdzorg-oost.nl',
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['huisbezoek do 21-11-2024, 13.15-14.30 uur', ['21-11-2024']],
    ['gesprek op 12-3 en 4/3', ['12-3', '4/3']],
    ['zitting 12/03/2024 en 12.09.2024', ['12/03/2024', '12.09.2024']],
    ['vr 8 nov en 12 mrt', ['8 nov', '12 mrt']],
    ['op 3 april jl. besproken', ['3 april']],
    ['ISO 2024-03-12 in het systeem', ['2024-03-12']],
    ['maandag 14 oktober om 10 uur', ['14 oktober']],
    ['verjaardag 21-11', ['21-11']],
    ["gezien op 3-4-'24", ["3-4-'24"]],
    ['geboren op 3 oktober 2024', ['3 oktober 2024']],
    ['de zitting is op 1-3 om tien uur', ['1-3']],
    ['received 31 October 2023, accepted 1 May 2024', ['31 October 2023', '1 May 2024']],
  ])('finds dates in %s', (text, want) => {
    expect(found(text, 'DATUM')).toEqual(want);
  });
  it.each([
    ['scaling 4/10, vorige keer 6/10'],
    ['van 09.30-11.45 uur, daarna 7.00'],
    ['in maart 2024 en sinds 2019'],
    ['Yassir (14) en Nour (4)'],
    ['2-3 keer per week, 3-4 jaar'],
    ['Bijeenkomst 1–3: kennismaking; week 3-4 was druk'],
    ['leerlingen van groep 7-8, zie p. 12-14 en hoofdstuk 2-3'],
  ])('no date in %s', (text) => {
    expect(found(text, 'DATUM')).toEqual([]);
  });
});

describe('IDs: court, case, client numbers and licence plates', () => {
  it.each([
    ['beschikking C/16/554321 / JE RK 25-087 van de rechtbank', 'C/16/554321 / JE RK 25-087'],
    ['zaaknummer 2023-1142 bij de GI', '2023-1142'],
    ['Dossiernummer GI: 2023-1142', '2023-1142'],
    ['cliëntnummer CL 884213', 'CL 884213'],
    ['melding VT-24-08812 gedaan', 'VT-24-08812'],
    ['kenteken KL-905-T', 'KL-905-T'],
    ['een auto met 84-TFL-2 erop', '84-TFL-2'],
    ['proces-verbaal PV 2024-1107-HB', 'PV 2024-1107-HB'],
    ['Dossier 2025-00421 bij de GI.', '2025-00421'],
    ['Kenmerk: ROJV-ZL 2025/09', 'ROJV-ZL 2025/09'],
    ['Ons kenmerk: VT ZH 2024-118', 'VT ZH 2024-118'],
  ])('finds %s', (text, want) => {
    expect(found(text, 'ID')).toEqual([want]);
  });
  it('keeps the keyword out of the span', () => {
    const text = 'zaaknummer 2023-1142';
    const s = detector.detect(text)[0];
    expect(text.slice(s.start, s.end)).toBe('2023-1142');
  });
  it('needs a code-like value after a generic keyword', () => {
    expect(found('zaak 3 en melding 12, dossier 2024', 'ID')).toEqual([]);
  });
  it('does not take a score or a date for a plate', () => {
    expect(found('score 12-03-24 en 4-5-6', 'ID')).toEqual([]);
  });
});

// Long runs without spaces once made regexes backtrack. How long they take is measured by
// bench/anonymiser.bench.ts (at n, 2n and 4n characters, to show the scan stays linear); here only
// that each is scanned to its end with the right result.
describe('pathological input of 200k characters', () => {
  it.each([
    ['hyphen chain', 'A-'.repeat(100_000), [{ start: 0, end: 199_999, label: 'PERSOON' }]],
    ['letters without spaces', 'a'.repeat(200_000) + '@', []],
    ['digits', '1'.repeat(200_000), []],
  ])('%s', (_name, text, want) => {
    expect(detector.detect(text)).toEqual(want);
  });
  it('dotted capitals: dotted initials four at a time, up to the last dot', () => {
    const spans = detector.detect('A.'.repeat(100_000));
    expect(spans).toHaveLength(25_000);
    const wrong = spans.filter((s, k) => s.label !== 'PERSOON' || s.start !== 8 * k || s.end !== 8 * k + (k === 24_999 ? 8 : 7));
    expect(wrong).toEqual([]);
  });
});

describe('phone numbers in every grouping', () => {
  it.each([
    ['en dash with spaces and pairs', 'terugbellen op 06 – 41 23 78 90 graag', '06 – 41 23 78 90'],
    ['en dash without spaces', 'vast nummer 0318–64 27 19 (oma)', '0318–64 27 19'],
    ['area code, dash, groups of three and two', 'secretariaat 030 – 271 82 81.', '030 – 271 82 81'],
    ['a single digit after the area code', 'conciërge 072 – 5 12 34 56', '072 – 5 12 34 56'],
    ['dots between pairs', 'appen naar 06.24.68.13.57 kan ook', '06.24.68.13.57'],
    ['a slash after the area code', 'vast nummer 0318 / 64 27 19 (oma)', '0318 / 64 27 19'],
    ['+31 with (0) and a dash', 'via +31 (0)20 – 123 45 67 bereikbaar', '+31 (0)20 – 123 45 67'],
    ['+31 with a spaced (0)', 'via +31 (0) 6 – 55 44 33 22 bereikbaar', '+31 (0) 6 – 55 44 33 22'],
    ['a non-breaking hyphen', 'of 06\u201198 76 54 32', '06\u201198 76 54 32'],
    ['a service number with seven digits', 'Spoed: bel de crisisdienst, 0800 123 45 67.', '0800 123 45 67'],
    ['a paid service number with seven digits', 'of via 0900-1234567 (lokaal tarief)', '0900-1234567'],
  ])('%s', (_what, text, want) => {
    expect(found(text, 'TELEFOON')).toEqual([want]);
  });
});

// What the wider phone shapes must not swallow (these held before as well; they guard the new shapes).
describe('guards for the wider phone shapes', () => {
  it('keeps two numbers in a row apart', () => {
    expect(found('06-12345678 / 06-87654321', 'TELEFOON')).toEqual(['06-12345678', '06-87654321']);
    expect(found('bel 06-12 34 56 78 / 06-87 65 43 21', 'TELEFOON')).toEqual(['06-12 34 56 78', '06-87 65 43 21']);
  });
  it.each([
    ['a scale written out', 'schaal 0 1 2 3 4 5 6 7 8 9 10'],
    ['times', 'van 09.30-10.30 11.00 uur en 13.00-14.30'],
    ['a date and a time', 'zitting 01-02-23 10.30 uur'],
    ['a period of years', 'periode 2022–2024 en 2019 - 2021'],
    ['the free national helpline', 'Veilig Thuis 0800-2000'],
  ])('does not take %s for a phone number', (_what, text) => {
    expect(found(text, 'TELEFOON')).toEqual([]);
  });
});

describe('BSN in any grouping', () => {
  it.each([
    ['four, two and three', 'BSN 2345 67 892 van het kind', '2345 67 892'],
    ['not with a group of one digit', 'bsn moeder 19 28 37 46 1', null],
    ['two, two, two and three', 'burgerservicenummer 45 61 23 787', '45 61 23 787'],
    ['a line break after the keyword', 'Burgerservicenummer jeugdige: 1357\n24685', '1357\n24685'],
  ])('%s', (_what, text, want) => {
    expect(found(text, 'BSN')).toEqual(want ? [want] : []);
  });
  // guards for the wider BSN shapes (these held before as well)
  it('does not join a case number with a hyphen into a BSN', () => {
    expect(found('Dossier 2025-00421 bij de GI.', 'BSN')).toEqual([]);
  });
  it('does not take a line break in a list of numbers for a BSN without its keyword', () => {
    expect(found('Aantallen per jaar:\n1357\n24685', 'BSN')).toEqual([]);
  });
});

describe('postcodes in lower case', () => {
  it.each([
    ['written as one word', 'adres Dorpsstraat 9, 8011ab Zwolle', '8011ab'],
    ['with a space before a place', 'postcode 2512 hk, Den Haag', '2512 hk'],
    ['with a space after a house number', 'Kerkweg 14, 7411 bd', '7411 bd'],
  ])('%s', (_what, text, want) => {
    expect(found(text, 'POSTCODE')).toEqual([want]);
  });
  // guards (these held before as well)
  it.each([['in 2024 en 2025 de Raad'], ['een afstand van 1000km'], ['sinds 2023 op de wachtlijst'], ['1500 mg per dag']])('not in "%s"', (text) => {
    expect(found(text, 'POSTCODE')).toEqual([]);
  });
});

describe('case and registration numbers with letter prefixes and year parts', () => {
  it.each([
    ['prefix and year joined by hyphens', 'bekend bij de Raad als RvdK-2023-04417.', 'RvdK-2023-04417'],
    ['slashes', 'melding onder kenmerk VT/2024/118734', 'VT/2024/118734'],
    ['a mixed-case prefix and a dotted year', 'zie zaak RvdK 2024.117389 van vorig jaar', 'RvdK 2024.117389'],
    ['a mixed-case prefix and slashes', 'onder nummer Vt/2024/118 gemeld', 'Vt/2024/118'],
    ['a short year after a prefix and a slash', 'bekend als OTS-24/117 bij de GI', 'OTS-24/117'],
    ['two abbreviations before the number', 'ingediend onder FA RK 24-3317', 'FA RK 24-3317'],
    ['several letter groups', 'onze referentie JB/OTS/2024-0418', 'JB/OTS/2024-0418'],
    ['an older year with a slash', 'zie eerdere zaak BJZ 2019/0442.', 'BJZ 2019/0442'],
    ['a register name in front', 'geregistreerd onder SKJ 120034561', '120034561'],
    ['an ISBN', 'ISBN 978-90-5972-381-8', '978-90-5972-381-8'],
    ['a court decision', 'uitspraak ECLI:NL:RBGEL:2024:5123 van de rechtbank', 'ECLI:NL:RBGEL:2024:5123'],
    ['a keyword a few words before the value', 'de AGB-code van de praktijk is 01-023456.', '01-023456'],
    ['a bare long number', 'het klantnummer staat erop: 884213907', '884213907'],
  ])('%s', (_what, text, want) => {
    expect(found(text, 'ID')).toEqual([want]);
  });
  // guards for the new code shapes (these held before as well)
  it.each([
    ['a table number', 'zie Tabel 3.12.4 en Fase 2.1'],
    ['a standard', 'volgens ISO 27001 en NEN 7510'],
    ['a year range after an abbreviation', 'het Beleidsplan WMO 2025-2028 en GGZ 2023-2024'],
    ['a disease and a team', 'na COVID-19 speelt hij in JO11-2'],
    ['an amount', 'een budget van € 2400000 per jaar'],
  ])('does not take %s for an ID', (_what, text) => {
    expect(found(text, 'ID')).toEqual([]);
  });
});
