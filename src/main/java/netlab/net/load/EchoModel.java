package netlab.net.load;

/** How an echo server serves many connections at once. */
public enum EchoModel {
    /** One operating-system thread per connection, blocked in {@code read} while the client is quiet. */
    PLATFORM("platform", "a platform (OS) thread per connection"),
    /** One virtual thread per connection: blocking code, but a parked read costs no OS thread. */
    VIRTUAL("virtual", "a virtual thread per connection"),
    /** One thread and a selector (epoll): it reads whichever sockets have bytes ready. */
    NIO("nio", "one selector thread for all connections");

    private final String word;
    private final String description;

    EchoModel(String word, String description) {
        this.word = word;
        this.description = description;
    }

    public String word() {
        return word;
    }

    public String description() {
        return description;
    }
}
