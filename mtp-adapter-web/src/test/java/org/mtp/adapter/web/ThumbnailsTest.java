package org.mtp.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.web.testing.Browserless;
import org.mtp.adapter.web.testing.WebWorld;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryWorld;
import org.mtp.domain.TestSequences;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.User;

/** Route tests of the photo thumbnails: the page's images, the image route's bytes, headers, cache and refusals. */
class ThumbnailsTest {

    private WebWorld world = new WebWorld();
    private Browserless browser = new Browserless(world.baseUrl());

    @AfterEach
    void close() {
        world.close();
    }

    private User alice;

    private Sequence walk(WebWorld in, String key) {
        if (alice == null) {
            alice = in.person("alice");
        }
        return in.store(TestSequences.aSequence().owner(alice.id()).key(key).build());
    }

    private static String thumbnailPath(Sequence s, int index) {
        return "/sequences/" + s.id() + "/photos/" + s.photos().get(index).key().value() + "/thumbnail";
    }

    private int mapillaryCalls() {
        return world.stores.mapillary.calls("fetchThumbnail");
    }

    @Test
    void theSequencePage_showsALazyThumbnailPerPhoto_withSizeAndAltText_withoutAskingMapillary() {
        Sequence s = walk(world, "thumbPage");

        HttpResponse<String> page = browser.get("/sequences/" + s.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<img class=\"thumbnail\" src=\"" + thumbnailPath(s, 0)
                        + "\" loading=\"lazy\" decoding=\"async\" width=\"256\" height=\"192\""
                        + " alt=\"Thumbnail of photo 1\">");
        assertThat(page.body().split("class=\"thumbnail\"", -1)).hasSize(s.photoCount() + 1);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("img-src 'self'");
        assertThat(mapillaryCalls()).isZero();
    }

    @Test
    void theRoute_answersTheBytes_cacheableForADay() {
        Sequence s = walk(world, "thumbBytes");
        ImageKey first = s.photos().get(0).key();

        HttpResponse<byte[]> image = browser.getBytes(thumbnailPath(s, 0));

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(MapillaryWorld.syntheticThumbnail(first));
        assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control")).contains("public, max-age=86400");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aCachedThumbnail_isAnsweredWithoutAskingMapillaryAgain() {
        Sequence s = walk(world, "thumbCache");

        browser.getBytes(thumbnailPath(s, 0));
        HttpResponse<byte[]> again = browser.getBytes(thumbnailPath(s, 0));
        browser.getBytes(thumbnailPath(s, 1));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body())
                .isEqualTo(MapillaryWorld.syntheticThumbnail(s.photos().get(0).key()));
        assertThat(mapillaryCalls()).isEqualTo(2);
    }

    @Test
    void theCacheIsBoundedByBytes_soAThumbnailBeyondTheBoundIsFetchedEveryTime() {
        world.close();
        world = new WebWorld(true, 10);
        browser = new Browserless(world.baseUrl());
        Sequence s = walk(world, "thumbBound");

        browser.getBytes(thumbnailPath(s, 0));
        browser.getBytes(thumbnailPath(s, 0));

        assertThat(mapillaryCalls()).isEqualTo(2);
    }

    @Test
    void anImageKeyOfAnotherSequence_anUnknownSequence_orABadKey_areRefusedWithoutAskingMapillary() {
        Sequence s = walk(world, "thumbMine");
        Sequence other = walk(world, "thumbOther");
        String foreignKey = other.photos().get(0).key().value();

        HttpResponse<String> foreign = browser.get("/sequences/" + s.id() + "/photos/" + foreignKey + "/thumbnail");
        HttpResponse<String> unknown =
                browser.get("/sequences/00000000-0000-0000-0000-000000000000/photos/" + foreignKey + "/thumbnail");
        HttpResponse<String> badId = browser.get("/sequences/nope/photos/" + foreignKey + "/thumbnail");

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo("Not found");
        assertThat(foreign.headers().firstValue("Content-Type")).contains("text/plain;charset=utf-8");
        assertThat(foreign.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("id");
        assertThat(mapillaryCalls()).isZero();
    }

    @Test
    void someoneElsesDraft_isNotFound_evenWithAKeyOfOneOfItsOwnersPhotos() {
        Sequence published = walk(world, "thumbPub");
        Sequence draft = world.store(TestSequences.draft(alice.id()));
        String bob = world.sessionOf(world.person("bob"));

        HttpResponse<String> answer = browser.get(
                "/sequences/" + draft.id() + "/photos/"
                        + published.photos().get(0).key().value() + "/thumbnail",
                "Cookie",
                "mtp_session=" + bob);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(mapillaryCalls()).isZero();
    }

    @Test
    void mapillaryFailing_isAShortPlain503_andIsNotCached() {
        Sequence s = walk(world, "thumbDown");
        world.stores.mapillary.failNextWith(new MapillaryException.Unavailable("down", null));

        HttpResponse<String> failed = browser.get(thumbnailPath(s, 0));
        HttpResponse<byte[]> retried = browser.getBytes(thumbnailPath(s, 0));

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.body()).isEqualTo("Mapillary is unavailable");
        assertThat(failed.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(retried.statusCode()).isEqualTo(200);
    }

    @Test
    void mapillaryAnsweringOddly_is502() {
        Sequence s = walk(world, "thumbOdd");
        world.stores.mapillary.failNextWith(new MapillaryException.MalformedResponse("odd", null));

        assertThat(browser.get(thumbnailPath(s, 0)).statusCode()).isEqualTo(502);
    }

    @Test
    void withoutAMapillaryApp_thePageHasNoThumbnails_andTheRouteDoesNotExist() {
        world.close();
        world = new WebWorld(false, 1024);
        browser = new Browserless(world.baseUrl());
        Sequence s = walk(world, "thumbOff");

        HttpResponse<String> page = browser.get("/sequences/" + s.id());
        HttpResponse<String> route = browser.get(thumbnailPath(s, 0));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<img").doesNotContain("/thumbnail");
        assertThat(route.statusCode()).isEqualTo(404);
        assertThat(mapillaryCalls()).isZero();
    }
}
