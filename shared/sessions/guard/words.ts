/**
 * The guard's word classes. Every word is looked up lower-cased and without diacritics ("beëindigen"
 * and "beeindigen" are one word). Classes are written from the field's vocabulary (DOMAIN.md, the
 * labelling policy of the guard corpus), never from single corpus lines: a new phrase about a
 * placement or a contact arrangement should hit a class, not a memorised string.
 *
 * Dutch compounds carry their meaning in the last part ("netwerkplaatsing", "traumabehandeling"), so
 * besides whole words a class can list heads (`HEADS`): a word that ends in a head gets its class.
 * Typos are met by one-edit fuzzy lookup of longer words (see `tagsOf`).
 */

export type Tag =
  // ── what a case decision is about (the object) ──────────────────────────────────────────────
  | 'MEASURE' // OTS, UHP, voogdij, gezag, vervangende toestemming …
  | 'CONTACT' // omgang, contact, bezoek, logeren …
  | 'PLACE' // pleeggezin, gezinshuis, plaatsing, perspectief …
  | 'HELP' // MST, behandeling, dagbesteding, cursus, veiligheidsplan …
  | 'RAAD' // the Raad voor de Kinderbescherming and its investigation
  | 'COURT' // rechter, zitting, hoger beroep …
  | 'REPORT_TO' // Veilig Thuis, politie, leerplicht, OM …
  | 'CASE' // dossier, zaak, casus, traject, betrokkenheid
  | 'OTHER_CASE' // school, paspoort, vakantie, zakgeld, gezinsvoogd …
  | 'SCHOOLING' // vmbo, havo, praktijkonderwijs: a school type as a destination is a choice of school
  | 'MEETING' // gesprek, huisbezoek, overleg, evaluatie: a task in the case when it is planned
  | 'EVENT' // a noun that is itself a step: plaatsing, melding, aangifte, vto, ultimatum …
  | 'ESCALATE' // opschalen, (schriftelijke) aanwijzing, ultimatum, laatste kans
  | 'HOME' // thuis, huis (as a place to live)
  | 'NETWORK' // netwerk (as a place to live)
  // ── actions on those objects ───────────────────────────────────────────────────────────────────
  | 'A_REQ' // aanvragen, inzetten, starten, regelen, aanmelden …
  | 'A_EXT' // verlengen, uitbreiden, voortzetten
  | 'A_END' // stoppen, beëindigen, afsluiten, laten aflopen …
  | 'A_LIMIT' // beperken, halveren, opschorten, begeleid …
  | 'A_CHANGE' // omzetten, wisselen, vervangen, aanpassen, inschrijven …
  | 'A_HANDOVER' // overnemen: another case holder takes the case
  | 'A_PLACE' // plaatsen, onderbrengen, brengen
  | 'A_REPORT' // melden, inlichten, inschakelen, delen …
  | 'A_ADVISE' // adviseren, voorstellen, standpunt, steunen …
  | 'A_PERMIT' // mag, toestemming, tekent
  | 'A_DECIDE' // besluiten, beslissen, kiezen, vastleggen, afspreken …
  | 'A_TAKE' // nemen, treffen: only a maatregel is "taken"
  | 'A_DO' // doen: only a report or an investigation is "done" ("melding doen", "aangifte doen")
  | 'A_MUST' // moet, moeten: a measure that must come ("K1 moet uit huis")
  | 'IMPERATIVE' // a bare verb stem that can open an order: "stop", "regel", "doe"
  // ── who ──────────────────────────────────────────────────────────────────────────────────────
  | 'US' // we, wij, ik, de groep, het team: the session itself
  | 'CASEHOLDER' // the inbrenger in the case: GV, gezinsvoogd, jij
  | 'CHILD' // kind, K1, zoon, broertje …
  | 'RELATIVE' // moeder, vader, oma, pleegouders …
  | 'OTHER' // any other party who can want, ask, plan or decide: school, advocaat, rechter …
  | 'AUTHORITY' // who decides elsewhere: rechter, Raad, OM, teamleider, gedragswetenschapper, MDO …
  | 'WB' // werkbegeleiding and the werkbegeleider
  | 'SESSION' // the MLB itself: sessie, gespreksleider, flip-over, agenda …
  | 'SESSION_VERB' // bespreken, terugkomen, inbrengen: what a session does with a case
  // ── how it is said ───────────────────────────────────────────────────────────────────────────
  | 'NEG' // geen, niet, niets
  | 'MODAL_OPEN' // kan, zou, misschien, eventueel, scenario: an open possibility
  | 'OPINION' // lijkt, voelt, proportioneel: a judgement with no recorded choice
  | 'SUGGEST' // suggestie, idee, tip, overweeg
  | 'ADOPT' // overgenomen: a suggestion that became the plan
  | 'REFLECT' // twijfel, neiging, geleerd: the professional's own process
  | 'SPEECH' // zegt, zei, vertelt: reported words
  | 'GENERIC' // altijd, betekent, uitleg: how things work in general
  | 'PRACTICE' // oefenen, rollenspel, als voorbeeld: practising the work, not doing it in the case
  | 'PAST' // simple past and perfect auxiliaries: besloot, werd, had
  | 'AUX' // heeft, hebben, is, zijn: perfect auxiliaries (past only with a participle)
  | 'PAST_TIME' // destijds, toen, geleden, vorig, sinds
  | 'FUTURE_TIME' // morgen, vandaag, vanaf, voortaan, deadline, per
  | 'HABIT' // vaak, soms, altijd, elke: a habit, not a plan
  | 'VOLITION' // wil, vraagt, stelt voor, is van plan, dreigt: what someone else wants
  | 'STATE' // geldt, loopt, duurt, woont: how things stand
  | 'QWORD' // wat, waarom, hoe, wanneer, wie, welke
  | 'COND' // als, zodra, mocht, indien
  | 'ENDORSE' // akkoord, staat vast, punt, klaar: the session stands behind it
  | 'ELSEWHERE' // ligt bij, is aan, valt in: whose call it is
  | 'DET' // de, het, een, die, deze, zijn, haar …
  | 'TOPIC'; // over, rond, omtrent: the word after is the topic, not the object

/** Lower case, no diacritics, curly apostrophes straightened. */
export function normalise(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'");
}

// ── verb forms ─────────────────────────────────────────────────────────────────────────────────────
/** Present forms of a verb: infinitive, stem (also the imperative), stem + t, and the participle. */
function forms(inf: string, stem: string, participle?: string): string[] {
  const out = [inf, stem, stem.endsWith('t') ? stem : `${stem}t`];
  if (participle) out.push(participle);
  pastOf(inf, stem);
  return out;
}

/** Simple past of regular verbs ("'t kofschip"): stelde, meldde, stopte, plaatsten — they tell history. */
const REGULAR_PAST = new Set<string>();
function pastOf(inf: string, stem: string) {
  const ending = /(t|k|f|s|ch|p)$/.test(stem) ? 'te' : 'de';
  REGULAR_PAST.add(stem + ending);
  const plural = `${stem}${ending}n`;
  if (plural !== inf) REGULAR_PAST.add(plural);
}

/**
 * Separable verbs ("aanvragen", "vraag … aan"): the fused forms always count; the bare verb counts
 * only when its particle stands elsewhere in the sentence (see `PARTICLE_VERBS`).
 */
interface Separable {
  particle: string;
  inf: string;
  stem: string;
  participle: string; // with the particle: "aangevraagd"
  tags: Tag[];
  /** The bare verb also means this without its particle ("vragen" = to ask for). */
  bareOk?: boolean;
}

const SEPARABLE: Separable[] = [
  { particle: 'aan', inf: 'vragen', stem: 'vraag', participle: 'aangevraagd', tags: ['A_REQ'], bareOk: true },
  { particle: 'aan', inf: 'melden', stem: 'meld', participle: 'aangemeld', tags: ['A_REQ'] },
  { particle: 'in', inf: 'zetten', stem: 'zet', participle: 'ingezet', tags: ['A_REQ'] },
  { particle: 'in', inf: 'dienen', stem: 'dien', participle: 'ingediend', tags: ['A_REQ'] },
  { particle: 'in', inf: 'schakelen', stem: 'schakel', participle: 'ingeschakeld', tags: ['A_REQ', 'A_REPORT'] },
  { particle: 'in', inf: 'lichten', stem: 'licht', participle: 'ingelicht', tags: ['A_REPORT'] },
  { particle: 'in', inf: 'schrijven', stem: 'schrijf', participle: 'ingeschreven', tags: ['A_CHANGE'] },
  { particle: 'uit', inf: 'schrijven', stem: 'schrijf', participle: 'uitgeschreven', tags: ['A_CHANGE'] },
  { particle: 'op', inf: 'leggen', stem: 'leg', participle: 'opgelegd', tags: ['A_REQ'] },
  { particle: 'op', inf: 'starten', stem: 'start', participle: 'opgestart', tags: ['A_REQ'], bareOk: true },
  { particle: 'op', inf: 'stellen', stem: 'stel', participle: 'opgesteld', tags: ['A_REQ'] },
  { particle: 'op', inf: 'schorten', stem: 'schort', participle: 'opgeschort', tags: ['A_LIMIT'] },
  { particle: 'op', inf: 'schuiven', stem: 'schuif', participle: 'opgeschoven', tags: ['A_LIMIT'] },
  { particle: 'op', inf: 'schalen', stem: 'schaal', participle: 'opgeschaald', tags: ['ESCALATE'] },
  { particle: 'op', inf: 'heffen', stem: 'hef', participle: 'opgeheven', tags: ['A_END'] },
  { particle: 'uit', inf: 'breiden', stem: 'breid', participle: 'uitgebreid', tags: ['A_EXT'] },
  { particle: 'uit', inf: 'stellen', stem: 'stel', participle: 'uitgesteld', tags: ['A_LIMIT'] },
  { particle: 'af', inf: 'sluiten', stem: 'sluit', participle: 'afgesloten', tags: ['A_END'], bareOk: true },
  { particle: 'af', inf: 'bouwen', stem: 'bouw', participle: 'afgebouwd', tags: ['A_END', 'A_LIMIT'] },
  { particle: 'af', inf: 'schalen', stem: 'schaal', participle: 'afgeschaald', tags: ['A_END'] },
  { particle: 'stop', inf: 'zetten', stem: 'zet', participle: 'stopgezet', tags: ['A_END'] },
  { particle: 'om', inf: 'zetten', stem: 'zet', participle: 'omgezet', tags: ['A_CHANGE'] },
  { particle: 'over', inf: 'plaatsen', stem: 'plaats', participle: 'overgeplaatst', tags: ['A_PLACE', 'A_CHANGE'], bareOk: true },
  { particle: 'terug', inf: 'plaatsen', stem: 'plaats', participle: 'teruggeplaatst', tags: ['A_PLACE'], bareOk: true },
  { particle: 'uit', inf: 'plaatsen', stem: 'plaats', participle: 'uitgeplaatst', tags: ['A_PLACE'], bareOk: true },
  { particle: 'onder', inf: 'brengen', stem: 'breng', participle: 'ondergebracht', tags: ['A_PLACE'] },
  { particle: 'door', inf: 'zetten', stem: 'zet', participle: 'doorgezet', tags: ['A_EXT'] },
  { particle: 'voort', inf: 'zetten', stem: 'zet', participle: 'voortgezet', tags: ['A_EXT'] },
  { particle: 'aan', inf: 'passen', stem: 'pas', participle: 'aangepast', tags: ['A_CHANGE'] },
  { particle: 'over', inf: 'stappen', stem: 'stap', participle: 'overgestapt', tags: ['A_CHANGE'] },
  { particle: 'af', inf: 'ronden', stem: 'rond', participle: 'afgerond', tags: ['A_END'] },
  { particle: 'in', inf: 'trekken', stem: 'trek', participle: 'ingetrokken', tags: ['A_END'] },
  { particle: 'in', inf: 'stellen', stem: 'stel', participle: 'ingesteld', tags: ['A_REQ'] },
  { particle: 'voor', inf: 'stellen', stem: 'stel', participle: 'voorgesteld', tags: ['A_ADVISE'] },
  { particle: 'vast', inf: 'leggen', stem: 'leg', participle: 'vastgelegd', tags: ['A_DECIDE'] },
  { particle: 'vast', inf: 'stellen', stem: 'stel', participle: 'vastgesteld', tags: ['A_DECIDE'] },
  { particle: 'uit', inf: 'spreken', stem: 'spreek', participle: 'uitgesproken', tags: ['A_DECIDE'] },
  { particle: 'af', inf: 'spreken', stem: 'spreek', participle: 'afgesproken', tags: ['A_DECIDE'] },
  { particle: 'rond', inf: 'maken', stem: 'maak', participle: 'rondgemaakt', tags: ['A_DECIDE'] },
  { particle: 'door', inf: 'geven', stem: 'geef', participle: 'doorgegeven', tags: ['A_REPORT'] },
  { particle: 'over', inf: 'dragen', stem: 'draag', participle: 'overgedragen', tags: ['A_END'] },
  { particle: 'op', inf: 'bouwen', stem: 'bouw', participle: 'opgebouwd', tags: ['A_EXT'] },
  { particle: 'in', inf: 'houden', stem: 'houd', participle: 'ingehouden', tags: ['A_LIMIT'] },
  // taking over a case changes who holds it ("Kim neemt de zaak over"); "innemen" is left out: "neemt zijn medicatie niet in" is a fact
  { particle: 'over', inf: 'nemen', stem: 'neem', participle: 'overgenomen', tags: ['A_HANDOVER'] },
  // calling off and carrying on: "zeg het logeren af", "blaas het weekend af", "verblijf doortrekken tot haar 18e"
  { particle: 'af', inf: 'zeggen', stem: 'zeg', participle: 'afgezegd', tags: ['A_END'] },
  { particle: 'af', inf: 'blazen', stem: 'blaas', participle: 'afgeblazen', tags: ['A_END'] },
  { particle: 'door', inf: 'trekken', stem: 'trek', participle: 'doorgetrokken', tags: ['A_EXT'] },
  // lodging an appeal: "we tekenen beroep aan" ("tekenen" alone is signing, a permission)
  { particle: 'aan', inf: 'tekenen', stem: 'teken', participle: 'aangetekend', tags: ['A_REQ'] },
  // halting and pausing a step: "zeg de thuisbegeleiding op", "FFT afbreken", "logeren even stilzetten";
  // tightening it: "scherp de bezoekregeling aan"
  { particle: 'op', inf: 'zeggen', stem: 'zeg', participle: 'opgezegd', tags: ['A_END'] },
  { particle: 'af', inf: 'breken', stem: 'breek', participle: 'afgebroken', tags: ['A_END'] },
  { particle: 'stil', inf: 'zetten', stem: 'zet', participle: 'stilgezet', tags: ['A_LIMIT'] },
  { particle: 'aan', inf: 'scherpen', stem: 'scherp', participle: 'aangescherpt', tags: ['A_LIMIT'] },
  // letting a reporting party know: "VT inseinen"
  { particle: 'in', inf: 'seinen', stem: 'sein', participle: 'ingeseind', tags: ['A_REPORT'] },
];

/** Inseparable verbs and verbal nouns, by class. */
const VERBS: Array<[Tag[], string[]]> = [
  [['A_REQ'], [
    ...forms('aanvragen', 'aanvraag'), 'aanvraag', 'aanvragen', 'verzoeken', 'verzoekt', 'verzocht',
    ...forms('regelen', 'regel', 'geregeld'), ...forms('inzetten', 'inzet'), ...forms('starten', 'start', 'gestart'),
    ...forms('opstarten', 'opstart'), ...forms('aanmelden', 'aanmeld'), 'aanmelding', ...forms('indienen', 'indien'),
    ...forms('organiseren', 'organiseer', 'georganiseerd'), ...forms('inplannen', 'inplan'), 'ingepland', 'plannen', 'gepland', 
    ...forms('opleggen', 'opleg'), ...forms('opstellen', 'opstel'), ...forms('schrijven', 'schrijf'), ...forms('instellen', 'instel'),
    ...forms('verplichten', 'verplicht'), 'verplicht', 'verplichte', 'voorwaarde', 'voorwaarden', ...forms('inschakelen', 'inschakel'),
    ...forms('onderzoeken', 'onderzoek'), ...forms('laten', 'laat'),
    ...forms('zoeken', 'zoek', 'gezocht'), ...forms('hervatten', 'hervat'), ...forms('herstarten', 'herstart'), ...forms('aantekenen', 'aanteken'), ...forms('sturen', 'stuur', 'gestuurd'),
    ...forms('versturen', 'verstuur', 'verstuurd'), ...forms('indiceren', 'indiceer', 'geindiceerd'),
  ]],
  [['A_EXT'], [
    ...forms('verlengen', 'verleng', 'verlengd'), 'verlenging', ...forms('uitbreiden', 'uitbreid'), 'uitbreiding',
    ...forms('voortzetten', 'voortzet'), 'voortzetting', ...forms('continueren', 'continueer', 'gecontinueerd'),
    ...forms('intensiveren', 'intensiveer', 'geintensiveerd'), ...forms('verruimen', 'verruim', 'verruimd'),
    ...forms('verhogen', 'verhoog', 'verhoogd'), 'verl', ...forms('ophogen', 'ophoog'), ...forms('normaliseren', 'normaliseer'),
    ...forms('handhaven', 'handhaaf', 'gehandhaafd'), ...forms('doortrekken', 'doortrek'), ...forms('bestendigen', 'bestendig', 'bestendigd'),
  ]],
  [['A_END'], [
    ...forms('stoppen', 'stop', 'gestopt'), ...forms('stopzetten', 'stopzet'), ...forms('beeindigen', 'beeindig', 'beeindigd'),
    'beeindiging', ...forms('vervallen', 'verval'), ...forms('schrappen', 'schrap', 'geschrapt'), ...forms('afsluiten', 'afsluit'), 'afsluiting', ...forms('sluiten', 'sluit', 'gesloten'),
    ...forms('afbouwen', 'afbouw'), ...forms('intrekken', 'intrek'), ...forms('opheffen', 'ophef'), 'aflopen', 'eruit', 'dicht',
    ...forms('overdragen', 'overdraag'), 'overdracht', 'einde', 'uitstroom', ...forms('uitstromen', 'uitstroom'),
    ...forms('annuleren', 'annuleer', 'geannuleerd'), ...forms('cancelen', 'cancel', 'gecanceld'), ...forms('afzeggen', 'afzeg'),
    ...forms('afblazen', 'afblaas'), ...forms('staken', 'staak', 'gestaakt'), ...forms('opzeggen', 'opzeg'), ...forms('afbreken', 'afbreek'),
  ]],
  [['A_LIMIT'], [
    ...forms('beperken', 'beperk', 'beperkt'), 'beperking', ...forms('halveren', 'halveer', 'gehalveerd'),
    ...forms('verminderen', 'verminder', 'verminderd'), ...forms('minderen', 'minder', 'geminderd'),
    ...forms('terugbrengen', 'terugbreng', 'teruggebracht'), ...forms('opschorten', 'opschort'), ...forms('stilleggen', 'stilleg', 'stilgelegd'), ...forms('uitstellen', 'uitstel'),
    ...forms('verbieden', 'verbied'), 'verboden', 'verbod', 'begeleid', 'begeleide', 'voortaan',
    ...forms('bevriezen', 'bevries', 'bevroren'), ...forms('schorsen', 'schors', 'geschorst'), ...forms('inperken', 'inperk'),
    ...forms('terugschroeven', 'terugschroef'), ...forms('pauzeren', 'pauzeer', 'gepauzeerd'), ...forms('stilzetten', 'stilzet'),
    ...forms('aanscherpen', 'aanscherp'),
  ]],
  [['A_CHANGE'], [
    'terug',
    ...forms('omzetten', 'omzet'), ...forms('wisselen', 'wissel', 'gewisseld'), 'wissel', ...forms('vervangen', 'vervang'),
    ...forms('aanpassen', 'aanpas'), ...forms('veranderen', 'verander', 'veranderd'), ...forms('inschrijven', 'inschrijf'),
    ...forms('uitschrijven', 'uitschrijf'), ...forms('overstappen', 'overstap'), ...forms('overplaatsen', 'overplaats'),
    ...forms('versoepelen', 'versoepel', 'versoepeld'),
  ]],
  [['A_PLACE'], [
    ...forms('plaatsen', 'plaats', 'geplaatst'), ...forms('onderbrengen', 'onderbreng'), ...forms('brengen', 'breng', 'gebracht'),
    ...forms('terugplaatsen', 'terugplaats'), ...forms('uithuisplaatsen', 'uithuisplaats'),
  ]],
  [['A_REPORT'], [
    ...forms('melden', 'meld', 'gemeld'), ...forms('inlichten', 'inlicht'), ...forms('informeren', 'informeer', 'geinformeerd'),
    ...forms('bellen', 'bel', 'gebeld'), ...forms('delen', 'deel', 'gedeeld'), ...forms('doorgeven', 'doorgeef'), 'erbij',
    'betrekken', 'betrek', 'betrekt', ...forms('terugmelden', 'terugmeld'), ...forms('afgeven', 'afgeef'), 'vertellen', ...forms('verwijzen', 'verwijs', 'verwezen'), ...forms('tippen', 'tip', 'getipt'),
    // letting a party know: "leerplicht mailen", "wijkagent verwittigen", "politie alarmeren" ("de mail" is a noun)
    'mailen', 'mailt', 'gemaild', 'e-mailen', 'e-mailt', ...forms('verwittigen', 'verwittig', 'verwittigd'), ...forms('inseinen', 'insein'),
    ...forms('alarmeren', 'alarmeer', 'gealarmeerd'),
  ]],
  [['A_ADVISE'], [
    ...forms('adviseren', 'adviseer', 'geadviseerd'), 'advies', 'adviezen', ...forms('voorstellen', 'voorstel'), 'voorstel',
    ...forms('steunen', 'steun', 'gesteund'), 'standpunt', 'standpunten', ...forms('pleiten', 'pleit', 'gepleit'), 'rapport',
    'rapportage', 'brief', 'verweer', 'verweerschrift', 'pleitnota', 'zienswijze', 'zeggen', 'stellen',
    ...forms('voorleggen', 'voorleg'),
  ]],
  // Giving or refusing permission for the child is a decision either way ("toestaan", "weigeren", "goedkeuren").
  [['A_PERMIT'], [
    'mag', 'mogen', 'toestemming', ...forms('tekenen', 'teken', 'getekend'), ...forms('toestaan', 'sta', 'toegestaan'),
    ...forms('weigeren', 'weiger', 'geweigerd'), ...forms('goedkeuren', 'keur', 'goedgekeurd'),
  ]],
  [['A_TAKE'], [...forms('nemen', 'neem', 'genomen'), ...forms('treffen', 'tref', 'getroffen')]],
  [['A_MUST'], ['moet', 'moeten']],
  // "er wordt aangifte gedaan": the participle in a present passive (a perfect is the past, `clauseBlock`)
  [['A_DO'], ['doen', 'doe', 'doet', 'gedaan']],
  [['A_DECIDE'], [
    ...forms('besluiten', 'besluit'), 'besloten', ...forms('beslissen', 'beslis', 'beslist'), ...forms('kiezen', 'kies', 'gekozen'),
    ...forms('vastleggen', 'vastleg'), ...forms('vaststellen', 'vaststel'), ...forms('afspreken', 'afspreek'),
    ...forms('bepalen', 'bepaal', 'bepaald'), 'rondgemaakt',
  ]],
];

/** Verb stems that open an order to the inbrenger: "stop die omgang", "regel een plek". */
export const IMPERATIVES: ReadonlyMap<string, string> = new Map([
  ['plaats', 'plaatsen'], ['vraag', 'vragen'], ['sluit', 'sluiten'], ['regel', 'regelen'], ['stop', 'stoppen'], ['doe', 'doen'],
  ['laat', 'laten'], ['schrijf', 'schrijven'], ['meld', 'melden'], ['bel', 'bellen'], ['schakel', 'schakelen'], ['zet', 'zetten'],
  ['dien', 'dienen'], ['start', 'starten'], ['beeindig', 'beëindigen'], ['verleng', 'verlengen'], ['beperk', 'beperken'],
  ['schort', 'schorten'], ['leg', 'leggen'], ['maak', 'maken'], ['haal', 'halen'], ['breng', 'brengen'], ['geef', 'geven'],
  ['informeer', 'informeren'], ['licht', 'lichten'], ['zeg', 'zeggen'], ['meld', 'melden'], ['pas', 'passen'], ['halveer', 'halveren'],
  ['wissel', 'wisselen'], ['verplaats', 'verplaatsen'], ['overplaats', 'overplaatsen'], ['organiseer', 'organiseren'],
]);

// ── nouns and the rest ─────────────────────────────────────────────────────────────────────────────
const WORDS: Array<[Tag[], string]> = [
  [['MEASURE'], `ots vots ondertoezichtstelling toezicht verlenging uhp muhp machtiging spoedmachtiging uithuisplaatsing
    spoeduithuisplaatsing voogdij gezag gezagsbeeindiging gezagsontneming maatregel ontheffing ontzetting
    meldplicht enkelband locatiegebod locatieverbod gebiedsverbod avondklok`],
  [['EVENT'], `signaal uithuisplaatsing spoeduithuisplaatsing machtiging spoedmachtiging plaatsing verlenging aanvraag melding
    aangifte terugmelding vto raadsonderzoek beschermingsonderzoek ultimatum aanwijzing afsluiting overdracht aanmelding
    verweerschrift overplaatsing terugplaatsing zorgmelding`],
  [['CONTACT'], `omgang omgangsregeling contact contacten bezoek bezoeken bezoekje bezoekjes logeren logeer logeert
    omg logeerweekend logeerweekenden logeerweekendje slapen slaapt overnachting overnachtingen overnachten beeldbellen
    videobellen beeldcontact weekend weekenden weekendje weekendjes omgangshuis`],
  [['PLACE'], `pleeggezin pleegzorg gezinshuis leefgroep behandelgroep woongroep jeugdzorgplus plaatsing overplaatsing
    terugplaatsing crisisopvang opvang noodopvang kamertraining internaat logeerhuis perspectief perspectiefbesluit
    perspectiefbiedend perspectiefzoekend residentieel plek`],
  [['HELP'], `mst iag fft mdft fact ggz behandeling therapie dagbehandeling dagbesteding opvoedondersteuning
    opvoedingsondersteuning ondersteuning cursus training hulp hulpverlening jeugdhulp coach begeleiding respijtzorg verslavingszorg
    veiligheidsplan signaleringsplan diagnostiek wijkteam thuisbegeleiding gezinsbegeleiding opname kliniek crisisopname
    crisisbed netwerkberaad familiegroepsplan`],
  [['RAAD'], 'raad rvdk raadsonderzoek beschermingsonderzoek vto'],
  [['COURT'], 'rechter kinderrechter rb rechtbank zitting verweerschrift verzoekschrift beschikking beroep'],
  [['REPORT_TO'], `vt amhk politie wijkagent leerplicht leerplichtambtenaar om reclassering huisarts jeugdarts
    melding zorgmelding terugmelding aangifte signaal`],
  [['CONTACT', 'A_LIMIT'], 'contactverbod omgangsverbod omgangsbeperking contactbeperking'],
  [['MEETING'], 'gesprek gesprekken huisbezoek huisbezoeken overleg evaluatie evaluatiegesprek intake netwerkgesprek'],
  [['CASE'], 'dossier zaak casus traject betrokkenheid bemoeienis jeugdreclassering jr jb hulpverleningstraject'],
  // Other decisions about the child's life (policy: what the school is told, documents, choice of school, the GV):
  // by class — schooling, documents and residence, medical consent, money, phone and going out, clubs and faith.
  [['OTHER_CASE'], `school paspoort paspoorten id-kaart id-kaarten identiteitskaart identiteitsbewijs reisdocument reisdocumenten vakantie schoolkamp schoolreis zakgeld gv
    gezinsvoogd operatie inenting vaccinatie onderwijs inzage mentor leerkracht juf meester
    schoolkeuze schooladvies klas plusklas schakelklas stage bijbaan bijbaantje inschrijving uitschrijving leerlingdossier
    verblijfsvergunning verblijfsstatus naturalisatie naamswijziging achternaam doop besnijdenis communie
    medicatie medicijnen beugel behandeltoestemming narcose
    bankrekening spaargeld kinderbijslag toeslag uitkering
    telefoon mobiel smartphone laptop tablet uitgaan uitgaanstijden bedtijd scooter rijbewijs
    sportclub voetbalclub zwemles clubkamp kerk moskee verhuizing emigratie huisarts tandarts
    voetbal hockey scouting dansles muziekles tatoeage piercing`],
  // registering a child somewhere is a step: "inschrijving Sara op de praktijkschool"
  [['EVENT'], 'inschrijving uitschrijving'],
  // a school type is also what a choice of school is about: "wordt aangemeld bij het praktijkonderwijs"
  // a change of school or case holder written as a step: "schoolwissel Sem per januari"
  [['OTHER_CASE', 'EVENT'], 'schoolwissel schoolwisseling gezinsvoogdwissel gezinsvoogdwisseling gv-wissel'],
  [['SCHOOLING', 'OTHER_CASE'], `vo mavo vmbo havo vwo mbo hbo gymnasium atheneum lyceum basisschool praktijkonderwijs brugklas sbo so vso isk
    schakelklas plusklas`],
  [['ESCALATE'], 'opschalen aanwijzing ultimatum dwang dwangkader'],
  [['HOME'], 'thuis huis'],
  [['NETWORK'], 'netwerk'],
  [['US'], 'we wij ik ons onze groep team mlb leergroep'],
  [['CASEHOLDER'], 'gv gezinsvoogd jeugdbeschermer gezinsmanager jij je inbrenger'],
  [['CHILD'], `kind kinderen kids jongste oudste middelste zoon dochter jongen meisje baby tweeling broertje zusje broer zus broers zussen
    broertjes zusjes zonen dochters jongens meisjes
    jongere puber peuter kleuter`],
  [['RELATIVE'], `moeder vader ouders ouder oma opa tante oom pleegouders pleegmoeder pleegvader stiefvader stiefmoeder pa
    ma mama papa grootouders neef nicht buren partner vriend vriendin broer zus broers zussen mdr vdr`],
  [['OTHER'], `school mentor leerkracht juf meester huisarts jeugdarts advocaat wijkteam wijkagent politie behandelaar
    therapeut psychiater pleegzorgwerker gezinshuisouders aanbieder pleegzorgaanbieder zorgaanbieder instelling gemeente
    buurvrouw buurman leerplichtambtenaar
    ziekenhuis verloskundige kraamzorg consultatiebureau kinderarts ggd cjg psycholoog orthopedagoog jeugdverpleegkundige
    verpleegkundige gynaecoloog ib'er ib-er iber zorgcoordinator`],
  // documents and staff of the Raad speak for it: "het raadsrapport adviseert een OTS" is the Raad's advice
  [['AUTHORITY'], `raadsrapport raadsrapportage raadsadvies raadsmedewerker raadsonderzoeker`],
  [['AUTHORITY'], `rechter kinderrechter rb rechtbank raad rvdk om officier gi teamleider manager gedragswetenschapper
    gedragsdeskundige gw tl mdo vt wb werkbegeleider werkbegeleiding hof`],
  [['WB'], 'wb werkbegeleiding werkbegeleider werkbegeleiders'],
  [['SESSION'], `mlb sessie sessies bijeenkomst leerbijeenkomst intervisie leergroep gespreksleider voorzitter notulist
    tijdbewaker inbrenger flip-over flipover flap venster vensters ronde reflectieronde agenda ruimte lokaal telefoons
    casussen spelregels werkwijze check-in checkin check-out checkout rondje werkvorm`],
  [['SESSION_VERB'], `bespreken besproken bespreking terugkomen terugkomt inbrengen inbrengt agenderen geagendeerd
    leiden leidt reserveren reserveert notuleren opschrijven noteren`],
  [['NEG'], 'geen niet niets niks nooit'],
  [['MODAL_OPEN'], `kan kunnen zou zouden misschien mogelijk mogelijke eventuele denkbare mogelijkheid mogelijkheden eventueel evt wellicht denkbaar
    scenario scenarios stel optie opties alternatief wie-weet waarschijnlijk vermoedelijk allicht onduidelijk onbekend
    benieuwd`],
  [['OPINION'], 'lijkt lijken leek voelt voelen vind vinden proportioneel disproportioneel terecht zinvol verstandig nodig'],
  [['SUGGEST'], 'suggestie suggesties idee ideeen tip tips overweeg overwegen overweging'],
  [['ADOPT'], 'overgenomen aangenomen'],
  [['REFLECT'], `twijfel twijfels twijfelen neiging impuls valkuil geleerd leerpunt leerpunten leeropbrengst onzeker voel
    gevoel schuldgevoel onderbuik schrok`],
  [['SPEECH'], `zegt zei vertelt vertelde schrijft schreef appt appte roept riep noemt noemde aldus
    volgens meldt`],
  [['GENERIC'], 'altijd betekent betekenen uitleg uitleggen definitie algemeen automatisch'],
  // Practice and learning talk: a decision rehearsed in a role play or written as an example is not taken.
  [['PRACTICE'], `oefenen oefen oefent oefening oefeningen rollenspel rollenspellen oefencasus casusoefening oefengesprek
    voorbeeldzin voorbeeldzinnen voorbeeldtekst naspelen`],
  // Irregular and auxiliary past tenses; regular ones ("meldde", "stopte") are made from the verbs (pastOf).
  [['PAST'], `besloot werd werden was waren had hadden deed deden gaf gaven ging gingen kwam kwamen vroeg vroegen sprak
    spraken wilde wilden moest moesten kon konden lag zat zaten stond koos kozen hield hielden nam namen bracht brachten
    schreef schreven sloot sloten liep liepen trok trokken bleef bleven zag zagen dacht dachten vond vonden liet lieten
    legde legden woonde verliep verliepen`],
  [['AUX'], 'heeft hebben had hadden is zijn was waren werd werden ben'],
  [['PAST_TIME'], 'destijds toen vroeger geleden gisteren eergisteren indertijd vorig vorige afgelopen sinds sindsdien voorheen eerder'],
  [['FUTURE_TIME'], `morgen vandaag vanavond vannacht zsm asap meteen direct straks binnenkort volgende deze vanaf voortaan
    voorlopig
    per deadline maandag dinsdag woensdag donderdag vrijdag zaterdag zondag vanmiddag overmorgen`],
  [['HABIT'], 'vaak soms regelmatig steeds altijd elke iedere meestal telkens geregeld nooit'],
  [['VOLITION'], `wil willen wilde wilden vraagt vroeg vroegen stelt dreigt dreigen plant overweegt weigert weigeren eist
    eisen verwacht verwachten hoopt hopen vindt vinden wenst wensen bereid aangeboden biedt`],
  [['STATE'], 'geldt gelden loopt lopen liep duurt woont wonen zit zitten verblijft'],
  [['QWORD'], 'wat waarom hoe wanneer wie welke welk waar'],
  [['COND'], 'als zodra mocht indien tenzij wanneer'],
  [['ENDORSE'], 'akkoord punt klaar vast'],
  [['DET'], 'de het een die deze dit dat zijn haar hun z\'n d\'r ons onze mijn jouw je'],
  [['TOPIC'], 'over rond omtrent'],
];

/** Compound heads: a longer word ending in one of these takes its class ("netwerkplaatsing" → PLACE). */
const HEADS: Array<[Tag[], string[]]> = [
  [['PLACE', 'EVENT'], ['plaatsing']],
  [['PLACE'], ['pleeggezin', 'gezinshuis', 'leefgroep', 'opvang', 'woongroep', 'pleegzorg', 'plek']],
  [['MEASURE'], ['maatregel', 'machtiging', 'toezicht']],
  [['CONTACT'], ['contact', 'omgang', 'bezoek', 'weekend']],
  [['HELP'], ['behandeling', 'therapie', 'begeleiding', 'training', 'coach', 'coaching', 'cursus', 'hulp', 'hulpverlening', 'veiligheidsplan', 'diagnostiek', 'opname', 'ondersteuning']],
  [['REPORT_TO', 'EVENT'], ['melding', 'aangifte']],
  // compounds of school and onderwijs name a school type ("praktijkschool", "cluster-4-onderwijs"); "school" alone does not
  [['SCHOOLING', 'OTHER_CASE'], ['school', 'onderwijs']],

  [['RAAD'], ['onderzoek']], // only compounds: "raadsonderzoek"; the bare word is neutral
];
/** Word beginnings that carry the class: "logeerpartijen", "omgangsmomenten", "bezoekregeling". */
const PREFIXES: Array<[Tag[], string[]]> = [
  [['CONTACT'], ['logeer', 'omgangs', 'bezoekr', 'bezoekm', 'contactmoment', 'overnacht']],
];
/** *zorg compounds of some length are care (respijtzorg, verslavingszorg); "zorg" alone is a worry. */
const ZORG_HEAD = /^.{4,}zorg$/;

// ── lookup ─────────────────────────────────────────────────────────────────────────────────────────
interface Entry {
  tags: Tag[];
  /** The word has these tags only if this particle stands in the same sentence. */
  particle?: string;
}

const LEXICON = new Map<string, Entry[]>();
const PARTICLES = new Set<string>();
/** Bare forms of separable verbs → their particles ("vragen" → aan). */
const BARE_PARTICLES = new Map<string, Set<string>>();
function add(word: string, tags: Tag[], particle?: string) {
  const list = LEXICON.get(word) ?? [];
  list.push({ tags, particle });
  LEXICON.set(word, list);
}
for (const [tags, words] of WORDS) for (const w of words.split(/\s+/)) if (w) add(w, tags);
for (const [tags, words] of VERBS) for (const w of words) add(w, tags);
for (const s of SEPARABLE) {
  add(s.particle + s.inf, s.tags);
  add(s.participle, s.tags);
  const bare = forms(s.inf, s.stem);
  for (const w of bare) {
    add(w, s.tags, s.bareOk ? undefined : s.particle);
    const set = BARE_PARTICLES.get(w) ?? new Set<string>();
    set.add(s.particle);
    BARE_PARTICLES.set(w, set);
  }
  PARTICLES.add(s.particle);
}
for (const [stem] of IMPERATIVES) add(stem, ['IMPERATIVE']);
for (const s of SEPARABLE) pastOf(s.inf, s.stem);
for (const w of REGULAR_PAST) if (!LEXICON.has(w)) add(w, ['PAST']);

/** Multi-word units looked up before single words; the longest match wins. */
export const UNITS: ReadonlyArray<[string[], Tag[]]> = [
  [['veilig', 'thuis'], ['REPORT_TO', 'AUTHORITY']],
  [['openbaar', 'ministerie'], ['REPORT_TO', 'AUTHORITY']],
  [['raad', 'voor', 'de', 'kinderbescherming'], ['RAAD', 'AUTHORITY']],
  [['verzoek', 'tot', 'onderzoek'], ['RAAD', 'EVENT']],
  [['schriftelijke', 'aanwijzing'], ['ESCALATE', 'EVENT']],
  [['laatste', 'kans'], ['ESCALATE']],
  [['zo', 'snel', 'mogelijk'], ['FUTURE_TIME']],
  [['zo', 'spoedig', 'mogelijk'], ['FUTURE_TIME']],
  [['zoveel', 'mogelijk'], []],
  [['zo', 'veel', 'mogelijk'], []],
  [['zo', 'min', 'mogelijk'], []],
  [['zo', 'kort', 'mogelijk'], []],
  [['zo', 'goed', 'mogelijk'], []],
  [['naar', 'dwang'], ['ESCALATE']],
  [['keuze', 'valt', 'op'], ['A_DECIDE']],
  [['valt', 'de', 'keuze', 'op'], ['A_DECIDE']],
  [['moet', 'weg'], ['MEASURE', 'A_MUST']],
  [['moeten', 'weg'], ['MEASURE', 'A_MUST']],
  [['wordt', 'het', 'plan'], ['ADOPT']],
  [['andere', 'gv'], ['OTHER_CASE', 'A_CHANGE']],
  [['nieuwe', 'gv'], ['OTHER_CASE', 'A_CHANGE']],
  [['nieuwe', 'gezinsvoogd'], ['OTHER_CASE', 'A_CHANGE']],
  [['andere', 'jeugdbeschermer'], ['OTHER_CASE', 'A_CHANGE']],
  [['nieuwe', 'jeugdbeschermer'], ['OTHER_CASE', 'A_CHANGE']],
  [['trekken', 'ons', 'terug'], ['CASE', 'A_END']],
  [['trekken', 'we', 'ons', 'terug'], ['CASE', 'A_END']],
  [['gedwongen', 'kader'], ['ESCALATE']],
  [['andere', 'gezinsvoogd'], ['OTHER_CASE', 'A_CHANGE']],
  [['andere', 'school'], ['OTHER_CASE', 'A_CHANGE']],
  [['uit', 'huis', 'plaatsen'], ['MEASURE', 'A_PLACE']],
  // "de kinderen gaan uit huis": a placement written with "gaan" (a past "gingen" is no match)
  [['gaat', 'uit', 'huis'], ['MEASURE', 'A_PLACE']],
  [['gaan', 'uit', 'huis'], ['MEASURE', 'A_PLACE']],
  [['als', 'voorbeeld'], ['PRACTICE']],
  // "contact met de broertjes gaat door": continuing contact or help is extending it
  [['gaat', 'door'], ['A_EXT']],
  [['gaan', 'door'], ['A_EXT']],
  // school types written in two words are a choice of school as destinations, like "vmbo"
  [['speciaal', 'onderwijs'], ['SCHOOLING', 'OTHER_CASE']],
  [['middelbare', 'school'], ['SCHOOLING', 'OTHER_CASE']],
  [['voortgezet', 'onderwijs'], ['SCHOOLING', 'OTHER_CASE']],
  [['regulier', 'onderwijs'], ['SCHOOLING', 'OTHER_CASE']],
  [['regulier', 'vo'], ['SCHOOLING', 'OTHER_CASE']],
  [['laatste', 'waarschuwing'], ['ESCALATE']],
  [['hoger', 'beroep'], ['COURT']],
  [['op', 'de', 'hoogte', 'brengen'], ['A_REPORT']],
  [['op', 'de', 'hoogte', 'stellen'], ['A_REPORT']],
  [['zien', 'af', 'van'], ['A_DECIDE', 'NEG']],
  [['zien', 'we', 'af', 'van'], ['A_DECIDE', 'NEG']],
  [['afzien', 'van'], ['A_DECIDE', 'NEG']],
  [['over', 'tot'], ['A_REQ']],
  [['in', 'behandeling', 'bij'], ['ELSEWHERE']],
  [['vindt', 'plaats'], []],
  [['vinden', 'plaats'], []],
  [['naar', 'verwachting'], ['MODAL_OPEN']],
  [['vervangende', 'toestemming'], ['MEASURE']],
  [['gesloten', 'jeugdhulp'], ['PLACE', 'MEASURE']],
  [['gesloten', 'jeugdzorg'], ['PLACE']],
  [['gesloten', 'plek'], ['PLACE']],
  [['gesloten', 'plaatsing'], ['PLACE', 'EVENT']],
  [['gesloten', 'setting'], ['PLACE']],
  [['jeugdzorg', 'plus'], ['PLACE']],
  [['uit', 'huis'], ['MEASURE', 'PLACE']],
  [['triple', 'p'], ['HELP']],
  [['psychiatrisch', 'onderzoek'], ['HELP']],
  [['psychologisch', 'onderzoek'], ['HELP']],
  [['advies', 'aan', 'de', 'rechter'], ['COURT', 'A_ADVISE', 'EVENT']],
  [['advies', 'aan', 'de', 'kinderrechter'], ['COURT', 'A_ADVISE', 'EVENT']],
  [['advies', 'aan', 'de', 'rechtbank'], ['COURT', 'A_ADVISE', 'EVENT']],
  [['onder', 'begeleiding'], ['A_LIMIT']],
  // contact or help put on hold: "omgangsregeling vader on hold", "MST in de wacht"
  [['on', 'hold'], ['A_LIMIT']],
  // off the table, kept open: "uhp is van de baan", "jeugdzorgplus van tafel", "dossier blijft open"
  [['van', 'de', 'baan'], ['A_END', 'NEG']],
  [['van', 'tafel'], ['A_END', 'NEG']],
  [['blijft', 'open'], ['A_END', 'NEG']],
  [['blijven', 'open'], ['A_END', 'NEG']],
  [['openhouden'], ['A_END', 'NEG']],
  [['in', 'de', 'wacht'], ['A_LIMIT']],
  // arranging something: "zorgen voor een veiligheidsplan", "zorg voor een plek" (not "zorgen:" as a weighing label)
  [['zorgen', 'voor'], ['A_REQ']],
  [['zorg', 'voor'], ['A_REQ']],
  [['onder', 'toezicht'], ['A_LIMIT']],
  [['alleen', 'nog'], ['A_LIMIT']],
  [['niet', 'meer'], ['A_LIMIT', 'NEG']],
  [['gaat', 'niet', 'door'], ['A_LIMIT', 'NEG']],
  [['gaan', 'niet', 'door'], ['A_LIMIT', 'NEG']],
  [['loopt', 'door'], ['A_EXT']],
  [['gaan', 'voor'], ['A_DECIDE']],
  // inverted after a condition or a time: "dan gaan we voor een OTS"
  [['gaan', 'we', 'voor'], ['A_DECIDE', 'US']],
  [['gaan', 'wij', 'voor'], ['A_DECIDE', 'US']],
  [['gaat', 'voor'], ['A_DECIDE']],
  [['zonder', 'toestemming'], ['A_REPORT', 'REPORT_TO']],
  [['de', 'knoop', 'door'], ['A_DECIDE']],
  [['knopen', 'door'], ['A_DECIDE']],
  [['staat', 'vast'], ['ENDORSE']],
  [['staat', 'erachter'], ['ENDORSE']],
  [['staan', 'erachter'], ['ENDORSE']],
  [['wat', 'ons', 'betreft'], ['ENDORSE']],
  [['is', 'van', 'plan'], ['VOLITION']],
  [['zijn', 'van', 'plan'], ['VOLITION']],
  [['stelt', 'voor'], ['VOLITION']],
  [['stellen', 'voor'], ['VOLITION']],
  [['ligt', 'bij'], ['ELSEWHERE']],
  [['liggen', 'bij'], ['ELSEWHERE']],
  [['is', 'aan'], ['ELSEWHERE']],
  [['valt', 'in'], ['ELSEWHERE']],
  [['wie', 'weet'], ['MODAL_OPEN']],
  [['ja', 'of', 'nee'], ['QWORD']],
  [['wel', 'of', 'niet'], ['QWORD']],
  [['of', 'niet'], ['QWORD']],
  [['ik', 'merk'], ['REFLECT']],
  // "doorvragen lukt me nog niet": what the professional does not manage yet
  [['lukt', 'me'], ['REFLECT']],
  [['lukt', 'mij'], ['REFLECT']],
  [['ik', 'neem', 'mee'], ['REFLECT']],
  [['ik', 'leer'], ['REFLECT']],
  [['ik', 'zie', 'nu'], ['REFLECT']],
  [['mijn', 'praktijk'], ['REFLECT']],
  [['legt', 'uit'], ['GENERIC']],
  [['iets', 'anders', 'dan'], ['GENERIC']],
  [['staat', 'voor'], ['GENERIC']],
  [['houdt', 'in'], ['GENERIC']],
  [['wil', 'zeggen'], ['GENERIC']],
  [['volgende', 'keer'], ['SESSION']],
  [['volgende', 'sessie'], ['SESSION']],
  [['volgende', 'mlb'], ['SESSION']],
];

const tagCache = new Map<string, ReadonlyArray<Entry>>();
const EMPTY: ReadonlyArray<Entry> = [];

/**
 * The lexicon entries of one normalised word: the word itself, else a compound head, else (for words of
 * five letters or more) a lexicon word one edit away ("omgnag", "pleegezin", "werkbegeleding").
 */
export function entriesOf(norm: string): ReadonlyArray<Entry> {
  const cached = tagCache.get(norm);
  if (cached) return cached;
  let found: ReadonlyArray<Entry> = LEXICON.get(norm) ?? EMPTY;
  if (found === EMPTY && norm.includes('-')) {
    // "spoed-uithuisplaatsing", "VT-melding": the parts together; "uhp-vraag" is a question, not a measure.
    const parts = norm.split('-').filter(Boolean);
    const head = parts[parts.length - 1] ?? '';
    if (!TOPIC_HEADS.has(head)) found = parts.flatMap((p) => [...entriesOf(p)].filter((e) => !e.particle));
  }
  if (found === EMPTY) found = headEntries(norm);
  if (found === EMPTY && norm.length >= 5 && /^[a-z]+$/.test(norm)) found = fuzzyEntries(norm);
  if (tagCache.size > 20_000) tagCache.clear();
  tagCache.set(norm, found);
  return found;
}

/** Heads that make a compound a topic rather than the thing itself: "uhp-vraag", "ots-doel". */
const TOPIC_HEADS = new Set(['vraag', 'vragen', 'doel', 'doelen', 'gesprek', 'info', 'informatie', 'verhaal', 'besluit', 'zitting', 'termijn']);

function headEntries(norm: string): ReadonlyArray<Entry> {
  for (const [tags, heads] of HEADS) {
    for (const head of heads) if (norm.length > head.length + 2 && norm.endsWith(head)) return [{ tags }];
  }
  if (ZORG_HEAD.test(norm)) return [{ tags: ['HELP'] }];
  for (const [tags, prefixes] of PREFIXES) for (const p of prefixes) if (norm.startsWith(p) && norm.length > p.length + 2) return [{ tags }];
  return EMPTY;
}

// ── one-edit fuzzy lookup (symmetric deletes) ──────────────────────────────────────────────────────
/** Classes worth recognising through a typo: the objects and actions, not the function words. */
const FUZZY_TAGS = new Set<Tag>(['MEASURE', 'CONTACT', 'PLACE', 'HELP', 'RAAD', 'COURT', 'REPORT_TO', 'CASE', 'EVENT', 'A_REQ', 'A_EXT', 'A_END', 'A_LIMIT', 'A_CHANGE', 'A_REPORT', 'A_DECIDE', 'WB', 'RELATIVE', 'ESCALATE']);
const deletes = (w: string): string[] => Array.from({ length: w.length }, (_, i) => w.slice(0, i) + w.slice(i + 1));
/** Key → [lexicon word, position deleted (-1: none)]. */
const DELETE_INDEX = new Map<string, Array<[string, number]>>();
for (const [word, entries] of LEXICON) {
  if (word.length < 6 || !/^[a-z]+$/.test(word)) continue;
  if (!entries.some((e) => !e.particle && e.tags.some((t) => FUZZY_TAGS.has(t)))) continue;
  [word, ...deletes(word)].forEach((key, k) => {
    const list = DELETE_INDEX.get(key) ?? [];
    list.push([word, k - 1]);
    DELETE_INDEX.set(key, list);
  });
}

/**
 * Everyday words one edit away from a class word ("stappen" / "stoppen", "zorgen" / "morgen"): they are
 * words in their own right, never typos.
 */
const NOT_TYPOS = new Set(`stappen stapje zorgen krachten kracht feiten weging wegen mensen leren gesprek gesprekken
  spreken praten werken wonen komen maken zeggen geven nemen houden blijven willen moeten kunnen weten denken kijken
  zoeken helpen horen vinden lopen staan staat zitten liggen slapen drinken spelen spullen dragen plannen stellen wachten
  melken helden toppen stoppels plaatje plaatsje contract moeders vaders gezond gezonde regels regelt begeleider
  behandelaar trainer coachen betrokken betrokkenen`.split(/\s+/));

function fuzzyEntries(norm: string): ReadonlyArray<Entry> {
  // "wisselend", "belastende": present participles are adjectives, not a verb with a typo.
  if (NOT_TYPOS.has(norm) || /ende?$/.test(norm)) return EMPTY;
  const candidates = new Set<string>();
  [norm, ...deletes(norm)].forEach((key, k) => {
    const p = k - 1;
    for (const [w, q] of DELETE_INDEX.get(key) ?? []) {
      // A typo keeps its first two letters ("omgnag", "pleegezin"); real words that differ there are other words.
      if (w.slice(0, 2) !== norm.slice(0, 2)) continue;
      // A letter missing, a letter too many, or two letters swapped — not one letter replaced by another:
      // that is how real words differ ("betrokken" / "betrekken").
      if (p >= 0 && q >= 0 && Math.abs(p - q) !== 1) continue;
      candidates.add(w);
    }
  });
  // One reading only: an ambiguous typo is better left unread than read wrongly — but candidates of the
  // same classes ("afsluitn": afsluiten, afsluit) read the same.
  const readings = [...candidates].map((w) => (LEXICON.get(w) ?? EMPTY).filter((e) => !e.particle).map((e) => ({ tags: e.tags.filter((t) => FUZZY_TAGS.has(t)) })));
  const key = (r: ReadonlyArray<Entry>) => [...new Set(r.flatMap((e) => e.tags))].sort().join(' ');
  if (readings.length === 0 || readings.some((r) => key(r) !== key(readings[0]!)) || key(readings[0]!) === '') return EMPTY;
  return readings[0]!;
}

/** The word is read only as a typo of a class word ("omgnag"), not as a word or compound of its own. */
export function typoOnly(norm: string): boolean {
  return !LEXICON.has(norm) && !norm.includes('-') && headEntries(norm) === EMPTY && entriesOf(norm).length > 0;
}

/** The particles that complete this bare verb form ("vragen … aan", "leggen … op"). */
export function particlesOf(norm: string): ReadonlySet<string> | undefined {
  return BARE_PARTICLES.get(norm);
}

/** Particles that complete a separable verb somewhere in the sentence. */
export function isParticle(norm: string): boolean {
  return PARTICLES.has(norm);
}
