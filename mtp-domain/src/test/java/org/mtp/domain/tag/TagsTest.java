package org.mtp.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.domain.common.ValidationException;

/** Tests: The tags of an item: parsed from a comma list, duplicates collapsed, at most 20. */
class TagsTest {

    @Test
    void parseSplitsTrimsLowerCasesDropsEmptiesAndCollapsesDuplicatesInFirstSeenOrder() {
        Tags tags = Tags.parse(" Hiking, coast ,,  , HIKING,alps,Coast,");

        assertThat(tags.names()).containsExactly("hiking", "coast", "alps");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", ",", " , ,, "})
    void nothingButSeparatorsOrBlanksIsNoTags(String commaList) {
        Tags tags = Tags.parse(commaList);

        assertThat(tags.isEmpty()).isTrue();
        assertThat(tags).isEqualTo(Tags.NONE);
        assertThat(tags.names()).isEmpty();
    }

    @Test
    void aBadTagIsRejectedWithItsText() {
        assertThatThrownBy(() -> Tags.parse("coast, sea side, alps"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'sea side'")
                .extracting("field")
                .isEqualTo("tags");
    }

    @Test
    void exactlyTwentyTagsAreAccepted() {
        Tags tags = Tags.parse(numbered(20));

        assertThat(tags.values()).hasSize(20);
        assertThat(tags.names()).startsWith("t1", "t2").endsWith("t20");
    }

    @Test
    void moreThanTwentyTagsAreRejected() {
        assertThatThrownBy(() -> Tags.parse(numbered(21)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'tags' must not hold more than 20 tags");
    }

    @Test
    void duplicatesCountOnceTowardsTheLimit() {
        Tags tags = Tags.parse(numbered(20) + ",T1,t20");

        assertThat(tags.values()).hasSize(20);
    }

    @Test
    void ofAcceptsEntriesThatAreThemselvesCommaLists() {
        Tags tags = Tags.of(List.of("a,b", " ", "C", "b"));

        assertThat(tags.names()).containsExactly("a", "b", "c");
    }

    @Test
    void ofRejectsNullEntriesAndNullLists() {
        assertThatThrownBy(() -> Tags.of(Arrays.asList("a", null)))
                .extracting("field")
                .isEqualTo("tags");
        assertThatThrownBy(() -> Tags.of(null)).extracting("field").isEqualTo("tags");
    }

    @Test
    void theConstructorCollapsesDuplicatesAndCopies() {
        List<Tag> given = new ArrayList<>(List.of(Tag.of("b"), Tag.of("a"), Tag.of("b")));

        Tags tags = new Tags(given);
        given.add(Tag.of("z"));

        assertThat(tags.names()).containsExactly("b", "a");
        assertThatThrownBy(() -> tags.values().add(Tag.of("q"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theConstructorEnforcesTheLimitToo() {
        List<Tag> many =
                IntStream.rangeClosed(1, 21).mapToObj(i -> Tag.of("t" + i)).toList();

        assertThatThrownBy(() -> new Tags(many)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Tags(null)).extracting("field").isEqualTo("tags");
    }

    @Test
    void containsAllIsTheSearchRule() {
        Tags item = Tags.parse("coast,alps,winter");

        assertThat(item.containsAll(Tags.parse("alps,coast"))).isTrue();
        assertThat(item.containsAll(Tags.NONE)).isTrue();
        assertThat(item.containsAll(Tags.parse("alps,desert"))).isFalse();
    }

    @Test
    void isEmptyOnlyWithoutTags() {
        assertThat(Tags.parse("a").isEmpty()).isFalse();
    }

    private static String numbered(int count) {
        return String.join(
                ",", IntStream.rangeClosed(1, count).mapToObj(i -> "T" + i).toList());
    }
}
