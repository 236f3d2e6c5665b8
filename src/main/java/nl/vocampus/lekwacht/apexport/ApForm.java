package nl.vocampus.lekwacht.apexport;

import java.util.ArrayList;
import java.util.List;

/** Collects the chapters and their answers in the AP form's order; a null or blank answer is missing. */
final class ApForm {

    private final List<ApExport.Chapter> chapters = new ArrayList<>();
    private final List<ApExport.Question> missing = new ArrayList<>();
    private List<ApExport.Question> current;

    ApForm chapter(int number, String title) {
        current = new ArrayList<>();
        chapters.add(new ApExport.Chapter(number, title, current));
        return this;
    }

    ApForm ask(String id, String question, String answer) {
        String given = answer == null || answer.isBlank() ? null : answer;
        ApExport.Question q = new ApExport.Question(id, question, given);
        current.add(q);
        if (given == null) {
            missing.add(q);
        }
        return this;
    }

    List<ApExport.Chapter> chapters() {
        return chapters.stream().map(c -> new ApExport.Chapter(c.number(), c.title(), List.copyOf(c.questions()))).toList();
    }

    List<ApExport.Question> missing() {
        return List.copyOf(missing);
    }
}
