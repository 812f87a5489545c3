package org.mtp.adapter.http.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.port.in.common.Change;

class MergePatchTest {

    private static final Set<String> FIELDS = Set.of("name", "description", "tags");

    private static MergePatch patch(String json) {
        return MergePatch.of(Params.ofJsonObject((Map<?, ?>) Json.standard().parseTree(json)), FIELDS);
    }

    @Test
    void aMemberLeftOutKeepsAValueReplacesAndNullRemoves() {
        MergePatch patch = patch("{\"name\":\"new\",\"description\":null}");

        assertThat(patch.required("name", text -> text)).isEqualTo(Change.set("new"));
        assertThat(patch.optional("description", text -> text)).isEqualTo(Change.set(null));
        assertThat(patch.list("tags", values -> values, List.of())).isEqualTo(Change.keep());
    }

    @Test
    void listsComeAsArraysAndNullEmptiesThem() {
        assertThat(patch("{\"tags\":[\"a\",\"b\"]}").list("tags", values -> values, List.of()))
                .isEqualTo(Change.set(List.of("a", "b")));
        assertThat(patch("{\"tags\":null}").list("tags", values -> values, List.of()))
                .isEqualTo(Change.set(List.of()));
    }

    @Test
    void aRequiredFieldCannotBeRemoved() {
        assertThatThrownBy(() -> patch("{\"name\":null}").required("name", text -> text))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.errors()).containsOnlyKeys("name"));
    }

    @Test
    void unknownMembersAreRefusedTogetherButTheClientIdMayRideAlong() {
        assertThatThrownBy(() -> patch("{\"id\":1,\"owner\":\"me\",\"name\":\"x\"}"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.errors()).containsOnlyKeys("id", "owner"));
        assertThat(patch("{\"client_id\":\"uploader\"}").required("name", text -> text))
                .isEqualTo(Change.keep());
    }
}
