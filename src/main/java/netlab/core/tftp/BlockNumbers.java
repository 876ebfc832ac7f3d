package netlab.core.tftp;

/**
 * Block numbers on the wire are 16 bits (RFC 1350); a transfer longer than 65535 blocks rolls
 * over from 65535 to 0, as tftp-hpa, atftp and curl do. The state machines count blocks in a
 * {@code long} ("index", 1 for the first DATA) and map to and from the wire number here.
 */
public final class BlockNumbers {
    private BlockNumbers() {
    }

    /** The wire block number of the block with this index. */
    public static int wire(long index) {
        return (int) (index & 0xffff);
    }

    /**
     * The index a wire number refers to, looking forward from {@code base}: the smallest index
     * {@code >= base} whose wire number is {@code wire}.
     */
    public static long forward(long base, int wire) {
        return base + ((wire - wire(base)) & 0xffff);
    }

    /** Blocks needed for {@code size} bytes: a file that fills its last block ends with an empty DATA. */
    public static long blocksFor(long size, int blockSize) {
        return size / blockSize + 1;
    }
}
