export const id = 691;
export const ids = [691];
export const modules = {

/***/ 1691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   octokitCommentApi: () => (/* binding */ octokitCommentApi)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
// The sticky comment's GitHub calls through octokit. Loaded only when a comment is posted: octokit is a
// large part of the Action's start-up cost.

/** CommentApi over the REST API (GITHUB_API_URL is honoured by @actions/github). */
function octokitCommentApi(token, repository, issueNumber) {
    const [owner = '', repo = ''] = repository.split('/');
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token);
    const where = { owner, repo, issue_number: issueNumber };
    return {
        list: () => octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 100 }),
        create: async (body) => (await octokit.rest.issues.createComment({ ...where, body })).data,
        update: async (id, body) => (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data,
    };
}


/***/ })

};
