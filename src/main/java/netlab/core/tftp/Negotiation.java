package netlab.core.tftp;

import java.util.Map;
import java.util.Optional;

/**
 * Option negotiation (RFC 2347): the server answers with an OACK naming only options the client
 * asked for, each value at most what was asked (blksize, windowsize) or filled in (tsize on a read);
 * the client checks the OACK and refuses anything it did not ask for with error 8.
 */
public final class Negotiation {
    private Negotiation() {
    }

    /**
     * What a server accepts of a request's options.
     *
     * @param fileSize   the size of the file to send (for tsize on an RRQ), or -1 for a write
     * @param maxBlock   the largest block size the server allows
     * @param maxWindow  the largest window the server allows
     */
    public static TftpOptions accept(TftpPacket.Request request, long fileSize, int maxBlock, int maxWindow) {
        TftpOptions accepted = TftpOptions.NONE;
        for (Map.Entry<TftpOption, Long> e : request.options().values().entrySet()) {
            long asked = e.getValue();
            accepted = switch (e.getKey()) {
                case BLKSIZE -> accepted.with(TftpOption.BLKSIZE, Math.min(asked, maxBlock));
                case TIMEOUT -> accepted.with(TftpOption.TIMEOUT, asked);
                case TSIZE -> accepted.with(TftpOption.TSIZE, fileSize >= 0 ? fileSize : asked);
                case WINDOWSIZE -> accepted.with(TftpOption.WINDOWSIZE, Math.min(asked, maxWindow));
            };
        }
        return accepted;
    }

    /** What is wrong with an OACK answering {@code asked}, or empty when the client can accept it. */
    public static Optional<String> check(TftpOptions asked, TftpOptions offered) {
        for (Map.Entry<TftpOption, Long> e : offered.values().entrySet()) {
            TftpOption option = e.getKey();
            long value = e.getValue();
            if (!asked.has(option)) {
                return Optional.of("the OACK names " + option.wireName() + ", which was not asked for");
            }
            long wanted = asked.get(option).getAsLong();
            boolean tooBig = (option == TftpOption.BLKSIZE || option == TftpOption.WINDOWSIZE) && value > wanted;
            boolean changed = option == TftpOption.TIMEOUT && value != wanted;
            if (tooBig || changed) {
                return Optional.of("the OACK sets " + option.wireName() + "=" + value + " but " + wanted + " was asked for");
            }
        }
        return Optional.empty();
    }

    public static int blockSize(TftpOptions options) {
        return (int) options.get(TftpOption.BLKSIZE).orElse(TftpPacket.DEFAULT_BLOCK);
    }

    public static int windowSize(TftpOptions options) {
        return (int) options.get(TftpOption.WINDOWSIZE).orElse(1);
    }
}
