package org.mtp.application.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

class TrustedProxiesTest {

    private static final TrustedProxies PROXIES =
            TrustedProxies.parse("MTP_HTTP_TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.10 ,2001:db8:ffff::/48");

    private static ClientAddress resolve(TrustedProxies proxies, String peer, String... forwardedFor) {
        return proxies.resolve(ClientAddress.of(peer), List.of(forwardedFor));
    }

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() {
        assertThat(resolve(TrustedProxies.none(), "203.0.113.7", "198.51.100.1"))
                .isEqualTo(ClientAddress.of("203.0.113.7"));
        assertThat(TrustedProxies.parse("MTP_HTTP_TRUSTED_PROXIES", " ")).isEqualTo(TrustedProxies.none());
    }

    @Test
    void aSpoofedHeaderFromAnUntrustedPeerIsIgnored() {
        assertThat(resolve(PROXIES, "203.0.113.7", "10.1.1.1, 198.51.100.1"))
                .isEqualTo(ClientAddress.of("203.0.113.7"));
    }

    @Test
    void aTrustedProxysHeaderNamesTheClient() {
        assertThat(resolve(PROXIES, "10.0.0.5", "198.51.100.1")).isEqualTo(ClientAddress.of("198.51.100.1"));
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedRightToLeftAndWhatTheClientWroteItselfIsIgnored() {
        // The client forged "1.1.1.1"; the outer proxy 192.168.1.10 saw it as 198.51.100.1, the inner one as
        // 192.168.1.10.
        assertThat(resolve(PROXIES, "10.0.0.5", "1.1.1.1, 198.51.100.1, 192.168.1.10"))
                .isEqualTo(ClientAddress.of("198.51.100.1"));
        assertThat(resolve(PROXIES, "10.0.0.5", "1.1.1.1, 198.51.100.1", "192.168.1.10"))
                .isEqualTo(ClientAddress.of("198.51.100.1"));
        assertThat(resolve(PROXIES, "2001:db8:ffff:1::2", "2001:db8:1::9, 10.9.9.9"))
                .isEqualTo(ClientAddress.of("2001:db8:1::9"));
    }

    @Test
    void whenEveryHopIsTrustedTheFarthestIsTheClient() {
        assertThat(resolve(PROXIES, "10.0.0.5", "10.2.2.2, 10.3.3.3")).isEqualTo(ClientAddress.of("10.2.2.2"));
        assertThat(resolve(PROXIES, "10.0.0.5")).isEqualTo(ClientAddress.of("10.0.0.5"));
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalkAtTheLastTrustedOne() {
        assertThat(resolve(PROXIES, "10.0.0.5", "198.51.100.1, unknown, 10.3.3.3"))
                .isEqualTo(ClientAddress.of("10.3.3.3"));
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/8,10.255.1.2,true",
        "10.0.0.0/8,11.0.0.1,false",
        "192.168.1.10,192.168.1.11,false",
        "192.168.1.0/25,192.168.1.127,true",
        "192.168.1.0/25,192.168.1.128,false",
        "0.0.0.0/0,8.8.8.8,true",
        "2001:db8::/32,2001:db8:abcd::1,true",
        "2001:db8::/32,10.0.0.1,false",
        "10.0.0.0/8,::1,false"
    })
    void rangesMatchByPrefixWithinOneFamily(String range, String address, boolean contained) {
        assertThat(AddressRange.parse("range", range).contains(ClientAddress.of(address)))
                .isEqualTo(contained);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/", "10.0.0.0/-1", "proxy.internal", "2001:db8::/129"})
    void aBadEntryIsRefusedNamingTheSetting(String entry) {
        assertThatThrownBy(() -> TrustedProxies.parse("MTP_HTTP_TRUSTED_PROXIES", "10.0.0.1," + entry))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("MTP_HTTP_TRUSTED_PROXIES"));
    }
}
