package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestSequences.details;
import static org.mtp.domain.TestSequences.mapillarySequence;
import static org.mtp.domain.TestSequences.mapillaryUserOf;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtp.application.fake.InMemoryStores;
import org.mtp.application.fake.TestServices;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.mapillary.MapillaryNotConnectedException;
import org.mtp.application.port.in.sequence.AttachMapillaryUseCase;
import org.mtp.application.port.in.sequence.CreateDraftUseCase;
import org.mtp.application.port.in.sequence.ImportLimitReachedException;
import org.mtp.application.port.in.sequence.ImportSequenceUseCase;
import org.mtp.application.port.in.sequence.ListImportableUseCase;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.TestUsers;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.AttachOutcome;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.SequenceFailures;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceLinks;
import org.mtp.domain.sequence.SequenceStatus;
import org.mtp.domain.time.TimeRange;

class SequenceImportTest {

    private static final MapillaryToken ALICE_TOKEN = MapillaryToken.of("MLYaliceToken");
    private static final MapillaryToken BOB_TOKEN = MapillaryToken.of("MLYbobToken");
    private static final MapillarySequenceKey KEY = MapillarySequenceKey.of("aliceSeq0001");

    private TestServices app;
    private InMemoryStores stores;
    private MapillarySequence aliceOnMapillary;

    @BeforeEach
    void setUp() {
        app = new TestServices(new InMemoryStores(), OptionalInt.of(2));
        stores = app.stores;
        stores.users.register(alice(), TestUsers.usernameOf(alice()));
        stores.users.register(bob(), TestUsers.usernameOf(bob()));
        aliceOnMapillary =
                mapillarySequence(KEY.value(), alice(), GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2));
        stores.mapillary.addUser(mapillaryUserOf(alice()), ALICE_TOKEN);
        stores.mapillary.addUser(mapillaryUserOf(bob()), BOB_TOKEN);
        stores.mapillary.addSequence(aliceOnMapillary);
        stores.mapillary.addSequence(mapillarySequence("bobSeq0001", bob(), GeoPoint.of(1, 1)));
    }

    private SequenceId draftOfAlice() {
        return app.createDraft.createDraft(new CreateDraftUseCase.Command(alice(), details("Morning ride")));
    }

    private AttachMapillaryUseCase.Result attach(SequenceId id, MapillarySequenceKey key, MapillaryToken token) {
        return app.attach.attach(new AttachMapillaryUseCase.Command(alice(), id, key, token, null));
    }

    @Test
    void aDraftIsStoredAndVisibleToItsOwnerOnly() {
        SequenceId id = draftOfAlice();

        assertThat(app.queries.get(alice(), id).sequence().status()).isEqualTo(SequenceStatus.DRAFT);
        assertThatThrownBy(() -> app.queries.get(bob(), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.queries.get(null, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void attachingTheOwnersMapillarySequencePublishesItWithEveryPhoto() {
        SequenceId id = draftOfAlice();

        AttachMapillaryUseCase.Result result = attach(id, KEY, ALICE_TOKEN);

        assertThat(result.mapillaryOutcome()).isEqualTo(AttachOutcome.PUBLISHED);
        var stored = app.queries.get(bob(), id).sequence();
        assertThat(stored.status()).isEqualTo(SequenceStatus.PUBLISHED);
        assertThat(stored.photoCount()).isEqualTo(3);
        assertThat(stored.distance().metres()).isEqualTo(222_390);
        assertThat(stored.importedAt()).contains(InMemoryStores.START);
    }

    @Test
    void theSameKeyAgainChangesNothingAndSparesMapillary() {
        SequenceId id = draftOfAlice();
        attach(id, KEY, ALICE_TOKEN);
        int callsBefore = stores.mapillary.totalCalls();
        Object before = stores.contents();

        AttachMapillaryUseCase.Result again = attach(id, KEY, ALICE_TOKEN);

        assertThat(again.mapillaryOutcome()).isEqualTo(AttachOutcome.UNCHANGED);
        assertThat(stores.mapillary.totalCalls()).isEqualTo(callsBefore);
        assertThat(stores.contents()).isEqualTo(before);
    }

    @Test
    void aKeyHeldByAnotherSequenceIsAConflictDecidedBeforeCallingMapillary() {
        attach(draftOfAlice(), KEY, ALICE_TOKEN);
        SequenceId second = draftOfAlice();
        int callsBefore = stores.mapillary.totalCalls();
        Object before = stores.contents();

        assertThatThrownBy(() -> attach(second, KEY, ALICE_TOKEN)).isInstanceOf(SequenceFailures.KeyTaken.class);
        assertThat(stores.mapillary.totalCalls()).isEqualTo(callsBefore);
        assertThat(stores.contents()).isEqualTo(before);
    }

    @Test
    void anotherKeyOnAPublishedSequenceIsRefused() {
        SequenceId id = draftOfAlice();
        attach(id, KEY, ALICE_TOKEN);
        MapillarySequence other = mapillarySequence("aliceSeq0002", alice(), GeoPoint.of(2, 2));
        stores.mapillary.addSequence(other);

        assertThatThrownBy(() -> attach(id, other.key(), ALICE_TOKEN))
                .isInstanceOf(SequenceFailures.AlreadyLinked.class);
    }

    @Test
    void aMapillarySequenceOfAnotherMapillaryAccountIsRefusedAndNothingIsStored() {
        SequenceId id = draftOfAlice();
        Object before = stores.contents();

        assertThatThrownBy(() -> attach(id, MapillarySequenceKey.of("bobSeq0001"), ALICE_TOKEN))
                .isInstanceOf(SequenceFailures.NotOwnedOnMapillary.class);
        assertThat(stores.contents()).isEqualTo(before);
    }

    @Test
    void mapillaryFailuresReachTheCallerTypedAndLeaveTheDraftAsItWas() {
        SequenceId id = draftOfAlice();
        Object before = stores.contents();

        stores.mapillary.revoke(ALICE_TOKEN);
        assertThatThrownBy(() -> attach(id, KEY, ALICE_TOKEN)).isInstanceOf(MapillaryException.InvalidToken.class);
        stores.mapillary.addUser(mapillaryUserOf(alice()), ALICE_TOKEN);
        stores.mapillary.failNextWith(new MapillaryException.RateLimited("slow down", Duration.ofSeconds(30)));
        assertThatThrownBy(() -> attach(id, KEY, ALICE_TOKEN)).isInstanceOf(MapillaryException.RateLimited.class);
        assertThatThrownBy(() -> attach(id, MapillarySequenceKey.of("unknownSeq"), ALICE_TOKEN))
                .isInstanceOf(MapillaryException.NotFound.class);

        assertThat(stores.contents()).isEqualTo(before);
    }

    @Test
    void onlyTheOwnerMayAttachAndSomeoneElsesDraftIsNotFound() {
        SequenceId id = draftOfAlice();
        attach(id, KEY, ALICE_TOKEN);
        SequenceId draft = draftOfAlice();

        assertThatThrownBy(() -> app.attach.attach(
                        new AttachMapillaryUseCase.Command(bob(), id, null, null, new SequenceLinks(null, "123"))))
                .isInstanceOf(NotOwnerException.class);
        assertThatThrownBy(
                        () -> app.attach.attach(new AttachMapillaryUseCase.Command(bob(), draft, KEY, BOB_TOKEN, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void linksMayComeAloneBeforeAndAfterPublishingAndAddUp() {
        SequenceId id = draftOfAlice();

        app.attach.attach(new AttachMapillaryUseCase.Command(
                alice(), id, null, null, new SequenceLinks("https://goo.gl/maps/abc", null)));
        attach(id, KEY, ALICE_TOKEN);
        app.attach.attach(new AttachMapillaryUseCase.Command(alice(), id, null, null, new SequenceLinks(null, "987")));

        SequenceLinks links = app.queries.get(alice(), id).sequence().links();
        assertThat(links).isEqualTo(new SequenceLinks("https://goo.gl/maps/abc", "987"));
    }

    @Test
    void aKeyWithoutATokenOrNothingAtAllIsAValidationFailure() {
        SequenceId id = draftOfAlice();

        assertThatThrownBy(() -> new AttachMapillaryUseCase.Command(alice(), id, KEY, null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("mapillary_user_token");
        assertThatThrownBy(() -> new AttachMapillaryUseCase.Command(alice(), id, null, ALICE_TOKEN, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("mapillary_sequence_key");
        assertThatThrownBy(() -> new AttachMapillaryUseCase.Command(alice(), id, null, null, null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theDailyImportLimitStopsTheThirdImportUntilTheNextUtcMidnight() {
        for (int i = 1; i <= 2; i++) {
            MapillarySequence s = mapillarySequence("limitSeq" + i, alice(), GeoPoint.of(i, i));
            stores.mapillary.addSequence(s);
            attach(draftOfAlice(), s.key(), ALICE_TOKEN);
        }
        SequenceId third = draftOfAlice();

        assertThatThrownBy(() -> attach(third, KEY, ALICE_TOKEN))
                .isInstanceOfSatisfying(
                        ImportLimitReachedException.class,
                        e -> assertThat(e.retryAt()).isEqualTo(Instant.parse("2025-03-02T00:00:00Z")));
        stores.clock.set(Instant.parse("2025-03-02T00:00:00Z"));
        assertThat(attach(third, KEY, ALICE_TOKEN).mapillaryOutcome()).isEqualTo(AttachOutcome.PUBLISHED);
    }

    @Test
    void oneStepImportNeedsAConnectedAccountAndThenPublishesAtOnce() {
        var command = new ImportSequenceUseCase.Command(alice(), KEY, details("Coast"));
        assertThatThrownBy(() -> app.importSequence.importSequence(command))
                .isInstanceOf(MapillaryNotConnectedException.class);

        app.mapillaryConnections.verifyAndStore(alice(), ALICE_TOKEN);
        var imported = app.importSequence.importSequence(command);

        assertThat(imported.sequence().isPublished()).isTrue();
        assertThat(imported.sequence().photoCount()).isEqualTo(3);
        assertThat(app.queries.get(null, imported.sequence().id())).isEqualTo(imported);
        assertThatThrownBy(() -> app.importSequence.importSequence(command))
                .isInstanceOf(SequenceFailures.KeyTaken.class);
    }

    @Test
    void theImportableListHidesKeysAnyoneHasImported() {
        stores.mapillary.addSequence(mapillarySequence("aliceSeq0003", alice(), GeoPoint.of(3, 3)));
        app.mapillaryConnections.verifyAndStore(alice(), ALICE_TOKEN);
        attach(draftOfAlice(), KEY, ALICE_TOKEN);
        TimeRange window = TimeRange.of(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));

        List<MapillarySequenceSummary> importable =
                app.listImportable.listImportable(new ListImportableUseCase.Query(alice(), window));

        assertThat(importable).extracting(s -> s.key().value()).containsExactly("aliceSeq0003");
    }
}
