/** English clauses, as far as the words say: where the one around a predicate starts and ends. */

// Reported speech opens a clause of its own: in "Takaichi said Lee picked up the beat", Lee picked it up.
const CLAUSE_BREAK =
  /[;:]|,\s*(?:so|but|while|after|because|when|as|and)\b|\s(?:so|but|while|after|because|whereas)\s|、|\b(?:said|says|wrote|writes|noted|added|stated|recalled|admitted|conceded|remarked|revealed)\s+(?:that\s+)?(?=\p{L})|\b(?:saying|writing|noting|adding|stating|recalling|admitting|conceding|remarking|revealing|explaining|telling \S+)\s+that\s+(?=\p{L})/gu;

/** The clause around a predicate: from the last break before it to the first after it. */
export function clauseOf(text: string, pred: { start: number; end: number }): [number, number] {
  let start = 0;
  let end = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= pred.start) start = m.index + m[0].length;
    else if (m.index >= pred.end) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}
