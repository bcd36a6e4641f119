package steward.knowledge;

/** How an inquiry was answered. */
public enum InquiryOutcome {
    /** With a published version of the answer book. */
    ANSWERED,
    /** Answered by the staff member without the book: what the consistency report watches. */
    ANSWERED_WITHOUT_BOOK,
    /** Not answered yet: 「對不起,請您稍等,我了解一下再告訴您好嗎」 and a callback promise. */
    CALLBACK
}
