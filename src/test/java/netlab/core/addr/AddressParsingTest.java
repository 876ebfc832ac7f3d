package netlab.core.addr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import netlab.core.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AddressParsingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "192.168.1.256|not an IPv4 address: \"192.168.1.256\" (part 4 is 256; each part is 0–255)",
        "1.2.3|not an IPv4 address: \"1.2.3\" (it has 3 parts; an IPv4 address has four numbers 0–255 separated by dots, e.g. 192.168.1.10)",
        "1.2.3.4.5|not an IPv4 address: \"1.2.3.4.5\" (it has 5 parts; an IPv4 address has four numbers 0–255 separated by dots, e.g. 192.168.1.10)",
        "01.2.3.4|not an IPv4 address: \"01.2.3.4\" (part 1 \"01\" has a leading zero; leading zeros are refused because some tools (inet_aton) read them as octal: 010 = 8)",
        "1..3.4|not an IPv4 address: \"1..3.4\" (part 2 is empty; each of the four parts is a number 0–255)",
        "1.2.3.x|not an IPv4 address: \"1.2.3.x\" (part 4 \"x\" is not a number; each part is a number 0–255)",
        "1.2.3.-4|not an IPv4 address: \"1.2.3.-4\" (part 4 \"-4\" is not a number; each part is a number 0–255)",
        "1.2.3.99999999999|not an IPv4 address: \"1.2.3.99999999999\" (part 4 is 99999999999; each part is 0–255)",
        "'1.2.3.4 '|not an IPv4 address: \"1.2.3.4 \" (it contains a space; write it without spaces, e.g. 192.168.1.10)",
        "' 1.2.3.4'|not an IPv4 address: \" 1.2.3.4\" (it contains a space; write it without spaces, e.g. 192.168.1.10)",
        "１.2.3.4|not an IPv4 address: \"１.2.3.4\" (it uses the non-ASCII digit \"１\"; only ASCII digits 0-9 and separators are allowed)",
        "١٩٢.168.1.1|not an IPv4 address: \"١٩٢.168.1.1\" (it uses the non-ASCII digit \"١\"; only ASCII digits 0-9 and separators are allowed)",
    })
    void badIpv4IsOneLineNamingThePartAndTheRule(String text, String message) {
        assertThatThrownBy(() -> IpAddress.parse(text)).isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @Test
    void emptyIsRefusedWithAnExample() {
        assertThatThrownBy(() -> IpAddress.parse("")).hasMessage("not an IP address: \"\" (empty; write e.g. 192.168.1.10 or 2001:db8::1)");
        assertThatThrownBy(() -> Ipv4Address.parse("")).hasMessageStartingWith("not an IPv4 address: \"\" (empty;");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1::2::3|\"::\" may appear only once",
        "1:2:3:4:5:6:7|it has 7 groups; an IPv6 address has 8",
        "1:2:3:4:5:6:7:8:9|it has 9 groups",
        "1:2:3:4::5:6:7:8|it has 8 groups besides \"::\"",
        "12345::1|group \"12345\" has more than 4 hex digits",
        "g::1|group \"g\" is not hex",
        ":1:2:3:4:5:6:7|a group is empty",
        "1:2:3:4:5:6:7:|a group is empty",
        ":::|\"::\" may appear only once",
        "fe80::1%eth0|zone ids such as %eth0 are not supported",
        "::1.2.3|its IPv4 part \"1.2.3\" is not a dotted quad",
        "1.2.3.4::|a dotted IPv4 part may only come last",
        "::ffff:1.2.3.4:5|a dotted IPv4 part may only come last",
        "'::1 '|it contains a space",
        "::１|it uses the non-ASCII digit \"１\"",
    })
    void badIpv6IsOneLine(String text, String fragment) {
        assertThatThrownBy(() -> IpAddress.parse(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("not an IPv6 address: ").hasMessageContaining(fragment)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2001:0db8:0000:0000:0000:0000:0000:0001|2001:db8::1",
        "2001:DB8::1|2001:db8::1",
        "0:0:0:0:0:0:0:0|::",
        "0:0:0:0:0:0:0:1|::1",
        "1:0:0:0:0:0:0:0|1::",
        "2001:db8:0:1:1:1:1:1|2001:db8:0:1:1:1:1:1",
        "2001:0:0:1:0:0:0:1|2001:0:0:1::1",
        "2001:db8:0:0:1:0:0:1|2001:db8::1:0:0:1",
        "1:2:3:4:5:6:7::|1:2:3:4:5:6:7:0",
        "::2:3:4:5:6:7:8|0:2:3:4:5:6:7:8",
        "::ffff:192.0.2.1|::ffff:192.0.2.1",
        "0:0:0:0:0:ffff:c000:0201|::ffff:192.0.2.1",
        "::192.0.2.1|::c000:201",
        "fe80:0:0:0:0:0:0:1|fe80::1",
    })
    void ipv6PrintsInRfc5952Form(String text, String canonical) {
        assertThat(IpAddress.parse(text)).hasToString(canonical);
    }

    @Test
    void ipv6FullForm() {
        assertThat(Ipv6Address.parse("2001:db8::1").full()).isEqualTo("2001:0db8:0000:0000:0000:0000:0000:0001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "255.255.0.255|not a contiguous mask: \"255.255.0.255\" is 11111111.11111111.00000000.11111111; a mask's ones must all come before its zeros",
        "0.255.255.255|not a contiguous mask: \"0.255.255.255\" is 00000000.11111111.11111111.11111111; a mask's ones must all come before its zeros",
        "/33|prefix out of range: \"/33\" (an IPv4 prefix is /0–/32)",
        "33|prefix out of range: \"33\" (an IPv4 prefix is /0–/32)",
        "/|not a prefix: \"/\" (no number after /; an IPv4 prefix is /0–/32)",
        "/2x|not a prefix: \"/2x\" (write the number of network bits, e.g. /24; an IPv4 prefix is /0–/32)",
        "/-1|not a prefix: \"/-1\" (write the number of network bits, e.g. /24; an IPv4 prefix is /0–/32)",
        "255.255.255.256|not a mask: \"255.255.255.256\" (write it dotted like 255.255.255.0 or as a prefix like /24; part 4 is 256; each part is 0–255)",
        "ffff::|not an IPv4 mask: \"ffff::\" (the address is IPv4; write the mask as a prefix such as /24)",
        "/２４|not a prefix: \"/２４\" (it uses the non-ASCII digit \"２\"; only ASCII digits 0-9 and separators are allowed)",
    })
    void badMasksAreOneLine(String text, String message) {
        assertThatThrownBy(() -> Netmask.parse(text, 4)).isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"255.255.255.0,24", "/24,24", "24,24", "0.0.0.0,0", "255.255.255.255,32", "128.0.0.0,1", "255.255.255.254,31", "/0,0"})
    void masksMeanTheirPrefix(String text, int prefix) {
        assertThat(Netmask.parse(text, 4)).isEqualTo(prefix);
    }

    @Test
    void ipv6PrefixesGoTo128AndIpv6MasksAreAccepted() {
        assertThat(Netmask.parse("/128", 6)).isEqualTo(128);
        assertThat(Netmask.parse("ffff:ffff:ffff:ffff::", 6)).isEqualTo(64);
        assertThatThrownBy(() -> Netmask.parse("/129", 6)).hasMessage("prefix out of range: \"/129\" (an IPv6 prefix is /0–/128)");
        assertThat(Netmask.of(6, 64)).hasToString("ffff:ffff:ffff:ffff::");
        assertThat(Netmask.of(6, 0)).hasToString("::");
        assertThat(Netmask.of(6, 128)).hasToString("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
        assertThat(Netmask.of(6, 65)).hasToString("ffff:ffff:ffff:ffff:8000::");
    }

    @Test
    void cidrWithoutPrefixSaysHowToWriteIt() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0")).hasMessage(
                "no prefix in \"10.0.0.0\" (write ADDRESS/PREFIX, e.g. 192.168.1.0/24, or give the mask after the address)");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.256/8")).hasMessageStartingWith("not an IPv4 address: \"10.0.0.256\"");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessage("prefix out of range: \"/33\" (an IPv4 prefix is /0–/32)");
    }

    @ParameterizedTest
    @CsvSource({"0.0.0.0,A", "127.255.255.255,A", "128.0.0.0,B", "191.255.255.255,B", "192.0.0.0,C", "223.255.255.255,C",
        "224.0.0.0,D", "239.255.255.255,D", "240.0.0.0,E", "255.255.255.255,E"})
    void classComesFromTheLeadingBits(String address, AddressClass expected) {
        assertThat(AddressClass.of(Ipv4Address.parse(address))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.0.0.0,unspecified", "0.255.1.1,unspecified", "127.0.0.1,loopback", "10.1.2.3,private",
        "172.16.0.0,private", "172.31.255.255,private", "172.32.0.0,public", "172.15.255.255,public",
        "192.168.200.1,private", "169.254.1.1,link-local", "100.64.0.1,shared", "100.127.255.255,shared",
        "100.128.0.0,public", "192.0.2.5,documentation", "198.51.100.7,documentation", "203.0.113.9,documentation",
        "198.18.0.1,benchmarking", "198.19.255.255,benchmarking", "198.20.0.0,public", "224.0.0.1,multicast",
        "239.255.255.255,multicast", "240.0.0.1,reserved", "255.255.255.254,reserved", "255.255.255.255,broadcast",
        "8.8.8.8,public", "::,unspecified", "::1,loopback", "::ffff:1.2.3.4,ipv4-mapped", "2001:db8::1,documentation",
        "fe80::1,link-local", "febf::1,link-local", "fec0::1,global-unicast", "fc00::1,unique-local",
        "fdff::1,unique-local", "ff02::1,multicast", "2606:4700::1111,global-unicast", "::2,global-unicast"})
    void typeIsTheAddresses(String address, String type) {
        assertThat(AddressType.of(IpAddress.parse(address)).label()).isEqualTo(type);
    }
}
