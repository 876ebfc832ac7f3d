package netlab.shell.render;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import netlab.core.addr.Cidr;
import netlab.core.addr.IpAddress;
import netlab.core.addr.SubnetFacts;

/**
 * The JSON forms of the address commands, as maps in the field order PRODUCT.md gives. IPv4
 * counts are numbers; IPv6 counts are decimal strings because they overflow 64 bits.
 */
public final class AddressJson {
    /** Writes null fields too: {@code "broadcast": null} is part of the contract. */
    private static final JSON WRITER = JSON.builder().enable(JSON.Feature.WRITE_NULL_PROPERTIES).build();

    private AddressJson() {
    }

    /** One line of JSON for {@code value}, keeping null fields. */
    public static String write(Object value) {
        try {
            return WRITER.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code subnet --json} object. */
    public static Map<String, Object> facts(SubnetFacts f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", f.version());
        m.put("address", f.address().toString());
        m.put("prefix", f.prefix());
        m.put("netmask", f.netmask().toString());
        m.put("wildcard", text(f.wildcard()));
        m.put("network", f.network().toString());
        m.put("broadcast", text(f.broadcast()));
        m.put("firstHost", f.firstHost().toString());
        m.put("lastHost", f.lastHost().toString());
        m.put("addresses", count(f.version(), f.addresses()));
        m.put("hosts", count(f.version(), f.hosts()));
        m.put("class", f.addressClass() == null ? null : f.addressClass().name());
        m.put("type", f.type().label());
        return m;
    }

    /** One subnet of a split: network (with prefix), first and last host, broadcast, hosts, and the request it serves. */
    public static Map<String, Object> subnet(Cidr block, Long requested) {
        SubnetFacts f = SubnetFacts.of(block);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("network", block.toString());
        m.put("firstHost", f.firstHost().toString());
        m.put("lastHost", f.lastHost().toString());
        m.put("broadcast", text(f.broadcast()));
        m.put("hosts", count(f.version(), f.hosts()));
        if (requested != null) {
            m.put("requested", requested);
        }
        return m;
    }

    static String text(IpAddress address) {
        return address == null ? null : address.toString();
    }

    static Object count(int version, BigInteger n) {
        return version == 4 ? (Object) n.longValueExact() : n.toString();
    }
}
