// Decisions written as a plan in the present tense or as a bare entry (plans.ts), and what stays a fact
// beside them. Phrases written for these tests from the policy in ../shared/guard-corpus/README.md, not
// taken from the corpus or from the project's own check sets.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';

const fires = (text: string) => expect(guardVerdict(text).fire).toBe(true);
const silent = (text: string) => expect(guardVerdict(text).fire).toBe(false);

describe('where a child will live, in the present tense', () => {
  it.each([
    'Ravi gaat bij zijn oom wonen',
    'Sanne gaat bij de buren van oma wonen tot de zomer',
    'Jesse komt bij opa en oma te wonen',
    'na de zomer gaat Ravi bij oom wonen',
    'de jongste gaat in een gezinshuis wonen',
    'oma is stabiel; Noor gaat daar wonen vanaf juni',
    'Yara komt in een pleeggezin',
    'Yara komt bij oma',
  ])('%s fires', fires);

  it.each([
    ['a parent moving', 'moeder gaat bij haar vriend wonen'],
    ['an open possibility', 'Ravi gaat misschien bij oom wonen'],
    ['a question without its mark', 'gaat Ravi bij oom wonen'],
    ['where he lives now', 'Ravi woont sinds 2022 bij zijn oom'],
    ['his wish', 'Ravi wil bij zijn oom wonen'],
    ['living there for years', 'Noor woont daar al jaren'],
    ['coming to grandmother every week', 'Yara komt elke week bij oma'],
    ['coming to eat', 'Yara komt bij oma eten'],
    ['a father coming to live', 'vader komt bij oma wonen'],
    ['reported', 'Ravi gaat bij zijn oom wonen, zegt moeder'],
    ["someone else's decision pointed back to", 'Ravi gaat bij zijn oom wonen, de rechter heeft dat in mei besloten'],
  ])('%s stays silent', (_what, text) => silent(text));
});

describe('where the perspective lies', () => {
  it.each(['perspectief Lotte ligt bij het pleeggezin', 'het perspectief van Bram ligt niet meer thuis', 'perspectief: opgroeien bij tante', 'perspectief = pleeggezin', 'perspectief van Mo leg je bij oma', 'perspectief Fenna: bij oom en tante', 'het perspectief van de tweeling leggen we in het gezinshuis'])('%s fires', fires);

  it.each([
    ['the decision lies elsewhere', 'perspectiefbesluit ligt bij de GI'],
    ['the decision lies with the judge', 'het perspectief ligt bij de rechter'],
    ['unclear', 'het perspectief van Lotte is nog onduidelijk'],
    ['a term explained', 'perspectiefbesluit = besluit over waar kind opgroeit'],
    ['two options', 'waar ligt het perspectief, thuis of pleeggezin'],
    ['not laid down by us', 'perspectief leggen we niet vast, dat doet de GI'],
  ])('%s stays silent', (_what, text) => silent(text));
});

describe('a special school type as where a child goes', () => {
  it.each(['Sara gaat naar het speciaal onderwijs', 'Tim gaat naar het praktijkonderwijs'])('%s fires', fires);

  it.each([
    ['a daily habit', 'Tim gaat elke dag met de taxi naar het speciaal onderwijs'],
    ['the school he goes to now', 'Tim gaat nu naar het so in Zwolle'],
    ['liking it', 'de kinderen gaan graag naar de praktijkschool'],
    ["the school's view", 'volgens school gaat Tim naar het speciaal onderwijs'],
  ])('%s stays silent', (_what, text) => silent(text));
});

describe('bare entries: a child, a when, where to; a condition with a step for its outcome; help put in', () => {
  it.each([
    'Demi vanaf mei bij tante',
    'K2 per direct bij opa en oma',
    'als vader weer slaat dan aangifte',
    'gezinscoach erop',
    'MST erbij',
    'beëindiging ondersteuning per eind mei',
    'VT melding!',
    'omg. vader begeleid 2 uur pw',
  ])('%s fires', fires);

  it.each([
    ['help a parent has', 'moeder heeft al hulp erbij'],
    ['what the network does not give', 'geen ondersteuning vanuit het netwerk'],
    ['what the family does not give', 'geen hulp van oma en opa'],
    ['a condition sent to WB', 'bij twijfel dan eerst WB'],
    ['a report by the school, in the past', 'VT melding gedaan door school in okt'],
  ])('%s stays silent', (_what, text) => silent(text));
});

describe('the session escalating or appealing', () => {
  it.each(['we escaleren naar de teamleider en de raad', 'escaleren naar teamleider', 'we gaan in hoger beroep', 'we gaan niet in beroep', 'in beroep gaan tegen de beschikking'])('%s fires', fires);

  it.each([
    ['reflection on escalating', 'we escaleren te snel'],
    ['a habit', 'ik escaleer vaak te laat naar mijn teamleider'],
    ['a quarrel escalating', 'thuis escaleert het regelmatig'],
    ["the lawyer's appeal", 'advocaat gaat in hoger beroep'],
    ['an opinion about appealing', 'in beroep gaan heeft weinig zin'],
  ])('%s stays silent', (_what, text) => silent(text));
});
