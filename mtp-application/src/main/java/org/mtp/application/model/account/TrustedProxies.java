package org.mtp.application.model.account;

import java.util.ArrayList;
import java.util.List;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * The proxies whose {@code X-Forwarded-For} is believed, and the rule that finds a request's client address with them:
 * the peer's own address unless the peer is trusted; then the header's entries from right to left, skipping trusted
 * proxies, up to the first address that is not one. Entries left of it were written by the client and may be forged.
 * With no trusted proxy (the default) the header is ignored entirely.
 */
public record TrustedProxies(List<AddressRange> ranges) {

    public TrustedProxies {
        ranges = List.copyOf(Require.notNull("ranges", ranges));
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** Parses comma-separated addresses or CIDR blocks; blank means none. */
    public static TrustedProxies parse(String field, String text) {
        Require.notNull(field, text);
        List<AddressRange> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                ranges.add(AddressRange.parse(field, part));
            }
        }
        return new TrustedProxies(ranges);
    }

    public boolean trusts(ClientAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * The client address of a request that came from {@code peer} with these {@code X-Forwarded-For} header values (in
     * the order received). An entry that is not an address stops the walk at the last trusted hop, since everything
     * left of it is unverifiable.
     */
    public ClientAddress resolve(ClientAddress peer, List<String> forwardedFor) {
        Require.notNull("peer", peer);
        Require.notNull("forwardedFor", forwardedFor);
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        ClientAddress current = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            ClientAddress hop;
            try {
                hop = ClientAddress.parse("X-Forwarded-For", hops.get(i));
            } catch (ValidationException notAnAddress) {
                return current;
            }
            if (!trusts(hop)) {
                return hop;
            }
            current = hop;
        }
        return current;
    }
}
