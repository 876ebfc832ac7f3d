package netlab.core.wire;

import java.util.Arrays;

/**
 * One TCP option (RFC 9293 §3.1 and §3.2): End of Option List (kind 0), No-Operation (1),
 * Maximum Segment Size (2, RFC 9293 §3.7.1), Window Scale (3, RFC 7323 §2), SACK Permitted
 * (4, RFC 2018), Timestamps (8, RFC 7323 §3); any other kind survives as {@link Unknown}.
 */
public sealed interface TcpOption {
    /** The option's kind byte. */
    int kind();

    /** Its bytes on the wire, kind and length included. */
    byte[] encode();

    /** Its name as the RFCs spell it. */
    String name();

    /** Its value with its meaning, for an annotation. */
    String describe();

    /** Kind 0: the options end here; the rest of the header is zero padding. */
    record EndOfOptionList() implements TcpOption {
        public int kind() {
            return 0;
        }

        public byte[] encode() {
            return new byte[] {0};
        }

        public String name() {
            return "End of Option List";
        }

        public String describe() {
            return "kind 0";
        }
    }

    /** Kind 1: one byte of filler, used to align the next option. */
    record NoOperation() implements TcpOption {
        public int kind() {
            return 1;
        }

        public byte[] encode() {
            return new byte[] {1};
        }

        public String name() {
            return "No-Operation";
        }

        public String describe() {
            return "kind 1 (padding)";
        }
    }

    /** Kind 2: the largest segment the sender wants to receive, in bytes (SYN only). */
    record MaximumSegmentSize(int value) implements TcpOption {
        public MaximumSegmentSize {
            if (value < 0 || value > 0xffff) {
                throw new IllegalArgumentException("MSS is 16 bits, got " + value);
            }
        }

        public int kind() {
            return 2;
        }

        public byte[] encode() {
            return new byte[] {2, 4, (byte) (value >>> 8), (byte) value};
        }

        public String name() {
            return "Maximum Segment Size";
        }

        public String describe() {
            return value + " bytes";
        }
    }

    /** Kind 3: the window is shifted left by this many bits (0–14; SYN only). */
    record WindowScale(int shift) implements TcpOption {
        public WindowScale {
            if (shift < 0 || shift > 255) {
                throw new IllegalArgumentException("window scale shift is one byte, got " + shift);
            }
        }

        public int kind() {
            return 3;
        }

        public byte[] encode() {
            return new byte[] {3, 3, (byte) shift};
        }

        public String name() {
            return "Window Scale";
        }

        public String describe() {
            return "shift " + shift + " (multiply by " + (1L << Math.min(shift, 14)) + ")" + (shift > 14 ? ", above the limit 14" : "");
        }
    }

    /** Kind 4: the sender can take selective acknowledgments (SYN only). */
    record SackPermitted() implements TcpOption {
        public int kind() {
            return 4;
        }

        public byte[] encode() {
            return new byte[] {4, 2};
        }

        public String name() {
            return "SACK Permitted";
        }

        public String describe() {
            return "kind 4";
        }
    }

    /** Kind 8: TSval, the sender's clock, and TSecr, the last TSval it received. */
    record Timestamps(long value, long echoReply) implements TcpOption {
        public Timestamps {
            if (value < 0 || value > 0xffff_ffffL || echoReply < 0 || echoReply > 0xffff_ffffL) {
                throw new IllegalArgumentException("timestamps are 32 bits");
            }
        }

        public int kind() {
            return 8;
        }

        public byte[] encode() {
            byte[] b = {8, 10, 0, 0, 0, 0, 0, 0, 0, 0};
            TcpHeader.put32(b, 2, value);
            TcpHeader.put32(b, 6, echoReply);
            return b;
        }

        public String name() {
            return "Timestamps";
        }

        public String describe() {
            return "TSval " + value + ", TSecr " + echoReply;
        }
    }

    /** Any other kind (SACK blocks, MD5 signature, …), kept as its data bytes. */
    record Unknown(int kind, byte[] data) implements TcpOption {
        public Unknown {
            if (kind < 0 || kind > 255 || data.length > 38) {
                throw new IllegalArgumentException("bad option kind " + kind + " or length " + data.length);
            }
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        public byte[] encode() {
            byte[] b = new byte[2 + data.length];
            b[0] = (byte) kind;
            b[1] = (byte) b.length;
            System.arraycopy(data, 0, b, 2, data.length);
            return b;
        }

        public String name() {
            return kind == 5 ? "SACK" : "Option " + kind;
        }

        public String describe() {
            return "kind " + kind + ", " + data.length + " data bytes";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Unknown u && u.kind == kind && Arrays.equals(u.data, data);
        }

        @Override
        public int hashCode() {
            return kind * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Unknown[kind=" + kind + ", data=" + data.length + " bytes]";
        }
    }
}
