/** Publishing as the API contract shapes it (src/client/endpoints/publishing.ts). */
import type { EndpointInput, EndpointOutput } from '../../client/client.js';

export type Post = EndpointOutput<'listPosts'>['items'][number];
export type PostDetail = EndpointOutput<'getPost'>;
export type PostStatus = Post['status'];
export type PostTransition = PostDetail['history'][number];
/** Content as the API takes it (the master version or one account's variant). */
export type PostContent = EndpointInput<'createPost'>['body']['content'];
export type PostPart = PostContent['parts'][number];
export type PollContent = NonNullable<PostContent['poll']>;
export type ContentProblem = Post['problems'][number];
export type CoachFinding = Post['findings'][number];
export type MediaAsset = EndpointOutput<'listMedia'>['items'][number];
export type CalendarData = EndpointOutput<'getCalendar'>;
export type CadenceRow = CalendarData['cadence'][number];
export type AccountSchedule = EndpointOutput<'getAccountSchedule'>;
export type QueueSlot = AccountSchedule['slots'][number];
export type PublishingSettings = EndpointOutput<'getPublishingSettings'>;
export type Account = EndpointOutput<'listConnections'>['items'][number];
export type Network = EndpointOutput<'listNetworks'>['items'][number];
