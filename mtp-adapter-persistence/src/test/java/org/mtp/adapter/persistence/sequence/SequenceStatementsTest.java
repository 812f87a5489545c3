package org.mtp.adapter.persistence.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.SequenceStores;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;

/**
 * Hibernate's statistics prove how the repository stores and loads a 5,000-photo sequence: the photos go out in
 * JDBC batches of 1,000, and loading takes three statements (sequence, tags, photos), not one per photo.
 */
class SequenceStatementsTest {

  @RegisterExtension
  static final PersistenceExtension DB = new PersistenceExtension();

  private static final int PHOTOS = 5_000;

  @ParameterizedTest
  @EnumSource(Database.class)
  void aSequenceOf5000PhotosIsSavedInBatchesAndLoadedInThreeStatements(Database database) throws Exception {
    PersistenceContext context = DB.context(database);
    SequenceStores stores = SequenceStores.create(context);
    UserId owner = UserId.of(UUID.randomUUID());
    TestRows.user(context.dataSource(), owner.value(), "photographer", TestRows.T0);
    Sequence big = TestSequences.aSequence().owner(owner).tags("long,river").photos(photos()).build();
    Statistics statistics = context.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();

    statistics.clear();
    context.unitOfWork().run(() -> stores.sequences().save(big));
    long savingStatements = statistics.getPrepareStatementCount();
    long inserted = statistics.getEntityInsertCount();

    statistics.clear();
    Sequence loaded = context.unitOfWork().inTransaction(() -> stores.sequences().findById(big.id())).orElseThrow();
    long loadingStatements = statistics.getPrepareStatementCount();

    assertThat(inserted).isEqualTo(PHOTOS + 1);
    // one statement per JDBC batch of 1,000 photos, plus the sequence and its tags: not one per photo
    assertThat(savingStatements).isLessThanOrEqualTo(PHOTOS / 1_000 + 4);
    assertThat(loadingStatements).isEqualTo(3);
    assertThat(loaded.photos()).isEqualTo(big.photos());
    assertThat(loaded.distance()).isEqualTo(big.distance());
    assertThat(Sql.number(context.dataSource(), "SELECT COUNT(*) FROM photos WHERE sequence_id = ?",
        big.id().value())).isEqualTo(PHOTOS);
  }

  private static List<Photo> photos() {
    Instant start = Instant.parse("2024-07-01T06:00:00Z");
    List<Photo> photos = new ArrayList<>(PHOTOS);
    for (int i = 0; i < PHOTOS; i++) {
      photos.add(new Photo(ImageKey.of("img-" + i), GeoPoint.of(6.0 + i * 1e-4, 45.0 + (i % 7) * 1e-5),
          i % 3 == 0 ? null : CompassAngle.of(i % 360), i % 5 == 0 ? null : start.plus(Duration.ofSeconds(i))));
    }
    return photos;
  }
}
