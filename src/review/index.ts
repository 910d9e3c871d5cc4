/** The review workflow (batches, decisions, corrections, 审核意见), for `nianbao/corpus`. */
export { reviewStatuses, statusLabels, findingKey, createBatch, listBatches, showBatch, addToBatch, setStatus, reviewOf, decide, rememberedDismissals, rememberedDecisions, correctCell, correctionsOf, correctedPayload, applyCorrections, type CorrectionResult, type ReviewStatus, type Decision, type Correction, type ReportReview, type BatchSummary, type BatchDetail } from './review.js';
export { batchOpinion, opinionHtml, opinionDocx, type Opinion, type OrganOpinion, type OpinionItem } from './opinion.js';
export { compareVersions, type VersionChanges, type ChangedCell } from './versions.js';
