package org.mtp.adapter.http.body;

import java.util.Arrays;

/** A file part of a multipart form: its field name, the file name the client gave, its media type and bytes. */
public record UploadedPart(String name, String fileName, String contentType, byte[] content) {

    public UploadedPart {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UploadedPart other
                && other.name.equals(name)
                && other.fileName.equals(fileName)
                && other.contentType.equals(contentType)
                && Arrays.equals(other.content, content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "UploadedPart[name=" + name + ", fileName=" + fileName + ", bytes=" + content.length + "]";
    }
}
