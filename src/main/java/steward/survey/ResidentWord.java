package steward.survey;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The resident's answers on the complaint's page, beside the staff member's own entry ({@code inject:residentWord}). */
@Named("residentWord")
@RequestScoped
public class ResidentWord {

    @Inject
    SurveyService surveys;

    public List<SurveyService.View> of(Long complaintId) {
        return surveys.ofComplaint(complaintId);
    }
}
