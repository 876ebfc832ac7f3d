package netlab.core.tftp;

import java.util.List;

/**
 * What a transfer state machine wants done after one event: packets to send (in order) and file
 * bytes to write (receivers only), already in order and never twice. Whoever writes the bytes
 * only reads them: they may be a received packet's own payload.
 */
public record Step(List<TftpPacket> send, List<byte[]> write) {
    public static final Step NOTHING = new Step(List.of(), List.of());

    public Step {
        send = send instanceof DataRun ? send : List.copyOf(send); // a DataRun is immutable already
        write = List.copyOf(write);
    }

    static Step send(List<TftpPacket> packets) {
        return new Step(packets, List.of());
    }

    static Step send(TftpPacket packet) {
        return new Step(List.of(packet), List.of());
    }
}
