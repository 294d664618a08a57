/**
 * What a post says, network-neutral: the parts of a thread (one part is a single post), each
 * with text and media from the library, and the extras some networks take. The composer writes a
 * master version; an account may get its own variant.
 */

export interface PostPartContent {
  text: string;
  /** Media library asset ids, in order. */
  mediaIds: string[];
}

export interface PollContent {
  options: string[];
  durationMinutes: number;
  multipleChoice: boolean;
}

export interface PostContent {
  parts: [PostPartContent, ...PostPartContent[]];
  poll: PollContent | null;
  firstComment: string | null;
  contentWarning: string | null;
}

/** The content a target publishes: its own variant, or the post's master version. */
export function contentForTarget(master: PostContent, variant: PostContent | null): PostContent {
  return variant ?? master;
}

/** Every media id a content uses, once each. */
export function mediaIdsOf(content: PostContent): string[] {
  return [...new Set(content.parts.flatMap((part) => part.mediaIds))];
}
