package netlab.core.framing;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * How a byte stream is cut back into messages. TCP (RFC 9293) carries bytes, not messages: one
 * {@code write} is not one {@code read} on the other side, so a protocol on top of it must mark
 * where each message ends — by a delimiter or by a length sent in front of it.
 */
public enum Framing {
    /** No marks at all: the receiver cannot tell where one message ends (sticky packets). */
    NONE("none", "no framing: the bytes of the messages follow each other with nothing between them"),
    /** Each message ends with a newline byte (0x0a); the message itself must not contain one. */
    LINE("line", "each message ends with a newline (0x0a)"),
    /** Each message is preceded by its length: 4 bytes, big-endian (network byte order). */
    LENGTH("length", "each message is preceded by its length in 4 bytes, big-endian");

    /** Bytes of the length prefix. */
    public static final int PREFIX = 4;

    private final String word;
    private final String description;

    Framing(String word, String description) {
        this.word = word;
        this.description = description;
    }

    public String word() {
        return word;
    }

    public String description() {
        return description;
    }

    /** The bytes a sender writes for one message. */
    public byte[] encode(byte[] message) {
        return switch (this) {
            case NONE -> message.clone();
            case LINE -> {
                for (byte b : message) {
                    if (b == '\n') {
                        throw new IllegalArgumentException("a line-framed message cannot contain a newline");
                    }
                }
                byte[] out = Arrays.copyOf(message, message.length + 1);
                out[message.length] = '\n';
                yield out;
            }
            case LENGTH -> ByteBuffer.allocate(PREFIX + message.length).putInt(message.length).put(message).array();
        };
    }

    /** A decoder for one connection that accepts messages of up to {@code maxMessage} bytes. */
    public FrameDecoder decoder(int maxMessage) {
        return new FrameDecoder(this, maxMessage, false);
    }

    /** A decoder that also describes each read's bytes as fields, for a hex dump. */
    public FrameDecoder describingDecoder(int maxMessage) {
        return new FrameDecoder(this, maxMessage, true);
    }
}
