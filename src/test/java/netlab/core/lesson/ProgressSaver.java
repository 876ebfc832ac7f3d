package netlab.core.lesson;

import java.nio.file.Path;

/**
 * A child process for {@link ProgressKillTest}: saves growing progress to the folder given as its
 * argument as fast as it can, printing "saved N" after each save, until it is killed.
 */
public final class ProgressSaver {
    private ProgressSaver() {
    }

    public static void main(String[] args) throws Exception {
        ProgressStore store = new ProgressStore(Path.of(args[0]));
        Progress progress = store.load().progress();
        int start = progress.quizzes().size();
        for (int n = start; ; n++) {
            progress.visit(1 + n % 13, 1 + n % 5);
            progress.record(1 + n % 13, "exercise-" + n, Progress.Outcome.RIGHT);
            progress.addQuiz(new Progress.QuizScore("ports", n, 5, n % 6, "2026-01-01 00:00"));
            store.save(progress);
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
