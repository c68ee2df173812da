import { describe, expect, it } from 'vitest';
import { checkDangerStatement, checkRules, checkSafetyGoal, dangerSentence, findJargon, goalSentence, hasDuration, mentionsChild, negativeWording } from './checks';

describe('jargon and labels', () => {
  it.each([
    'Er is sprake van verwaarlozing',
    'Huiselijk geweld in het gezin',
    'Moeder is pedagogisch onmachtig',
    'vermoeden van kindermishandeling',
    'een onveilige opvoedsituatie',
    'Vader is agressief',
    'zorgmijdend gezin',
    'Er is sprake van een ontwikkelingsbedreiging.',
  ])('flags "%s"', (text) => {
    expect(findJargon(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Vader sloeg K1 drie keer met de vlakke hand in het gezicht',
    'Moeder liet de kinderen twee nachten alleen thuis zonder eten',
    'De jongen kwam vijf keer zonder lunch op school',
    'Vader schreeuwde en gooide een stoel terwijl de kinderen in de kamer waren',
    'Moeder huilt veel en blijft dan in bed liggen tot de middag',
  ])('leaves behaviour alone: "%s"', (text) => {
    expect(findJargon(text)).toEqual([]);
  });

  it('names each label once, with its explanation', () => {
    const found = findJargon('kindermishandeling en mishandeling');
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toMatch(/gedrag/);
  });

  it('takes the trainer\'s own words', () => {
    expect(findJargon('Moeder is ontregeld')).toEqual([]);
    const rules = checkRules([{ kind: 'jargon', word: 'ontregeld', explanation: 'Wat deed moeder?' }]);
    expect(findJargon('Moeder is ontregeld', rules)).toEqual([{ phrase: 'ontregeld', explanation: 'Wat deed moeder?' }]);
  });
});

describe('child impact', () => {
  it.each(['het kind kan gewond raken', 'K1 blijft bang om naar huis te gaan', 'de kinderen missen school', 'zijn dochter leert dat …'])('sees the child in "%s"', (t) => {
    expect(mentionsChild(t, checkRules([], ['K1']))).toBe(true);
  });
  it.each(['moeder raakt overstuur', 'het gezin krijgt meer schulden', 'kinderopvang is gesloten', ''])('no child in "%s"', (t) => {
    expect(mentionsChild(t)).toBe(false);
  });
});

describe('duration', () => {
  it.each(['zes maanden lang', 'minstens 3 maanden', 'tot de zomer', 'elke dag, een half jaar', 'gedurende het schooljaar', 'twaalf weken'])('"%s" says how long', (t) => {
    expect(hasDuration(t)).toBe(true);
  });
  it.each(['moeder brengt de kinderen naar school', 'zo snel mogelijk', ''])('"%s" does not', (t) => {
    expect(hasDuration(t)).toBe(false);
  });
});

describe('negative wording', () => {
  it.each(['vader slaat niet meer', 'Vader zal niet meer slaan', 'moeder drinkt geen alcohol meer', 'vader stopt met schreeuwen', 'er wordt nooit meer geslagen', 'vader mag niet drinken'])(
    'flags "%s"',
    (t) => {
      expect(negativeWording(t)).not.toBeNull();
    },
  );
  it.each([
    'moeder zorgt dat de kinderen elke ochtend ontbijten',
    'vader loopt naar buiten als hij boos wordt en belt oma',
    'oma haalt de kinderen op als moeder gedronken heeft',
    'de kinderen voelen zich veilig thuis',
    'nietsvermoedend',
  ])('leaves "%s" alone', (t) => {
    expect(negativeWording(t)).toBeNull();
  });
});

describe('the builders', () => {
  it('a danger statement in labels gets jargon and impact hints; a good one gets none', () => {
    const bad = checkDangerStatement({ who: 'De jeugdbeschermer', behaviour: 'verwaarlozing', impact: '' });
    expect(bad.map((h) => h.code).sort()).toEqual(['jargon', 'no-impact']);
    expect(bad.every((h) => h.explanation.length > 10)).toBe(true);
    const good = checkDangerStatement({
      who: 'De jeugdbeschermer en oma',
      behaviour: 'vader sloeg moeder drie keer terwijl K1 in de kamer was',
      impact: 'K1 kan gewond raken en blijft bang om thuis te slapen',
    }, checkRules([], ['K1']));
    expect(good).toEqual([]);
  });

  it('a danger statement without who or behaviour says so', () => {
    expect(checkDangerStatement({ who: '', behaviour: '', impact: 'het kind is bang' }).map((h) => h.code)).toEqual(['missing-who', 'no-behaviour']);
  });

  it('a negative goal without duration gets both hints; "moeder zorgt dat …" gets none', () => {
    const bad = checkSafetyGoal({ parents: 'vader slaat niet meer', child: '', professionals: '', duration: '' });
    expect(bad.map((h) => h.code).sort()).toEqual(['negative', 'no-duration']);
    const good = checkSafetyGoal({
      parents: 'moeder zorgt dat de kinderen elke ochtend ontbijten en op tijd op school zijn',
      child: 'de kinderen weten dat er eten is',
      professionals: 'school ziet de kinderen op tijd en met lunch',
      duration: 'zes maanden lang',
    });
    expect(good).toEqual([]);
  });
});

describe('sentences', () => {
  it('reads a danger statement aloud as two sentences', () => {
    expect(dangerSentence({ who: 'De jeugdbeschermer', behaviour: 'moeder liet K1 alleen', impact: 'K1 is bang' })).toBe(
      'Zorgen van de jeugdbeschermer: moeder liet K1 alleen. Als er niets verandert: K1 is bang.',
    );
    expect(dangerSentence({ who: '', behaviour: '', impact: '' })).toBe('');
    expect(goalSentence({ parents: 'moeder zorgt dat oma er is', child: '', professionals: '', duration: 'zes maanden' })).toBe('moeder zorgt dat oma er is; zes maanden');
  });
});
