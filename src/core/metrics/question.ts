/**
 * Whether a post asks its audience something, for the "question or statement" comparison. A
 * question mark anywhere decides it; otherwise a sentence opening with an interrogative word of
 * one of the four UI languages does (Indonesian and informal Polish or Russian often drop the "?").
 */
const QUESTION_MARKS = /[?？¿]/u;

const OPENERS: readonly string[] = [
  // English
  'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where', 'do you', 'did you', 'have you', 'would you', 'will you', 'can you', 'could you', 'are you', 'is it', 'should we',
  // Indonesian
  'apa', 'apakah', 'siapa', 'mengapa', 'kenapa', 'bagaimana', 'kapan', 'di mana', 'dimana', 'berapa', 'mana',
  // Russian
  'что', 'кто', 'почему', 'зачем', 'как', 'когда', 'где', 'куда', 'какой', 'какая', 'какие', 'какое', 'сколько',
  // Polish
  'co', 'kto', 'dlaczego', 'czemu', 'jak', 'kiedy', 'gdzie', 'który', 'która', 'które', 'ile', 'czy',
];

/** Sentence starts: the text's start and after ., ! or a line break. */
const SENTENCE_START = /(?:^|[.!\n]\s*)([\p{L}\s]{1,24})/gu;

export function isQuestion(text: string): boolean {
  if (QUESTION_MARKS.test(text)) return true;
  for (const match of text.toLowerCase().matchAll(SENTENCE_START)) {
    const words = (match[1] ?? '').trim().split(/\s+/u);
    const first = words[0] ?? '';
    const firstTwo = words.slice(0, 2).join(' ');
    if (OPENERS.includes(first) || OPENERS.includes(firstTwo)) return true;
  }
  return false;
}
