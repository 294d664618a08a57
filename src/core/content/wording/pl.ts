/** The content coach in Polish. Counts stand after a colon or in brackets, so no noun needs a plural form. */
import type { CoachWording } from './types.js';

export const pl: CoachWording = {
  findings: {
    over_limit: 'Długość tekstu: {length}, o {over} więcej niż limit sieci ({limit}). Sieć go odrzuci.',
    no_image:
      'Ten post nie ma zdjęcia ani wideo, a miałoby je tylko {withImagePercent}% postów wokół niego, mniej niż {minPercent}% z planu. Zdjęciami ludzie dzielą się najchętniej: dodaj jedno.',
    no_image_within_mix:
      'Ten post nie ma zdjęcia ani wideo. Ma je {withImagePercent}% postów wokół niego, łącznie z tym, więc plan ({minPercent}%) jest spełniony, ale zdjęciami ludzie dzielą się najchętniej.',
    untracked_link: 'Link {url} nie jest śledzony, więc kliknięcia i zamówienia z niego nie zostaną policzone.',
    mostly_self_promotion:
      'Posty reklamowe wokół tej daty, łącznie z tym: {promotionalCount} z {postCount} ({percent}%; plan dopuszcza {maxPercent}%). Ten post liczy się jako reklama przez słowa: {words}. Przeplataj je postami, które pomagają obserwującym lub ich bawią.',
    quiet_hour: 'O tej porze ({weekday}, {hour}) aktywnych jest niewielu obserwujących: około {activityPercent}% przeciętnej godziny. Spróbuj: {suggestedWeekday}, {suggestedHour}.',
    no_dialogue_for_a_week:
      'Ani ten post, ani posty z {days} dni przed nim nie zadają pytania ani nie zachęcają do odpowiedzi. Zapytaj o coś obserwujących albo zrób ankietę, aby zacząć rozmowę.',
  },
  rules: {
    over_limit: 'Za długi tekst',
    no_image: 'Bez zdjęcia',
    untracked_link: 'Link bez śledzenia',
    self_promotion: 'Za dużo autopromocji',
    quiet_hour: 'Cicha pora',
    no_dialogue_for_a_week: 'Brak dialogu od tygodnia',
  },
};
