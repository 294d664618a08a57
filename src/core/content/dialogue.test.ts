import { describe, expect, it } from 'vitest';
import { detectDialogue } from './dialogue.js';

describe('dialogue detector', () => {
  it.each([
    ['en', 'Tell us your favourite flavour', ['Tell us']],
    ['en', 'New mugs are in. What do you think', ['What do you think']],
    ['id', 'Bagaimana menurutmu desain baru ini', ['Bagaimana menurutmu']],
    ['id', 'Apa pendapat kalian? Tulis di kolom komentar', ['Apa pendapat', 'kolom komentar']],
    ['ru', 'Что думаете о новом вкусе', ['Что думаете']],
    ['ru', 'Напишите в комментариях, какой кофе вы пьёте', ['Напишите в комментариях']],
    ['pl', 'Co myślicie o nowym smaku', ['Co myślicie']],
    ['pl', 'Dajcie znać w komentarzach', ['Dajcie znać', 'w komentarzach']],
  ])('finds an invitation in %s: %s', (_language, text, invitations) => {
    const verdict = detectDialogue(text);
    expect(verdict.dialogue).toBe(true);
    expect(verdict.invitations).toEqual(invitations);
  });

  it.each(['Which one would you pick?', 'Kamu pilih yang mana?', 'А вам какой больше нравится?', 'Który wybieracie？'])('counts a question mark: %s', (text) => {
    expect(detectDialogue(text)).toMatchObject({ dialogue: true, questionMark: true });
  });

  it.each([
    ['en', 'Fresh bread every morning from 7 am.'],
    ['id', 'Toko kami buka setiap hari mulai pukul 8.'],
    ['ru', 'Скоро расскажем, как мы обжариваем зёрна.'],
    ['pl', 'Wkrótce podzielimy się przepisem. Nasza odpowiedzialność to jakość.'],
  ])('finds none in a %s statement: %s', (_language, text) => {
    expect(detectDialogue(text)).toEqual({ dialogue: false, questionMark: false, invitations: [] });
  });

  it('does not take the question mark of a link for a question', () => {
    expect(detectDialogue('Menu: https://example.com/menu?day=mon').dialogue).toBe(false);
  });
});
