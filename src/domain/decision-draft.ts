/**
 * Decision drafts: the note-taker starts from the recommendation (Indstilling) turned into the
 * past tense the minutes use, e.g. "at dagsorden til dette møde godkendes" becomes "Chefforum
 * godkendte dagsordenen til dette møde". A draft is a suggestion to edit, so an unknown phrasing
 * falls back to "Chefforum besluttede, at …" rather than guessing at grammar.
 */
import type { AgendaItem } from './meeting';

/** A draft as verb and the rest, so several drafts can share one verb when combined. */
interface Draft {
  verb: string;
  /** Starts with its separator from the verb: ' dagsordenen …' or ', at …'. */
  rest: string;
}

/** Passive present (as in "… godkendes") → past active ("godkendte"). */
const PASSIVE: Readonly<Record<string, string>> = {
  godkendes: 'godkendte',
  drøftes: 'drøftede',
  besluttes: 'besluttede',
  tiltrædes: 'tiltrådte',
  anbefales: 'anbefalede',
  vedtages: 'vedtog',
  udsættes: 'udsatte',
  behandles: 'behandlede',
  prioriteres: 'prioriterede',
};

/** Present with the forum as subject ("Chefforum godkender …") → past ("godkendte"). */
const PRESENT: Readonly<Record<string, string>> = {
  godkender: 'godkendte',
  drøfter: 'drøftede',
  tager: 'tog',
  beslutter: 'besluttede',
  fortsætter: 'fortsatte',
  medvirker: 'medvirkede',
  anbefaler: 'anbefalede',
  tiltræder: 'tiltrådte',
  vedtager: 'vedtog',
  udsætter: 'udsatte',
  behandler: 'behandlede',
  prioriterer: 'prioriterede',
  udpeger: 'udpegede',
  udveksler: 'udvekslede',
  følger: 'fulgte',
  bakker: 'bakkede',
  giver: 'gav',
  orienteres: 'blev orienteret',
  præsenteres: 'blev præsenteret',
};

/** Nouns the recommendations use in the indefinite form where a decision uses the definite. */
const DEFINITE: Readonly<Record<string, string>> = {
  dagsorden: 'dagsordenen',
  referat: 'referatet',
  referater: 'referaterne',
  orientering: 'orienteringen',
  indstilling: 'indstillingen',
  program: 'programmet',
  kommissorium: 'kommissoriet',
  oplæg: 'oplægget',
  notat: 'notatet',
  udkast: 'udkastet',
  forslag: 'forslaget',
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The point's own words: no leading "at", no trailing full stop, single spaces. */
function clean(point: string): string {
  return point
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^at\s+/i, '')
    .replace(/[\s.]+$/, '');
}

function definite(object: string): string {
  const [first = '', ...rest] = object.split(' ');
  const form = DEFINITE[first];
  return form === undefined ? object : [form, ...rest].join(' ');
}

/** "A drøftes og godkendes" → 'drøftede og godkendte'; null unless every verb is known. */
function verbs(words: string[], table: Readonly<Record<string, string>>): string | null {
  const past = words.filter((word) => word !== 'og').map((word) => table[word.toLowerCase()]);
  return past.every((verb) => verb !== undefined) ? past.join(' og ') : null;
}

function toDraft(point: string, forum: string): Draft {
  const text = clean(point);
  const subject = new RegExp(`^(?:${escape(forum)}|chefforum)\\s+(\\p{L}+(?:\\s+og\\s+\\p{L}+)?)(,?)\\s+(.+)$`, 'iu').exec(text);
  if (subject) {
    const verb = verbs(subject[1]!.split(/\s+/), PRESENT);
    if (verb) return { verb, rest: subject[2] ? `, ${subject[3]}` : ` ${definite(subject[3]!)}` };
  }
  // "at det drøftes, hvordan …": the clause is the object.
  const impersonal = /^det\s+(\p{L}+),?\s+(.+)$/iu.exec(text);
  if (impersonal) {
    const verb = verbs([impersonal[1]!], PASSIVE);
    if (verb) return { verb, rest: `, ${impersonal[2]}` };
  }
  const noted = /^(.+?)\s+tages\s+til\s+efterretning$/iu.exec(text);
  if (noted) return { verb: 'tog', rest: ` ${definite(noted[1]!)} til efterretning` };

  const words = text.split(' ');
  const tail = words.length >= 4 && words.at(-2) === 'og' ? 3 : 1;
  if (words.length > tail) {
    const verb = verbs(words.slice(-tail), PASSIVE);
    if (verb) return { verb, rest: ` ${definite(words.slice(0, -tail).join(' '))}` };
  }
  return { verb: 'besluttede', rest: `, at ${text}` };
}

/**
 * A past-tense decision draft for one recommendation point, with `forum` as subject:
 * "at orienteringen tages til efterretning" → "Chefforum tog orienteringen til efterretning".
 */
export function draftDecision(point: string, forum: string): string {
  const draft = toDraft(point, forum);
  return `${forum} ${draft.verb}${draft.rest}`;
}

/** Drafts for a punkt: one per recommendation point, and one sentence for all when several. */
export interface DecisionDrafts {
  perPoint: string[];
  combined: string | null;
}

/**
 * Drafts for a punkt's recommendation. The combined draft names the forum once and each verb
 * once per run of points sharing it: "Chefforum godkendte dagsordenen … og referatet …".
 */
export function draftsFor(item: Pick<AgendaItem, 'recommendation'>, forum: string): DecisionDrafts {
  const points = (item.recommendation?.points ?? []).filter((point) => clean(point) !== '');
  const drafts = points.map((point) => toDraft(point, forum));
  const perPoint = drafts.map((draft) => `${forum} ${draft.verb}${draft.rest}`);
  if (drafts.length < 2) return { perPoint, combined: null };
  const parts = drafts.map((draft, i) =>
    i > 0 && drafts[i - 1]!.verb === draft.verb ? draft.rest.replace(/^,?\s*/, '') : `${draft.verb}${draft.rest}`,
  );
  const list = `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)!}`;
  return { perPoint, combined: `${forum} ${list}` };
}
