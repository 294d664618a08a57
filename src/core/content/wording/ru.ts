/** The content coach in Russian. Counts stand after a dash or a colon, so no noun needs a plural form. */
import type { CoachWording } from './types.js';

export const ru: CoachWording = {
  findings: {
    over_limit: 'Длина текста — {length}, на {over} больше предела сети ({limit}): сеть его не примет.',
    no_image:
      'В этом посте нет картинки или видео, и они были бы только у {withImagePercent}% постов вокруг него — меньше, чем {minPercent}% по плану. Картинками делятся чаще всего: добавьте её.',
    no_image_within_mix:
      'В этом посте нет картинки или видео. Они есть у {withImagePercent}% постов вокруг него, включая этот, так что план ({minPercent}%) выполняется, но картинками делятся чаще всего.',
    untracked_link: 'Ссылка {url} не отслеживается, поэтому переходы и заказы по ней не будут учтены.',
    mostly_self_promotion:
      'Рекламных постов вокруг этой даты, включая этот, — {promotionalCount} из {postCount} ({percent}%; по плану не больше {maxPercent}%). Этот пост считается рекламным из-за слов: {words}. Добавьте посты, которые помогают подписчикам или развлекают их.',
    quiet_hour: 'В это время ({weekday}, {hour}) активны немногие подписчики: около {activityPercent}% от среднего часа. Попробуйте: {suggestedWeekday}, {suggestedHour}.',
    no_dialogue_for_a_week:
      'Ни этот пост, ни посты за {days} дн. до него не задают вопросов и не приглашают ответить. Спросите подписчиков о чём-нибудь или устройте опрос, чтобы начать разговор.',
  },
  rules: {
    over_limit: 'Слишком длинный текст',
    no_image: 'Нет картинки',
    untracked_link: 'Ссылка без отслеживания',
    self_promotion: 'Слишком много рекламы',
    quiet_hour: 'Тихое время',
    no_dialogue_for_a_week: 'Нет диалога за неделю',
  },
};
