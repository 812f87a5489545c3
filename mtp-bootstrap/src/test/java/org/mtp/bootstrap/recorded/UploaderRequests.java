package org.mtp.bootstrap.recorded;

import static org.mtp.bootstrap.recorded.Request.get;
import static org.mtp.bootstrap.recorded.Request.post;
import static org.mtp.bootstrap.recorded.Request.put;

/**
 * The requests of {@code uploader-requests.http} as existing clients send them (the desktop uploader's axios and the
 * seed's curl examples): head lines in their order, bodies as they stand.
 */
final class UploaderRequests {

    /** The seed's curl example's Mapillary token and sequence key, literally. */
    static final String SEED_TOKEN = "8877fhsjjsggdnns0";

    static final String SEED_KEY = "jf98fhhs76gggehfjs8";
    private static final String AXIOS_ACCEPT = "Accept: application/json, text/plain, */*";
    private static final String AXIOS_AGENT = "User-Agent: axios/0.21.1";
    private static final String CURL_AGENT = "User-Agent: curl/7.81.0";
    private static final String CURL_ACCEPT = "Accept: */*";
    private static final String CURL_BOUNDARY = "------------------------d74496d66958873e";

    private UploaderRequests() {}

    /** 1: the draft, urlencoded by qs.stringify, to the path with a trailing slash. */
    static Request create(String token) {
        return post("/api/v1/sequence/create/")
                .header(AXIOS_ACCEPT)
                .header("Content-Type: application/x-www-form-urlencoded")
                .bearer(token)
                .header(AXIOS_AGENT)
                .body("name=Morning%20ride%20Part%201&description=Along%20the%20canal&transport_type=Bicycle"
                        + "&tag=forest%2Ccoast&source=mtpdu");
    }

    /** 2, 3 and 4: the links and the Mapillary sequence, JSON, to the path with a trailing slash. */
    static Request attach(String uniqueId, String token, String json) {
        return put("/api/v1/sequence/import/" + uniqueId + "/")
                .header(AXIOS_ACCEPT)
                .header("Content-Type: application/json")
                .bearer(token)
                .header(AXIOS_AGENT)
                .body(json);
    }

    /** 7: the sign-in page as curl asks for it. */
    static Request curlAuthorize() {
        return get("/api/v1/authorize?client_id=" + Browser.UPLOADER + "&response_type=token")
                .header(CURL_AGENT)
                .header(CURL_ACCEPT);
    }

    /** 8: the draft as curl's --form sends it; {@code token} null sends it without credentials, as the seed shows. */
    static Request curlCreate(String token) {
        StringBuilder body = new StringBuilder();
        String[] fields = {
            "name",
            "Seed sequence",
            "description",
            "Created as the seed's curl example does",
            "transport_type",
            "Kayak",
            "tag",
            "coast,sea"
        };
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--")
                    .append(CURL_BOUNDARY)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(fields[i])
                    .append("\"\r\n\r\n")
                    .append(fields[i + 1])
                    .append("\r\n");
        }
        body.append("--").append(CURL_BOUNDARY).append("--\r\n");
        Request request = post("/api/v1/sequence/create").header(CURL_AGENT).header(CURL_ACCEPT);
        return (token == null ? request : request.bearer(token))
                .header("Content-Type: multipart/form-data; boundary=" + CURL_BOUNDARY)
                .body(body.toString());
    }

    /** 9: the Mapillary data as curl's --data-raw sends it: JSON under curl's default form content type. */
    static Request curlAttach(String uniqueId, String token) {
        return put("/api/v1/sequence/import/" + uniqueId)
                .header(CURL_AGENT)
                .header(CURL_ACCEPT)
                .bearer(token)
                .header("Content-Type: application/x-www-form-urlencoded")
                .body("{\n    \"seq_key\": \"" + SEED_KEY + "\",\n    \"token\": \"" + SEED_TOKEN + "\"\n}");
    }
}
