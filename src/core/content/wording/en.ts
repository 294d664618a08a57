/** The content coach in English: the reference every other language translates. */
import type { CoachWording } from './types.js';

export const en: CoachWording = {
  findings: {
    over_limit: 'The text is {length} characters long, {over} over the network’s limit of {limit}: the network would refuse it.',
    no_image:
      'This post has no picture or video, and only {withImagePercent}% of the posts around it would have one, below the plan’s {minPercent}%. Pictures are what people share most: add one.',
    no_image_within_mix:
      'This post has no picture or video. {withImagePercent}% of the posts around it, this one included, have one, so the plan’s {minPercent}% still holds, but pictures are what people share most.',
    untracked_link: 'The link {url} is not a tracked link, so its clicks and orders will not be counted.',
    mostly_self_promotion:
      '{promotionalCount} of {postCount} posts around this date, this one included, are promotional ({percent}%; the plan allows {maxPercent}%). This one counts because of: {words}. Mix in posts that help or entertain your followers.',
    quiet_hour: 'Few of your followers are active at this time ({weekday}, {hour}): about {activityPercent}% of an average hour. Try {suggestedWeekday}, {suggestedHour}.',
    no_dialogue_for_a_week:
      'Neither this post nor any in the {days} days before it asks a question or invites a reply. Ask your followers something, or run a poll, to start a conversation.',
  },
  rules: {
    over_limit: 'Too long',
    no_image: 'No image',
    untracked_link: 'Untracked link',
    self_promotion: 'Too much self-promotion',
    quiet_hour: 'Quiet time',
    no_dialogue_for_a_week: 'No dialogue this week',
  },
};
