package netlab.shell;

/** The command line itself was wrong (exit status 2): a missing argument, a value out of range. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
