import { useEffect, useState } from 'react';
import { api } from '../../api/apiClient.js';
import { toFailureNotice, type FailureNotice } from '../../api/errors.js';
import type { ContentProblem, CoachFinding, PostContent } from '../types.js';

/** How long typing must pause before the composer asks the server to check the post. */
export const VALIDATION_DELAY_MS = 600;

export interface ValidationBody {
  content: PostContent;
  targets: { accountId: string; content: PostContent | null }[];
  scheduledAt: string | null;
}

export interface Validation {
  problems: ContentProblem[];
  findings: CoachFinding[];
  /** True while the text shown is older than the draft (typing, or the request in flight). */
  pending: boolean;
  failure: FailureNotice | undefined;
}

interface Answer {
  key: string;
  problems: ContentProblem[];
  findings: CoachFinding[];
  failure?: FailureNotice;
}

/**
 * Live validation (P1, P4): the network rules' problems and the coach's findings for the draft,
 * asked for once typing pauses. The last answer stays on screen while a newer one is on its way.
 */
export function useValidation(workspaceId: string, body: ValidationBody | undefined): Validation {
  const key = body ? JSON.stringify(body) : '';
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);

  useEffect(() => {
    if (!body) return;
    let current = true;
    const timer = window.setTimeout(() => {
      api.call('validatePost', { params: { workspaceId }, body: { content: body.content, targets: body.targets, scheduledAt: body.scheduledAt } }).then(
        ({ problems, findings }) => {
          if (current) setAnswer({ key, problems, findings });
        },
        (error: unknown) => {
          if (current) setAnswer({ key, problems: [], findings: [], failure: toFailureNotice(error) });
        },
      );
    }, VALIDATION_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // `body` is new on every render; `key` is its content.
  }, [workspaceId, key]);

  if (!body) return { problems: [], findings: [], pending: false, failure: undefined };
  return { problems: answer?.problems ?? [], findings: answer?.findings ?? [], pending: answer?.key !== key, failure: answer?.failure };
}
