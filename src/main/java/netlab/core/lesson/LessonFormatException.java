package netlab.core.lesson;

import netlab.core.InvalidInputException;

/** A lesson file that does not follow {@code lessons/README.md}; the message names the file and line. */
public class LessonFormatException extends InvalidInputException {
    public LessonFormatException(String message) {
        super(message);
    }
}
