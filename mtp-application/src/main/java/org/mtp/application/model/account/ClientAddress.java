package org.mtp.application.model.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * The address a request came from, as an IP literal in the JDK's canonical text ({@code 203.0.113.7},
 * {@code 2001:db8:0:0:0:0:0:1}); an IPv4-mapped IPv6 address is its IPv4 address. Failed sign-ins are counted by it.
 */
public record ClientAddress(String value) {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    // Only hex digits, colons and dots: such a text is never looked up in DNS by InetAddress.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final int IPV6_NETWORK_BYTES = 8;

    public ClientAddress {
        Require.notNull("address", value);
        Require.that(canonical(value).equals(value), "address", "must be an IP address in canonical form");
    }

    /** Parses an IPv4 or IPv6 literal, with or without brackets or a zone; a host name is refused, never looked up. */
    public static ClientAddress parse(String field, String text) {
        Require.notNull(field, text);
        try {
            return new ClientAddress(canonical(text));
        } catch (ValidationException e) {
            throw new ValidationException(field, "must be an IP address, was '" + text + "'");
        }
    }

    public static ClientAddress of(String text) {
        return parse("address", text);
    }

    /**
     * What failed sign-ins from this address are counted under: the IPv4 address itself, or the /64 network of an IPv6
     * address, since one subscriber is commonly given a whole /64 and could otherwise change address at every try.
     */
    public String limitSubject() {
        byte[] bytes = octets();
        if (bytes.length == 4) {
            return value;
        }
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < IPV6_NETWORK_BYTES; i += 2) {
            network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                    .append(':');
        }
        return network.append(":/64").toString();
    }

    /** The address's bytes: 4 for IPv4, 16 for IPv6. */
    byte[] octets() {
        return address(value).getAddress();
    }

    private static String canonical(String text) {
        return address(text).getHostAddress();
    }

    private static InetAddress address(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        boolean ipv4 = IPV4.matcher(literal).matches();
        if (!ipv4 && !(IPV6.matcher(literal).matches() && literal.indexOf(':') >= 0)) {
            throw new ValidationException("address", "must be an IP address");
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new ValidationException("address", "must be an IP address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
