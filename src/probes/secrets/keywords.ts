// Pure: finds which of many keywords occur in a text, case-insensitively, in one pass (an Aho-Corasick
// automaton over ASCII, compiled into a full transition table). A regular expression alternation of
// a few hundred keywords tries each branch at every position; this looks at each character once.

/** Characters are folded to lowercase ASCII; anything else is one symbol no keyword contains. */
const ALPHABET = 128;
const OTHER = 0;

export class KeywordMatcher {
  readonly keywords: readonly string[];
  /**
   * The automaton, folded: entry [offset + code] for a character code below 128 (anything else as
   * code 0, a symbol no keyword holds) is the next state's offset (state * ALPHABET), or -offset - 1
   * when some keyword ends there. Case folding and acceptance cost no lookup of their own.
   */
  private readonly next: Int32Array;
  /** Keyword ids ending at each state (its own and those of its suffix states), by state offset / ALPHABET. */
  private readonly outputs: ReadonlyArray<readonly number[]>;

  constructor(keywords: readonly string[]) {
    this.keywords = [...new Set(keywords.map((k) => k.toLowerCase()))].filter((k) => k.length > 0);
    for (const keyword of this.keywords) {
      if (!isAsciiKeyword(keyword)) throw new Error(`keyword is not ASCII: ${keyword}`);
    }
    const goto: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    this.keywords.forEach((keyword, id) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const symbol = keyword.charCodeAt(i);
        let target = goto[state]!.get(symbol);
        if (target === undefined) {
          target = goto.length;
          goto.push(new Map());
          own.push([]);
          goto[state]!.set(symbol, target);
        }
        state = target;
      }
      own[state]!.push(id);
    });

    // Breadth first: each state's failure is the longest proper suffix that is also a prefix.
    const states = goto.length;
    const delta = new Int32Array(states * ALPHABET);
    const fail = new Int32Array(states);
    const outputs: number[][] = own.map((ids) => [...ids]);
    const queue: number[] = [];
    for (let symbol = 0; symbol < ALPHABET; symbol++) {
      const target = goto[0]!.get(symbol) ?? 0;
      delta[symbol] = target;
      if (target !== 0) queue.push(target);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      outputs[state]!.push(...outputs[fail[state]!]!);
      for (let symbol = 0; symbol < ALPHABET; symbol++) {
        const target = goto[state]!.get(symbol);
        if (target === undefined) {
          delta[state * ALPHABET + symbol] = delta[fail[state]! * ALPHABET + symbol]!;
        } else {
          fail[target] = delta[fail[state]! * ALPHABET + symbol]!;
          delta[state * ALPHABET + symbol] = target;
          queue.push(target);
        }
      }
    }
    const next = new Int32Array(states * ALPHABET);
    for (let state = 0; state < states; state++) {
      for (let code = 0; code < ALPHABET; code++) {
        const target = delta[state * ALPHABET + FOLD[code]!]!;
        next[state * ALPHABET + code] = outputs[target]!.length > 0 ? -target * ALPHABET - 1 : target * ALPHABET;
      }
    }
    this.next = next;
    this.outputs = outputs;
  }

  /**
   * What occurs in text[from, to): KEYWORD_MARKED when a keyword `marked` flags (by id), else
   * KEYWORD_OTHER when other keywords do, else 0.
   */
  classify(text: string, from: number, to: number, marked: Uint8Array): number {
    const { next, outputs } = this;
    let found = 0;
    let offset = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      offset = next[offset + (code < ALPHABET ? code : OTHER)]!;
      if (offset >= 0) continue;
      offset = -offset - 1;
      const ids = outputs[offset / ALPHABET]!;
      for (let k = 0; k < ids.length; k++) {
        if (marked[ids[k]!]) return KEYWORD_MARKED;
        found = KEYWORD_OTHER;
      }
    }
    return found;
  }

  /** The ids of the keywords that occur in the text. */
  present(text: string): Set<number> {
    const { next, outputs } = this;
    const found = new Set<number>();
    let offset = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      offset = next[offset + (code < ALPHABET ? code : OTHER)]!;
      if (offset >= 0) continue;
      offset = -offset - 1;
      const ids = outputs[offset / ALPHABET]!;
      for (let k = 0; k < ids.length; k++) found.add(ids[k]!);
    }
    return found;
  }
}

export const KEYWORD_MARKED = 1;
export const KEYWORD_OTHER = 2;

/** Whether the matcher can take a keyword: ASCII without NUL. */
export function isAsciiKeyword(keyword: string): boolean {
  for (let i = 0; i < keyword.length; i++) {
    const code = keyword.charCodeAt(i);
    if (code === 0 || code >= ALPHABET) return false;
  }
  return true;
}

/** ASCII folded to lowercase. */
const FOLD = Uint8Array.from({ length: ALPHABET }, (_, code) => (code >= 65 && code <= 90 ? code + 32 : code));
