package org.mtp.adapter.mapillary.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/** A request body streaming a file from {@code offset} to its end, so a resumed upload sends only what is missing. */
final class FileRangeBody extends RequestBody {

    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private final Path file;
    private final long offset;
    private final long length;

    FileRangeBody(Path file, long offset, long length) {
        this.file = file;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public MediaType contentType() {
        return OCTET_STREAM;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        if (length == 0) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            try (InputStream in = Channels.newInputStream(channel);
                    Source source = Okio.source(in)) {
                sink.write(source, length);
            }
        }
    }
}
