export const id = 721;
export const ids = [721];
export const modules = {

/***/ 49721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadShardEvidence: () => (/* binding */ downloadShardEvidence),
/* harmony export */   uploadEvidence: () => (/* binding */ uploadEvidence)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93714);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _merge_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29631);
/* harmony import */ var _artifact_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73197);
// The evidence artifacts through the Actions results service: a run uploads evidence.json and report.md as
// one artifact; the merge step of a sharded run lists the run's artifacts and downloads every shard's.
// Loaded only when an upload or a download happens: the artifact client is most of the Action's start-up cost.





/** Uploads `files` (all in one folder) zipped at the artifact's top level; returns the artifact id. */
async function uploadEvidence(name, files) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(files[0] ?? '.');
    if (files.some((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file) !== root)) {
        throw new Error(`evidence files must share one folder: ${files.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(f)).join(', ')}`);
    }
    const { id } = await new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9().uploadArtifact(name, [...files], root);
    if (id === undefined)
        throw new Error('the artifact service returned no artifact id');
    return id;
}
/**
 * Downloads the evidence of every shard of this run (`<name>-shard-I-of-N`, see pickShardArtifacts) into
 * `dir`. Each document is named after its artifact, so the merge's errors say which artifact is off.
 */
async function downloadShardEvidence(name, dir) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9();
    const listed = await client.listArtifacts().catch((error) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G(`could not list the artifacts of this run: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error)}`);
    });
    const documents = [];
    for (const artifact of (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_4__/* .pickShardArtifacts */ .xR)(listed.artifacts, name)) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, artifact.name);
        const digest = listed.artifacts.find((a) => a.id === artifact.id)?.digest;
        const { digestMismatch } = await client
            .downloadArtifact(artifact.id, { path, ...(digest ? { expectedHash: digest } : {}) })
            .catch((error) => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G(`could not download artifact ${artifact.name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(error)}`);
        });
        if (digestMismatch)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G(`artifact ${artifact.name}: its download does not match the digest it was uploaded with`);
        documents.push((0,_merge_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readShard */ .X)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'evidence.json'), `artifact ${artifact.name}`));
    }
    return documents;
}


/***/ })

};
