package org.mtp.adapter.mapillary.upload;

import java.nio.file.Path;

/** A packed part on disk: where it is, its size, how many images it holds and its content hash. */
record PackedZip(Path file, long size, int imageCount, String sequenceMd5) {

    /** The upload session key, derived from content so that re-running a crashed upload resumes the same session. */
    String sessionKey() {
        return "mtp_" + sequenceMd5 + ".zip";
    }
}
