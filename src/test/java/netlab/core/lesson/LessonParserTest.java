package netlab.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LessonParserTest {
    static final String KIND7 = QuizTopics.find("ports").orElseThrow().generate(new Random(7)).kind();
    static final String LESSON = """
            # Ports and sockets

            What a port names.

            ## What a port is

            A port names a *program*.

            ```lab
            ports 80
            ports ssh
            ```

            ```text
            ## not a page: inside a code block
            ```

            ```exercise
            id: http-port
            kind: port
            question: Which port does HTTP use?
            answer: 80
            hint: It is well-known.
            explain: HTTP is port 80
              (RFC 9110).
            ```

            ## Ranges

            ```exercise
            id: range
            kind: choice
            question: Which range is 8080 in?
            choices:
              a) well-known
              b) registered
            answer: b
            hint: Compare with 1023.
            ```

            ```exercise
            id: gen
            kind: KIND7
            topic: ports
            seed: 7
            question: (generated)
            hint: Think.
            ```
            """.replace("KIND7", KIND7);

    @Test
    void pagesTryItAndExercisesComeFromTheFile() {
        Lesson lesson = LessonParser.parse("06-ports-and-sockets.md", LESSON);
        assertThat(lesson.number()).isEqualTo(6);
        assertThat(lesson.slug()).isEqualTo("ports-and-sockets");
        assertThat(lesson.baseName()).isEqualTo("06-ports-and-sockets");
        assertThat(lesson.title()).isEqualTo("Ports and sockets");
        assertThat(lesson.summary()).isEqualTo("What a port names.");
        assertThat(lesson.pages()).extracting(Page::title).containsExactly("What a port is", "Ranges");
        assertThat(lesson.pages().get(0).tryIt()).containsExactly("ports 80", "ports ssh");
        assertThat(((Part.Prose) lesson.pages().get(0).parts().get(2)).markdown()).contains("## not a page");
        Exercise http = lesson.exercises().get(0);
        assertThat(http.explain()).isEqualTo("HTTP is port 80 (RFC 9110).");
        assertThat(lesson.pageOf("range")).isEqualTo(2);
        Question choice = lesson.exercises().get(1).toQuestion();
        assertThat(choice.prompt()).isEqualTo("Which range is 8080 in?\na) well-known\nb) registered");
        assertThat(AnswerKinds.find("choice").orElseThrow().check(choice.expected(), "registered").correct()).isTrue();
    }

    @Test
    void aGeneratedExerciseAsksTheSameQuestionForTheSameSeed() {
        Lesson lesson = LessonParser.parse("06-ports-and-sockets.md", LESSON);
        Exercise gen = lesson.exercises().get(2);
        Question q = QuizTopics.find("ports").orElseThrow().generate(new Random(7));
        assertThat(gen.toQuestion().prompt()).isEqualTo(q.prompt());
        assertThat(gen.toQuestion().hint()).isEqualTo("Think.");
    }

    @Test
    void formatErrorsNameTheFileLineAndWhatWouldBeRight() {
        assertThatThrownBy(() -> LessonParser.parse("6-x.md", LESSON)).hasMessageContaining("NN-slug.md");
        assertThatThrownBy(() -> LessonParser.parse("06-x.md", "no title\n")).hasMessageContaining("06-x.md:1").hasMessageContaining("# Title");
        assertThatThrownBy(() -> LessonParser.parse("06-x.md", LESSON.replace("kind: choice", "kind: colour")))
                .hasMessageContaining("unknown kind \"colour\"");
        assertThatThrownBy(() -> LessonParser.parse("06-x.md", LESSON.replace("hint: It is well-known.\n", "")))
                .hasMessageContaining("exercise http-port needs \"hint:\"");
        assertThatThrownBy(() -> LessonParser.parse("06-x.md", LESSON.replace("answer: 80", "answer: eighty")))
                .hasMessageContaining("not a valid port");
        assertThatThrownBy(() -> LessonParser.parse("06-x.md", LESSON.replace("answer: b", "answer: z")))
                .hasMessageContaining("not one of the choices");
        assertThatThrownBy(() -> LessonParser.parse("06-x.md", LESSON.replace("id: range", "id: http-port")))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> LessonParser.parse("06-x.md", "# T\n\n## P\n\n```lab\nports\n"))
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> LessonParser.parse("06-x.md", LESSON.replace("topic: ports", "topic: nope")))
                .hasMessageContaining("unknown quiz topic");
    }
}
