package steward.knowledge;

/** How the customer asked: on the phone or in person at the desk. */
public enum InquiryChannel {
    PHONE,
    DESK
}
