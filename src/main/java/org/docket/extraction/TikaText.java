package org.docket.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.docket.document.Page;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Born-digital text through Tika: office files, e-mails with their attachments, HTML, plain text.
 * Tika's own Tesseract parser is switched off in tika-config.xml; Docket does its own OCR.
 */
@Component
class TikaText {

    /** Enough for any letter; a file that produces more is cut short, not refused. */
    private static final int MAX_CHARACTERS = 2_000_000;

    private final TikaConfig config;

    TikaText(TikaConfig config) {
        this.config = config;
    }

    List<Page> read(Path file) throws IOException, UnreadableFileException {
        AutoDetectParser parser = new AutoDetectParser(config);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // attachments of e-mails and embedded documents are read too
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("the document is password-protected; ask the sender for an unprotected copy", e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableFileException("the file's contents are malformed: " + Reasons.brief(e), e);
            }
        } catch (TikaException e) {
            throw new UnreadableFileException("the file is damaged or is not what its name says: " + Reasons.brief(e), e);
        }
        return List.of(new Page(1, (headers(metadata) + handler.toString()).strip(), 100, Page.Method.TEXT_LAYER));
    }

    /**
     * Tika reads an e-mail's header lines into metadata, not into its text; but who wrote and what the
     * subject says are often the plainest statement of what a letter is about, so they are put back.
     */
    private static String headers(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null || !type.startsWith("message/")) {
            return "";
        }
        StringBuilder lines = new StringBuilder();
        header(lines, "From", metadata.getValues(Message.MESSAGE_FROM));
        header(lines, "To", metadata.getValues(Message.MESSAGE_TO));
        header(lines, "Subject", metadata.getValues(TikaCoreProperties.TITLE));
        return lines.isEmpty() ? "" : lines.append('\n').toString();
    }

    private static void header(StringBuilder lines, String name, String[] values) {
        if (values.length > 0) {
            lines.append(name).append(": ").append(String.join(", ", values)).append('\n');
        }
    }
}
