/**
 * An explainable detector of dialogue: a post that asks a question or invites people to reply, in
 * English, Indonesian, Russian and Polish (seed 001: involve customers, ask their opinion). A
 * question mark outside links counts, and so do invitations written without one ("Tell us your
 * favourite", "Напишите в комментариях", "Dajcie znać"). Like the promotion detector it reports
 * what it matched, and checks every language on every post. Imperatives are listed as such: "расскажем"
 * (we will tell) or "podzielimy się" (we will share) announce, they do not invite.
 */
import { findPhrases, phraseBook, withoutLinks } from './phrases.js';

const INVITATIONS = phraseBook({
  en: [
    'what do you think', 'what would you', 'which one', 'which do you', 'tell us', 'let us know', 'let me know',
    'comment below', 'in the comments', 'share your', 'your thoughts', 'your opinion', 'vote', 'tag a friend',
    'tag someone', 'reply with', 'drop a comment', 'we want to hear', "we'd love to hear", 'ask us',
  ],
  id: [
    'bagaimana menurut*', 'apa pendapat*', 'menurut kalian', 'menurutmu', 'ceritakan', 'kolom komentar',
    'tulis di komentar', 'komen di bawah', 'beri tahu kami', 'kasih tahu kami', 'bagikan pendapat*',
    'bagikan pengalaman*', 'share pengalaman*', 'pilih mana', 'mana yang', 'yuk jawab', 'tag teman*',
  ],
  ru: [
    'что думаете', 'что вы думаете', 'как думаете', 'как вы думаете', 'напиш* в комментари*', 'пиш* в комментари*',
    'в комментари*', 'расскажите', 'расскажи', 'поделитесь', 'ваше мнение', 'ваши мнения', 'голосу*', 'проголосу*', 'дайте знать',
    'ответьте', 'а вы', 'отметьте друз*',
  ],
  pl: [
    'co myślicie', 'co sądzicie', 'jak myślicie', 'dajcie znać', 'daj znać', 'napisz* w komentarz*', 'w komentarz*',
    'podzielcie się', 'podziel się', 'wasze zdanie', 'wasza opinia', 'waszą opinię', 'zagłosuj*', 'głosuj*', 'odpowiedz', 'odpowiedzcie', 'a wy',
    'oznacz* znajom*',
  ],
});

/** Latin, full-width and Arabic question marks; Spanish-style "¿" opens a question too. */
const QUESTION_MARK = /[?？¿؟]/u;

/** What made a post a dialogue: a question mark, or an invitation to reply as written. */
export interface DialogueVerdict {
  readonly dialogue: boolean;
  readonly questionMark: boolean;
  readonly invitations: readonly string[];
}

/** Whether a post's text asks a question or invites replies, and what says so. */
export function detectDialogue(text: string): DialogueVerdict {
  const questionMark = QUESTION_MARK.test(withoutLinks(text));
  const invitations = [...new Set(findPhrases(text, INVITATIONS).map((match) => match.text))];
  return { dialogue: questionMark || invitations.length > 0, questionMark, invitations };
}
