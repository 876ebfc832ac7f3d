package netlab.core.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransferMachinesTest {
    static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Runs a sender and a receiver against each other over a lossy, duplicating channel, no sockets. */
    static final class Channel {
        final BlockSender sender;
        final BlockReceiver receiver;
        final Random random;
        final double loss;
        final double dup;
        final Deque<TftpPacket> toReceiver = new ArrayDeque<>();
        final Deque<TftpPacket> toSender = new ArrayDeque<>();
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final List<TftpPacket> sentBySender = new ArrayList<>();

        Channel(BlockSender sender, BlockReceiver receiver, long seed, double loss, double dup) {
            this.sender = sender;
            this.receiver = receiver;
            this.random = new Random(seed);
            this.loss = loss;
            this.dup = dup;
        }

        void fromSender(Step step) {
            for (TftpPacket p : step.send()) {
                sentBySender.add(p);
                deliver(p, toReceiver);
            }
        }

        void fromReceiver(Step step) {
            step.write().forEach(written::writeBytes);
            step.send().forEach(p -> deliver(p, toSender));
        }

        void deliver(TftpPacket p, Deque<TftpPacket> queue) {
            if (random.nextDouble() < loss) {
                return;
            }
            queue.add(p);
            if (random.nextDouble() < dup) {
                queue.add(p);
            }
        }

        void run() {
            fromReceiver(receiver.start());
            fromSender(sender.start());
            int steps = 0;
            while (sender.state() == TransferState.RUNNING || !toReceiver.isEmpty()) {
                assertThat(++steps).as("no livelock").isLessThan(5_000_000);
                if (!toReceiver.isEmpty()) {
                    fromReceiver(receiver.onPacket(toReceiver.poll()));
                } else if (!toSender.isEmpty()) {
                    fromSender(sender.onPacket(toSender.poll()));
                } else {
                    if (receiver.state() == TransferState.RUNNING) {
                        fromReceiver(receiver.onTimeout());
                    }
                    fromSender(sender.onTimeout());
                    if (sender.state() != TransferState.RUNNING && receiver.state() != TransferState.RUNNING) {
                        break;
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"0,512", "1,512", "511,512", "512,512", "513,512", "1024,512", "1025,512", "100000,1468", "65464,65464"})
    void blockBoundariesEndWithAShortOrEmptyBlock(int size, int blockSize) {
        byte[] file = bytes(size, size);
        BlockSender sender = new BlockSender(BlockSource.of(file), blockSize, 1, 5, null);
        BlockReceiver receiver = new BlockReceiver(blockSize, 1, 5, null);
        Channel c = new Channel(sender, receiver, 1, 0, 0);
        c.run();
        assertThat(sender.state()).isEqualTo(TransferState.COMPLETE);
        assertThat(receiver.state()).isEqualTo(TransferState.COMPLETE);
        assertThat(c.written.toByteArray()).isEqualTo(file);
        assertThat(sender.lastIndex()).isEqualTo(size / blockSize + 1);
        TftpPacket.Data last = (TftpPacket.Data) c.sentBySender.get(c.sentBySender.size() - 1);
        assertThat(last.length()).isEqualTo(size % blockSize);
        assertThat(sender.stats().retransmissions()).isZero();
    }

    @Test
    void aFileOf1024BytesEndsWithEmptyBlock3() {
        BlockSender sender = new BlockSender(BlockSource.of(new byte[1024]), 512, 1, 5, null);
        Step first = sender.start();
        assertThat(first.send()).containsExactly(new TftpPacket.Data(1, new byte[512]));
        assertThat(sender.onPacket(new TftpPacket.Ack(1)).send()).containsExactly(new TftpPacket.Data(2, new byte[512]));
        assertThat(sender.onPacket(new TftpPacket.Ack(2)).send()).containsExactly(new TftpPacket.Data(3, new byte[0]));
        assertThat(sender.state()).isEqualTo(TransferState.RUNNING);
        assertThat(sender.onPacket(new TftpPacket.Ack(3)).send()).isEmpty();
        assertThat(sender.state()).isEqualTo(TransferState.COMPLETE);
    }

    @Test
    void blockNumbersRollOverFrom65535To0() {
        int size = 8 * 70_000 + 3;
        byte[] file = bytes(size, 7);
        BlockSender sender = new BlockSender(BlockSource.of(file), 8, 1, 5, null);
        BlockReceiver receiver = new BlockReceiver(8, 1, 5, null);
        Channel c = new Channel(sender, receiver, 2, 0, 0);
        c.run();
        assertThat(c.written.toByteArray()).isEqualTo(file);
        assertThat(((TftpPacket.Data) c.sentBySender.get(65534)).block()).isEqualTo(65535);
        assertThat(((TftpPacket.Data) c.sentBySender.get(65535)).block()).isEqualTo(0);
        assertThat(((TftpPacket.Data) c.sentBySender.get(65536)).block()).isEqualTo(1);
    }

    @Test
    void aDuplicateAckNeverCausesASend() {
        BlockSender sender = new BlockSender(BlockSource.of(new byte[2000]), 512, 1, 5, null);
        sender.start();
        assertThat(sender.onPacket(new TftpPacket.Ack(1)).send()).hasSize(1);
        assertThat(sender.onPacket(new TftpPacket.Ack(1)).send()).as("Sorcerer's Apprentice").isEmpty();
        assertThat(sender.onPacket(new TftpPacket.Ack(0)).send()).isEmpty();
        assertThat(sender.onPacket(new TftpPacket.Ack(9)).send()).as("ACK for a block never sent").isEmpty();
        assertThat(sender.stats().duplicates()).isEqualTo(3);
        assertThat(sender.onTimeout().send()).containsExactly(new TftpPacket.Data(2, new byte[512]));
        assertThat(sender.stats().retransmissions()).isEqualTo(1);
    }

    @Test
    void aDuplicateDataIsAcknowledgedAgainButWrittenOnce() {
        BlockReceiver receiver = new BlockReceiver(512, 1, 5, null);
        Step first = receiver.onPacket(new TftpPacket.Data(1, new byte[512]));
        assertThat(first.write()).hasSize(1);
        Step again = receiver.onPacket(new TftpPacket.Data(1, new byte[512]));
        assertThat(again.write()).isEmpty();
        assertThat(again.send()).containsExactly(new TftpPacket.Ack(1));
        assertThat(receiver.stats().duplicates()).isEqualTo(1);
    }

    @Test
    void theReceiverDalliesAfterTheLastAck() {
        BlockReceiver receiver = new BlockReceiver(512, 1, 5, null);
        assertThat(receiver.onPacket(new TftpPacket.Data(1, new byte[3])).send()).containsExactly(new TftpPacket.Ack(1));
        assertThat(receiver.state()).isEqualTo(TransferState.COMPLETE);
        Step again = receiver.onPacket(new TftpPacket.Data(1, new byte[3]));
        assertThat(again.send()).containsExactly(new TftpPacket.Ack(1));
        assertThat(again.write()).isEmpty();
    }

    @Test
    void theSenderWaitsForTheLastAckAndGivesUpAfterBoundedRetries() {
        BlockSender sender = new BlockSender(BlockSource.of(new byte[10]), 512, 1, 3, null);
        sender.start();
        for (int i = 0; i < 3; i++) {
            assertThat(sender.onTimeout().send()).containsExactly(new TftpPacket.Data(1, new byte[10]));
        }
        assertThat(sender.onTimeout().send()).isEmpty();
        assertThat(sender.state()).isEqualTo(TransferState.FAILED);
        assertThat(sender.failure().orElseThrow().onWire()).isFalse();
        assertThat(sender.failure().orElseThrow().describe()).contains("no answer after 3 retransmissions");
    }

    @Test
    void anErrorFromThePeerEndsTheTransferWithoutAnAnswer() {
        BlockReceiver receiver = new BlockReceiver(512, 1, 5, new TftpPacket.Ack(0));
        receiver.start();
        assertThat(receiver.onPacket(TftpPacket.Error.of(ErrorCode.DISK_FULL)).send()).isEmpty();
        assertThat(receiver.failure().orElseThrow().describe()).isEqualTo("error 3: Disk full or allocation exceeded.");
        assertThat(receiver.failure().orElseThrow().fromPeer()).isTrue();
    }

    @Test
    void anOackIsBlockZeroAndIsResentUntilAck0() {
        TftpPacket oack = new TftpPacket.OptionAck(TftpOptions.NONE.with(TftpOption.BLKSIZE, 1024));
        BlockSender sender = new BlockSender(BlockSource.of(new byte[100]), 1024, 1, 5, oack);
        assertThat(sender.start().send()).containsExactly(oack);
        assertThat(sender.onTimeout().send()).containsExactly(oack);
        assertThat(sender.onPacket(new TftpPacket.Ack(0)).send()).containsExactly(new TftpPacket.Data(1, new byte[100]));
    }

    @Test
    void aWindowIsAcknowledgedOnceAndALossRestartsFromTheGap() {
        byte[] file = bytes(8 * 10, 3);
        BlockSender sender = new BlockSender(BlockSource.of(file), 8, 4, 5, null);
        BlockReceiver receiver = new BlockReceiver(8, 4, 5, new TftpPacket.Ack(0));
        receiver.start();
        List<TftpPacket> window = sender.start().send();
        assertThat(window).hasSize(4);
        assertThat(receiver.onPacket(window.get(0)).send()).isEmpty();
        // block 2 lost: block 3 is from beyond the gap, ACK 1 once
        assertThat(receiver.onPacket(window.get(2)).send()).containsExactly(new TftpPacket.Ack(1));
        assertThat(receiver.onPacket(window.get(3)).send()).isEmpty();
        List<TftpPacket> again = sender.onPacket(new TftpPacket.Ack(1)).send();
        assertThat(again).extracting(p -> ((TftpPacket.Data) p).block()).containsExactly(2, 3, 4, 5);
        assertThat(sender.stats().retransmissions()).isEqualTo(3);
        Step last = Step.NOTHING;
        for (TftpPacket p : again) {
            last = receiver.onPacket(p);
        }
        assertThat(last.send()).containsExactly(new TftpPacket.Ack(5));
    }

    @Test
    void onLossTheSenderHalvesItsBurstAndGrowsItBackButAlwaysSendsWholeWindows() {
        BlockSender sender = new BlockSender(BlockSource.of(bytes(8 * 200, 7)), 8, 8, 50, null);
        assertThat(sender.burst()).isEqualTo(8);
        assertThat(blocks(sender.start().send())).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        // the receiver lost block 4 and acknowledged 3, inside the window: halve
        assertThat(blocks(sender.onPacket(new TftpPacket.Ack(3)).send())).containsExactly(4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(sender.burst()).isEqualTo(4);
        // then nothing comes back: each timeout halves again, down to 1, and resends the whole window
        assertThat(blocks(sender.onTimeout().send())).containsExactly(4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(sender.burst()).isEqualTo(2);
        sender.onTimeout();
        sender.onTimeout();
        assertThat(sender.burst()).isEqualTo(1);
        // every window acknowledged whole adds one, up to the window size; the windows stay whole,
        // so a receiver that acknowledges only full windows (RFC 7440) never waits for its timeout
        int acked = 11;
        for (int expected = 2; expected <= 8; expected++) {
            List<TftpPacket> next = sender.onPacket(new TftpPacket.Ack(acked)).send();
            assertThat(sender.burst()).isEqualTo(expected);
            assertThat(blocks(next)).hasSize(8).first().isEqualTo(acked + 1);
            acked += 8;
        }
        sender.onPacket(new TftpPacket.Ack(acked));
        assertThat(sender.burst()).isEqualTo(8);
        // a duplicate (stale) ACK is no loss: nothing sent, burst unchanged
        assertThat(sender.onPacket(new TftpPacket.Ack(acked - 8)).send()).isEmpty();
        assertThat(sender.burst()).isEqualTo(8);
    }

    @Test
    void withWindowOneThereIsNothingToBackOff() {
        BlockSender sender = new BlockSender(BlockSource.of(bytes(100, 2)), 8, 1, 50, null);
        sender.start();
        sender.onTimeout();
        assertThat(sender.burst()).isEqualTo(1);
        assertThat(blocks(sender.onPacket(new TftpPacket.Ack(1)).send())).containsExactly(2);
        assertThat(sender.burst()).isEqualTo(1);
    }

    private static List<Integer> blocks(List<TftpPacket> packets) {
        return packets.stream().map(p -> ((TftpPacket.Data) p).block()).toList();
    }

    @ParameterizedTest
    @CsvSource({"1,512,11", "4,512,12", "16,1468,13", "1,8,14", "8,8,15"})
    void lossAndDuplicationNeverCorruptTheFile(int window, int blockSize, long seed) {
        byte[] file = bytes(40_000 + (int) seed, seed);
        BlockSender sender = new BlockSender(BlockSource.of(file), blockSize, window, 50, null);
        BlockReceiver receiver = new BlockReceiver(blockSize, window, 50, new TftpPacket.Ack(0));
        Channel c = new Channel(sender, receiver, seed, 0.10, 0.05);
        c.run();
        assertThat(sender.state()).isEqualTo(TransferState.COMPLETE);
        assertThat(c.written.toByteArray()).isEqualTo(file);
        assertThat(sender.stats().retransmissions()).isPositive();
    }

    @Test
    void negotiationAnswersOnlyWhatWasAskedAndCapsIt() {
        TftpPacket.Request rrq = new TftpPacket.ReadRequest("f", Mode.OCTET,
                TftpOptions.NONE.with(TftpOption.BLKSIZE, 65464).with(TftpOption.TSIZE, 0));
        TftpOptions accepted = Negotiation.accept(rrq, 1234, 1468, 64);
        assertThat(accepted.toString()).isEqualTo("blksize=1468 tsize=1234");
        assertThat(Negotiation.check(rrq.options(), accepted)).isEmpty();
        assertThat(Negotiation.check(TftpOptions.NONE.with(TftpOption.BLKSIZE, 512), accepted))
                .contains("the OACK sets blksize=1468 but 512 was asked for");
        assertThat(Negotiation.check(TftpOptions.NONE, accepted)).get().asString().contains("not asked for");
    }
}
