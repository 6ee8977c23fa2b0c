package org.docket.training.samples;

/**
 * The forms in which a piece of post reaches the council: the file's extension, the word used in
 * its file name, and the value written to the {@code form} column of labels.tsv.
 */
enum PostForm {
    SCAN_PNG("scan", "png", "scan-png"),
    SCAN_TIFF("scan", "tif", "scan-tiff"),
    SCAN_JPEG("scan", "jpg", "scan-jpeg"),
    SCAN_PDF("scan", "pdf", "scan-pdf"),
    FAX_TIFF("fax", "tif", "fax-tiff"),
    FAX_PDF("fax", "pdf", "fax-pdf"),
    FAX_PNG("fax", "png", "fax-png"),
    /** A PDF saved from a word processor, with a real text layer. */
    BORN_DIGITAL_PDF("pdf", "pdf", "pdf-text"),
    DOCX("docx", "docx", "docx"),
    /** What a web form sends on: field names and the message, as plain text. */
    WEB_FORM("webform", "txt", "txt-webform"),
    /** An e-mail with a short covering note and the letter attached. */
    EMAIL("email", "eml", "eml");

    final String fileWord;
    final String extension;
    final String label;

    PostForm(String fileWord, String extension, String label) {
        this.fileWord = fileWord;
        this.extension = extension;
        this.label = label;
    }

    boolean isScan() {
        return ordinal() <= FAX_PNG.ordinal();
    }

    boolean isFax() {
        return this == FAX_TIFF || this == FAX_PDF || this == FAX_PNG;
    }
}
