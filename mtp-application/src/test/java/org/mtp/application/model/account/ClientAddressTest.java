package org.mtp.application.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

class ClientAddressTest {

    @ParameterizedTest
    @CsvSource({
        "203.0.113.7,203.0.113.7",
        "' 10.0.0.1 ',10.0.0.1",
        "::1,0:0:0:0:0:0:0:1",
        "[2001:db8::1],2001:db8:0:0:0:0:0:1",
        "fe80::1%eth0,fe80:0:0:0:0:0:0:1",
        "::ffff:192.0.2.5,192.0.2.5",
        "2001:DB8::A,2001:db8:0:0:0:0:0:a"
    })
    void anAddressIsKeptInOneCanonicalForm(String text, String canonical) {
        assertThat(ClientAddress.of(text).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "localhost", "example.org", "1.2.3", "256.1.1.1", "01.2.3.4", "1.2.3.4:80", "::g", "1:2"})
    void anythingButAnIpLiteralIsRefusedAndNeverLookedUp(String text) {
        assertThatThrownBy(() -> ClientAddress.parse("remote address", text))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("remote address"));
    }

    @ParameterizedTest
    @CsvSource({
        "203.0.113.7,203.0.113.7",
        "2001:db8:1:2:3:4:5:6,2001:db8:1:2::/64",
        "2001:db8:1:2:ffff:ffff:ffff:ffff,2001:db8:1:2::/64",
        "::1,0:0:0:0::/64"
    })
    void ipv4IsLimitedPerAddressAndIpv6PerSlash64(String address, String subject) {
        assertThat(ClientAddress.of(address).limitSubject()).isEqualTo(subject);
    }
}
