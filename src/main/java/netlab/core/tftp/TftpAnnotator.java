package netlab.core.tftp;

import java.util.ArrayList;
import java.util.List;
import netlab.core.bytes.Annotation;
import netlab.core.bytes.Annotator;

/** {@code hexdump --annotate tftp} and {@code tftp inspect}: names every field of one TFTP packet. */
public final class TftpAnnotator implements Annotator {
    public static final TftpAnnotator INSTANCE = new TftpAnnotator();

    @Override
    public String name() {
        return "tftp";
    }

    @Override
    public String description() {
        return "a TFTP packet (RFC 1350, options RFC 2347–2349, 7440)";
    }

    @Override
    public Annotation annotate(byte[] bytes) {
        TftpCodec.Dissection d = TftpCodec.dissect(bytes);
        List<String> problems = new ArrayList<>();
        d.problem().ifPresent(p -> problems.add(p.getMessage()));
        String summary = d.packet().map(TftpAnnotator::summary).orElse("not a valid TFTP packet");
        return new Annotation("TFTP", summary, d.spans(), problems);
    }

    /** One line for a packet: "RRQ hello.txt (octet) blksize=1468", "DATA #1 (512 bytes)". */
    public static String summary(TftpPacket packet) {
        return switch (packet) {
            case TftpPacket.ReadRequest r -> "RRQ " + r.filename() + " (" + r.mode().wireName() + ")"
                    + (r.options().isEmpty() ? "" : " " + r.options());
            case TftpPacket.WriteRequest w -> "WRQ " + w.filename() + " (" + w.mode().wireName() + ")"
                    + (w.options().isEmpty() ? "" : " " + w.options());
            case TftpPacket.Data d -> "DATA #" + d.block() + " (" + d.length() + " bytes)";
            case TftpPacket.Ack a -> "ACK #" + a.block();
            case TftpPacket.Error e -> "ERROR " + e.code() + " " + (e.message().isEmpty() ? e.kind().text() : e.message());
            case TftpPacket.OptionAck o -> "OACK " + o.options();
        };
    }
}
