package steward.promise;

/** Where a promise was made. */
public enum PromiseSource {
    CALL,
    COMPLAINT,
    INQUIRY,
    COLLECTION,
    INSPECTION,
    OTHER
}
