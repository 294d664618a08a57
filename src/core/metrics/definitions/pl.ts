/** Katalog metryk po polsku. */
import type { MetricWording } from './types.js';

export const pl: MetricWording = {
  engagement_rate_by_reach: { name: 'Wskaźnik zaangażowania wobec zasięgu', definition: 'Jaka część osób, które zobaczyły wpis, na niego zareagowała.', formula: 'interakcje ÷ zasięg × 100' },
  engagement_rate_by_impressions: { name: 'Wskaźnik zaangażowania wobec wyświetleń', definition: 'Reakcje na każde sto wyświetleń wpisu.', formula: 'interakcje ÷ wyświetlenia × 100' },
  engagement_rate_by_followers: { name: 'Wskaźnik zaangażowania wobec obserwujących', definition: 'Reakcje w odniesieniu do wielkości odbiorców w chwili publikacji.', formula: 'interakcje ÷ obserwujący × 100' },
  amplification_rate: { name: 'Wskaźnik wzmocnienia', definition: 'Jak często obserwujący przekazują wpis dalej swoim obserwującym.', formula: '(udostępnienia + cytaty) ÷ obserwujący × 100' },
  applause_rate: { name: 'Wskaźnik aplauzu', definition: 'Średnia liczba polubień jednego wpisu.', formula: 'polubienia ÷ wpisy' },
  conversation_rate: { name: 'Wskaźnik rozmowy', definition: 'Średnia liczba odpowiedzi (komentarzy) pod jednym wpisem.', formula: 'odpowiedzi ÷ wpisy' },
  virality_rate: { name: 'Wskaźnik wiralności', definition: 'Udostępnienia na każde sto wyświetleń wpisu.', formula: '(udostępnienia + cytaty) ÷ wyświetlenia × 100' },
  audience_growth_rate: { name: 'Tempo wzrostu odbiorców', definition: 'O ile wzrosła liczba obserwujących w tym okresie.', formula: '(obserwujący na końcu − obserwujący na początku) ÷ obserwujący na początku × 100' },
  click_through_rate: { name: 'Współczynnik klikalności (CTR)', definition: 'Kliknięcia w śledzone linki na każde sto wyświetleń wpisów, które je zawierają.', formula: 'kliknięcia ÷ wyświetlenia × 100' },
  conversion_rate: { name: 'Współczynnik konwersji', definition: 'Zamówienia na każde sto kliknięć, z których pochodzą; gdy liczy się każde zamówienie, może przekroczyć 100%.', formula: 'zamówienia ÷ kliknięcia × 100' },
  cost_per_order: { name: 'Koszt zamówienia', definition: 'Ile kosztowało jedno zamówienie z tego kanału; powyżej średniej wartości zamówienia kanał przynosi stratę.', formula: 'wydatki ÷ zamówienia' },
  return_on_spend: { name: 'Zwrot z wydatków', definition: 'Ile wydatki zarobiły ponad samą swoją kwotę.', formula: '(przychód − wydatki) ÷ wydatki × 100' },
  net_sentiment: { name: 'Sentyment netto', definition: 'Przewaga wiadomości pozytywnych nad negatywnymi, od −1 (same negatywne) do 1 (same pozytywne); neutralne się nie liczą.', formula: '(pozytywne − negatywne) ÷ (pozytywne + negatywne)' },
  first_response_time: { name: 'Czas pierwszej odpowiedzi', definition: 'Jak długo ludzie czekają na pierwszą odpowiedź w rozmowie, w minutach roboczych.', formula: 'Σ czasów pierwszej odpowiedzi ÷ rozmowy z odpowiedzią (obok mediana)' },
  average_response_time: { name: 'Średni czas odpowiedzi', definition: 'Ile średnio trwa odpowiedź, licząc wszystkie odpowiedzi, nie tylko pierwszą.', formula: 'Σ czasów odpowiedzi ÷ liczba odpowiedzi' },
  engaged_share: { name: 'Udział zaangażowanych odbiorców', definition: 'Jaka część obserwujących naprawdę rozmawiała z kontem w ostatnich 30 dniach: jakość ponad liczbę.', formula: 'różne osoby, które skomentowały lub wspomniały konto (30 dni) ÷ obserwujący × 100' },
  repeat_purchase_rate: { name: 'Wskaźnik ponownych zakupów', definition: 'Ilu klientów, którzy pierwszy raz przyszli z mediów społecznościowych, zamówiło ponownie.', formula: 'klienci z drugim zamówieniem ÷ klienci × 100' },
  reach_beyond_followers: { name: 'Zasięg poza obserwującymi', definition: 'Jak daleko dotarł wpis w porównaniu z liczbą obserwujących; powyżej 1 dotarł do osób, które nie obserwują konta.', formula: 'zasięg ÷ obserwujący w chwili publikacji' },
};
