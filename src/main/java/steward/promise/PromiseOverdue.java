package steward.promise;

/**
 * A promise fell due and was not kept. Fired synchronously inside the alert job's transaction, once per
 * promise, so that the capability it came from can act (a complaint is escalated to the supervisor).
 */
public record PromiseOverdue(Long promiseId, Long siteId, PromiseSource source, Long sourceId) {
}
