package netlab.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import netlab.core.chat.LineFramer;
import netlab.core.upload.UploadFormatException;
import netlab.core.upload.UploadHeader;
import netlab.core.upload.UploadName;
import netlab.core.upload.UploadReply;

/**
 * What a hostile peer can send the lab's HTTP, chat and upload code: arbitrary bytes either decode
 * or fail with the decoder's own one-line exception — never another exception, never a name that
 * could leave a folder. Plain {@code mvn test} replays the seeds; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TcpAppDecodersFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void httpResponses(byte[] data) {
        HttpReader reader = new HttpReader(new ByteArrayInputStream(data));
        try {
            HttpResponse r = reader.readResponse(false);
            assertThat(r.status()).isBetween(0, 999);
            assertThat(r.wireBytes()).isLessThanOrEqualTo(data.length);
        } catch (HttpFormatException expected) {
            assertThat(expected.getMessage()).doesNotContain("\n");
        } catch (IOException e) {
            throw new AssertionError("not a format error: " + e, e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void httpRequests(byte[] data) {
        HttpReader reader = new HttpReader(new ByteArrayInputStream(data));
        try {
            while (reader.readRequest().isPresent()) {
                assertThat(reader.consumed()).isLessThanOrEqualTo(data.length);
            }
        } catch (HttpFormatException expected) {
            assertThat(expected.getMessage()).doesNotContain("\n");
        } catch (IOException e) {
            throw new AssertionError("not a format error: " + e, e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void uploadHeads(byte[] data) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        try {
            UploadHeader header = UploadHeader.read(in, 1L << 30);
            assertThat(UploadName.problem(header.name())).isNull();
            assertThat(header.size()).isBetween(0L, 1L << 30);
            UploadReply.read(in);
        } catch (UploadFormatException | EOFException expected) {
            // refused or cut short: the receiver answers and closes
        } catch (IOException e) {
            throw new AssertionError("not a format error: " + e, e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void chatLines(byte[] data) {
        LineFramer framer = new LineFramer(64);
        try {
            int total = 0;
            for (LineFramer.Line line : framer.feed(data, 0, data.length)) {
                total += line.wire().length;
            }
            assertThat(total + framer.pending()).isEqualTo(data.length);
        } catch (LineFramer.LineTooLongException expected) {
            assertThat(data.length).isGreaterThan(64);
        }
    }
}
