package steward.promise;

public enum PromiseState {
    OPEN,
    KEPT,
    BROKEN,
    RENEGOTIATED
}
