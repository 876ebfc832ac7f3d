package netlab.core.addr;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import netlab.core.InvalidInputException;

/**
 * Any text given as an address, a block or a mask either parses or is refused with one line:
 * never another exception. Under plain {@code mvn test} this replays its seed inputs;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=AddressFuzzTest} fuzzes.
 */
class AddressFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void everyTextParsesOrIsRefusedInOneLine(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        for (Runnable parse : new Runnable[] {
            () -> IpAddress.parse(text),
            () -> SubnetFacts.of(Cidr.parse(text)),
            () -> Netmask.parse(text, 4),
            () -> Netmask.parse(text, 6),
            () -> Vlsm.parseRequests(text)}) {
            try {
                parse.run();
            } catch (InvalidInputException e) {
                assertThat(e.getMessage()).doesNotContain("\n").isNotBlank();
            }
        }
        try {
            IpAddress address = IpAddress.parse(text);
            assertThat(IpAddress.parse(address.toString())).isEqualTo(address);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("not an IP");
        }
    }
}
