package steward.complaint;

/**
 * The resident scored the handling of their resolved complaint low in the survey (steward.survey): the complaint
 * goes back to the supervisors. Fired synchronously inside the answering transaction.
 */
public record ResidentDissatisfied(Long complaintId, Long surveyId, int satisfaction, String comment) {
}
