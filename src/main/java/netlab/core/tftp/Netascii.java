package netlab.core.tftp;

import java.io.ByteArrayOutputStream;

/**
 * The netascii transfer mode (RFC 1350 section 1, RFC 764): on the wire every line ends in CR LF
 * and a lone CR is sent as CR NUL. {@link #toWire} converts local text (lines ending in LF) for
 * sending; a {@link Decoder} converts received blocks back, remembering a CR that ends one block
 * until the next block says what it was.
 */
public final class Netascii {
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private Netascii() {
    }

    /** Local bytes to netascii: LF becomes CR LF, CR becomes CR NUL. */
    public static byte[] toWire(byte[] local) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(local.length + local.length / 16 + 16);
        for (byte b : local) {
            if (b == LF) {
                out.write(CR);
                out.write(LF);
            } else if (b == CR) {
                out.write(CR);
                out.write(0);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** Netascii to local bytes in one go: CR LF becomes LF, CR NUL becomes CR. */
    public static byte[] fromWire(byte[] wire) {
        Decoder decoder = new Decoder();
        byte[] body = decoder.decode(wire);
        byte[] tail = decoder.finish();
        byte[] all = new byte[body.length + tail.length];
        System.arraycopy(body, 0, all, 0, body.length);
        System.arraycopy(tail, 0, all, body.length, tail.length);
        return all;
    }

    /** Converts netascii arriving block by block; a CR at the end of one block waits for the next. */
    public static final class Decoder {
        private boolean pendingCr;

        public byte[] decode(byte[] wire) {
            return decode(wire, 0, wire.length);
        }

        public byte[] decode(byte[] wire, int offset, int length) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(length + 1);
            for (int i = offset; i < offset + length; i++) {
                byte b = wire[i];
                if (pendingCr) {
                    pendingCr = false;
                    if (b == LF) {
                        out.write(LF);
                        continue;
                    }
                    out.write(CR);
                    if (b == 0) {
                        continue;
                    }
                }
                if (b == CR) {
                    pendingCr = true;
                } else {
                    out.write(b);
                }
            }
            return out.toByteArray();
        }

        /** At the end of the transfer: a CR left waiting is written as it is. */
        public byte[] finish() {
            if (pendingCr) {
                pendingCr = false;
                return new byte[] {CR};
            }
            return new byte[0];
        }
    }
}
