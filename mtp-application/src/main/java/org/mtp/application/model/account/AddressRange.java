package org.mtp.application.model.account;

import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * A block of addresses in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); a bare address is a block of one.
 */
public record AddressRange(ClientAddress network, int prefixLength) {

    public AddressRange {
        Require.notNull("network", network);
        Require.inRange("prefixLength", prefixLength, 0, network.octets().length * 8);
    }

    /** Parses {@code address} or {@code address/prefix}, naming {@code field} when it is neither. */
    public static AddressRange parse(String field, String text) {
        Require.notNull(field, text);
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        ClientAddress network = ClientAddress.parse(field, slash < 0 ? trimmed : trimmed.substring(0, slash));
        int bits = network.octets().length * 8;
        if (slash < 0) {
            return new AddressRange(network, bits);
        }
        String prefix = trimmed.substring(slash + 1);
        if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
            throw new ValidationException(field, "has a prefix length that is not 0 to " + bits + ": '" + text + "'");
        }
        return new AddressRange(network, Integer.parseInt(prefix));
    }

    /** True when {@code address} is of the same family and shares the first {@link #prefixLength} bits. */
    public boolean contains(ClientAddress address) {
        byte[] mine = network.octets();
        byte[] theirs = address.octets();
        if (mine.length != theirs.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (mine[i] != theirs[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (mine[whole] & mask) == (theirs[whole] & mask);
    }

    @Override
    public String toString() {
        return network + "/" + prefixLength;
    }
}
