// The sticky comment's GitHub calls through octokit. Loaded only when a comment is posted: octokit is a
// large part of the Action's start-up cost.
import { getOctokit } from '@actions/github';
import type { CommentApi } from './comment.js';

/** CommentApi over the REST API (GITHUB_API_URL is honoured by @actions/github). */
export function octokitCommentApi(token: string, repository: string, issueNumber: number): CommentApi {
  const [owner = '', repo = ''] = repository.split('/');
  const octokit = getOctokit(token);
  const where = { owner, repo, issue_number: issueNumber };
  return {
    list: () => octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 100 }),
    create: async (body) => (await octokit.rest.issues.createComment({ ...where, body })).data,
    update: async (id, body) => (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data,
  };
}
