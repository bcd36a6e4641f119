package steward.knowledge;

/** What an answer is about: the topics customers ask the center about most. */
public enum AnswerCategory {
    FEES,
    ACCESS_CARDS,
    PARKING,
    RENOVATION,
    PETS,
    DELIVERIES,
    QUIET_HOURS,
    KEYS,
    MOVING,
    FACILITIES,
    OTHER
}
