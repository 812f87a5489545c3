package org.mtp.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.PasswordHash;
import org.mtp.domain.user.User;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Test data: a small cast of users with fixed ids and usernames, so failures read like a story. */
public final class TestUsers {

    /** When the cast signed up; any fixed instant will do. */
    public static final Instant SIGNED_UP = Instant.parse("2024-01-01T00:00:00Z");

    private static final UserId ALICE = fixed(1);
    private static final UserId BOB = fixed(2);
    private static final UserId CAROL = fixed(3);
    private static final UserId DAVE = fixed(4);
    private static final Map<UserId, Username> NAMES = Map.of(
            ALICE,
            Username.of("alice"),
            BOB,
            Username.of("bob"),
            CAROL,
            Username.of("carol"),
            DAVE,
            Username.of("dave"));

    private TestUsers() {}

    public static UserId alice() {
        return ALICE;
    }

    public static UserId bob() {
        return BOB;
    }

    public static UserId carol() {
        return CAROL;
    }

    public static UserId dave() {
        return DAVE;
    }

    /** A fresh user id nobody else in the test holds. */
    public static UserId anyUserId() {
        return UserId.of(UUID.randomUUID());
    }

    /** The cast member's username, or "user-" plus the first eight digits of the id for anyone else. */
    public static Username usernameOf(UserId id) {
        Username known = NAMES.get(id);
        return known != null
                ? known
                : Username.of("user-" + id.value().toString().substring(0, 8));
    }

    /** The username look-up that leaderboards take. */
    public static Function<UserId, Username> usernames() {
        return TestUsers::usernameOf;
    }

    /** A whole account for {@code id}: {@code <username>@example.org} and a placeholder hash. */
    public static User user(UserId id) {
        Username name = usernameOf(id);
        return new User(
                id,
                name,
                Email.of(name.value() + "@example.org"),
                new PasswordHash("$test$hash-of-" + name.value()),
                SIGNED_UP);
    }

    private static UserId fixed(int n) {
        return UserId.of(UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n)));
    }
}
