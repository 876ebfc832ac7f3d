# Independent reference for netlab's `subnet --json`: reads ADDRESS/PREFIX lines from the file
# named by argv[1] and prints one JSON object per line computed with Python's ipaddress module.
# With --check-hosts it also walks hosts() of every IPv4 block of up to 1,024 addresses to check
# the host-count rules (RFC 3021 included) against Python's own (the test does; the benchmark not).
# The type table is PRODUCT.md's, checked with ipaddress network membership.
import ipaddress as ip
import json
import sys

V4 = [("unspecified", ["0.0.0.0/8"]), ("loopback", ["127.0.0.0/8"]),
      ("private", ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]), ("link-local", ["169.254.0.0/16"]),
      ("shared", ["100.64.0.0/10"]), ("documentation", ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"]),
      ("benchmarking", ["198.18.0.0/15"]), ("multicast", ["224.0.0.0/4"]), ("broadcast", ["255.255.255.255/32"]),
      ("reserved", ["240.0.0.0/4"])]
V6 = [("unspecified", ["::/128"]), ("loopback", ["::1/128"]), ("ipv4-mapped", ["::ffff:0:0/96"]),
      ("documentation", ["2001:db8::/32"]), ("link-local", ["fe80::/10"]), ("unique-local", ["fc00::/7"]),
      ("multicast", ["ff00::/8"])]
CHECK_HOSTS = "--check-hosts" in sys.argv[2:]
V4 = [(t, [ip.ip_network(n) for n in ns]) for t, ns in V4]
V6 = [(t, [ip.ip_network(n) for n in ns]) for t, ns in V6]


def text(a):
    # RFC 5952 section 5: IPv4-mapped addresses keep the dotted form (Python 3.13 does this too).
    if a.version == 6 and a.ipv4_mapped is not None:
        return "::ffff:" + str(a.ipv4_mapped)
    return str(a)


def kind(a):
    for name, nets in (V4 if a.version == 4 else V6):
        if any(a in n for n in nets):
            return name
    return "public" if a.version == 4 else "global-unicast"


def facts(line):
    iface = ip.ip_interface(line)
    a, net, p = iface.ip, iface.network, iface.network.prefixlen
    first, last, size = net.network_address, net.broadcast_address, net.num_addresses
    out = {"version": a.version, "address": text(a), "prefix": p, "netmask": text(net.netmask)}
    if a.version == 6:
        out.update(wildcard=None, network=text(first), broadcast=None, firstHost=text(first), lastHost=text(last),
                   addresses=str(size), hosts=str(size), **{"class": None})
    else:
        if p <= 30:
            out.update(wildcard=str(net.hostmask), network=str(first), broadcast=str(last), firstHost=str(first + 1),
                       lastHost=str(last - 1), addresses=size, hosts=size - 2)
        else:
            out.update(wildcard=str(net.hostmask), network=str(first), broadcast=None, firstHost=str(first),
                       lastHost=str(last), addresses=size, hosts=size)
        if CHECK_HOSTS and size <= 1024:
            hosts = list(net.hosts())
            assert len(hosts) == out["hosts"], line
            assert str(hosts[0]) == out["firstHost"] and str(hosts[-1]) == out["lastHost"], line
        top = int(a) >> 28
        out["class"] = "A" if top < 8 else "B" if top < 12 else "C" if top < 14 else "D" if top == 14 else "E"
    out["type"] = kind(a)
    return out


with open(sys.argv[1]) as f:
    for line in f:
        print(json.dumps(facts(line.strip())))
