package org.docket.extraction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.docket.document.Page;

/**
 * What Docket and its extraction workers say to each other over the worker's standard input and output.
 * Every answer starts with a marker, so anything a native library prints to standard output is skipped
 * rather than misread; the worker's first answer says which version of this protocol it speaks.
 *
 * <pre>
 * request:  int version, string file, long max file size, int max pages, long max pixels
 * answer:   MARKER, byte kind, then
 *             READY:      int version
 *             EXTRACTED:  string media type, int pages, per page: int number, string text, double confidence, byte method
 *             UNREADABLE: boolean has media type, [string media type], string reason
 * string:   int length, UTF-8 bytes
 * </pre>
 */
final class WorkerProtocol {

    static final int VERSION = 1;
    private static final byte[] MARKER = "\u0000docket-extraction\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte READY = 'R';
    private static final byte EXTRACTED = 'E';
    private static final byte UNREADABLE = 'U';

    /** One file to read, with the limits it is read under. */
    record Request(Path file, long maxFileSize, int maxPages, long maxPixels) {
    }

    private WorkerProtocol() {
    }

    static void writeRequest(DataOutputStream out, Request request) throws IOException {
        out.writeInt(VERSION);
        writeString(out, request.file().toString());
        out.writeLong(request.maxFileSize());
        out.writeInt(request.maxPages());
        out.writeLong(request.maxPixels());
        out.flush();
    }

    /** The next request, or null when Docket has closed the worker's input (it is done, or it died). */
    static Request readRequest(DataInputStream in) throws IOException {
        int version;
        try {
            version = in.readInt();
        } catch (EOFException closed) {
            return null;
        }
        if (version != VERSION) {
            throw new IOException("Docket sent protocol version " + version + "; this worker speaks " + VERSION);
        }
        return new Request(Path.of(readString(in)), in.readLong(), in.readInt(), in.readLong());
    }

    static void writeReady(DataOutputStream out) throws IOException {
        out.write(MARKER);
        out.writeByte(READY);
        out.writeInt(VERSION);
        out.flush();
    }

    /** Waits for the worker's first answer and checks it speaks this version. */
    static void readReady(DataInputStream in) throws IOException {
        skipToMarker(in);
        int kind = in.readByte();
        int version = in.readInt();
        if (kind != READY || version != VERSION) {
            throw new IOException("the extraction worker speaks protocol version " + version + ", not " + VERSION
                    + "; rebuild Docket so both come from the same build");
        }
    }

    static void writeExtraction(DataOutputStream out, Extraction extraction) throws IOException {
        out.write(MARKER);
        switch (extraction) {
            case Extraction.Extracted(String mediaType, List<Page> pages) -> {
                out.writeByte(EXTRACTED);
                writeString(out, mediaType);
                out.writeInt(pages.size());
                for (Page page : pages) {
                    out.writeInt(page.number());
                    writeString(out, page.text());
                    out.writeDouble(page.confidence());
                    out.writeByte(page.method().ordinal());
                }
            }
            case Extraction.Unreadable(String mediaType, String reason) -> {
                out.writeByte(UNREADABLE);
                out.writeBoolean(mediaType != null);
                if (mediaType != null) {
                    writeString(out, mediaType);
                }
                writeString(out, reason);
            }
        }
        out.flush();
    }

    static Extraction readExtraction(DataInputStream in) throws IOException {
        skipToMarker(in);
        byte kind = in.readByte();
        if (kind == EXTRACTED) {
            String mediaType = readString(in);
            int count = in.readInt();
            List<Page> pages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                pages.add(new Page(in.readInt(), readString(in), in.readDouble(), Page.Method.values()[in.readByte()]));
            }
            return new Extraction.Extracted(mediaType, pages);
        }
        if (kind == UNREADABLE) {
            String mediaType = in.readBoolean() ? readString(in) : null;
            return new Extraction.Unreadable(mediaType, readString(in));
        }
        throw new IOException("the extraction worker sent an answer of unknown kind " + kind);
    }

    /** Reads past anything before the marker; an end of stream here means the worker has ended. */
    private static void skipToMarker(InputStream in) throws IOException {
        int matched = 0;
        while (matched < MARKER.length) {
            int next = in.read();
            if (next < 0) {
                throw new EOFException("the extraction worker ended");
            }
            if (next == (MARKER[matched] & 0xff)) {
                matched++;
            } else {
                matched = next == (MARKER[0] & 0xff) ? 1 : 0;
            }
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("the extraction worker sent a text of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the extraction worker ended mid-answer");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
