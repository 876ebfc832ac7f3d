package netlab.shell.render;

import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.comp.ArrayComposer;
import com.fasterxml.jackson.jr.ob.comp.ComposerBase;
import com.fasterxml.jackson.jr.ob.comp.ObjectComposer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import netlab.core.addr.Cidr;
import netlab.core.addr.IpAddress;
import netlab.core.addr.SubnetFacts;

/**
 * The streamed JSON forms of {@code subnet} and {@code subnet split}, one line each, fields in the order PRODUCT.md gives.
 * IPv4 counts are numbers; IPv6 counts are decimal strings because they overflow 64 bits; absent
 * values ({@code "broadcast": null}) are written as null. They are streamed with jackson-jr's
 * composer (no map per line: {@code --script} may run thousands of them); other commands print
 * maps with {@code Console.printJson}.
 */
public final class AddressJson {
    private static final JSON WRITER = JSON.builder().enable(JSON.Feature.WRITE_NULL_PROPERTIES).build();

    private AddressJson() {
    }

    /** The {@code subnet --json} object. */
    public static String facts(SubnetFacts f) {
        try {
            ObjectComposer<?> o = WRITER.composeString().startObject();
            o.put("version", f.version());
            o.put("address", f.address().toString());
            o.put("prefix", f.prefix());
            o.put("netmask", f.netmask().toString());
            text(o, "wildcard", f.wildcard());
            o.put("network", f.network().toString());
            text(o, "broadcast", f.broadcast());
            o.put("firstHost", f.firstHost().toString());
            o.put("lastHost", f.lastHost().toString());
            count(o, "addresses", f.version(), f.addresses());
            count(o, "hosts", f.version(), f.hosts());
            if (f.addressClass() == null) {
                o.putNull("class");
            } else {
                o.put("class", f.addressClass().name());
            }
            o.put("type", f.type().label());
            return finish(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The {@code subnet split --json} object: the parent network and each subnet with its network
     * (with prefix), first and last host, broadcast, hosts and, for VLSM, the request it serves.
     *
     * @param requested one request per block, or null for an equal split
     */
    public static String split(Cidr parent, List<Cidr> blocks, List<Long> requested) {
        try {
            ObjectComposer<?> o = WRITER.composeString().startObject();
            o.put("network", parent.toString());
            ArrayComposer<?> subnets = o.startArrayField("subnets");
            for (int i = 0; i < blocks.size(); i++) {
                Cidr block = blocks.get(i);
                SubnetFacts f = SubnetFacts.of(block);
                ObjectComposer<?> s = subnets.startObject();
                s.put("network", block.toString());
                s.put("firstHost", f.firstHost().toString());
                s.put("lastHost", f.lastHost().toString());
                text(s, "broadcast", f.broadcast());
                count(s, "hosts", f.version(), f.hosts());
                if (requested != null) {
                    s.put("requested", requested.get(i));
                }
                s.end();
            }
            subnets.end();
            return finish(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String finish(ObjectComposer<?> object) throws IOException {
        ComposerBase parent = object.end();
        return ((com.fasterxml.jackson.jr.ob.JSONComposer<String>) parent).finish();
    }

    private static void text(ObjectComposer<?> o, String name, IpAddress address) throws IOException {
        if (address == null) {
            o.putNull(name);
        } else {
            o.put(name, address.toString());
        }
    }

    private static void count(ObjectComposer<?> o, String name, int version, BigInteger n) throws IOException {
        if (version == 4) {
            o.put(name, n.longValueExact());
        } else {
            o.put(name, n.toString());
        }
    }
}
