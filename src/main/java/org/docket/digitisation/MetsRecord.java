package org.docket.digitisation;

import java.util.List;

/**
 * A METS record of one document: its files with their SHA-256 checksums, and its pages in order.
 * Written by hand rather than through a METS library: the subset used is small and fixed.
 */
final class MetsRecord {

    private MetsRecord() {
    }

    static String of(String title, List<ArchivePages.Stored> pages, List<Manifest.FileEntry> files) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd" LABEL="%s">
                 <mets:metsHdr CREATEDATE="%s">
                  <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><mets:name>Docket</mets:name></mets:agent>
                 </mets:metsHdr>
                 <mets:fileSec>
                """.formatted(escape(title), java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        for (int i = 0; i < files.size(); i++) {
            Manifest.FileEntry file = files.get(i);
            xml.append("""
                      <mets:fileGrp USE="%s">
                       <mets:file ID="FILE_%d" MIMETYPE="%s" SIZE="%d" CHECKSUM="%s" CHECKSUMTYPE="SHA-256">
                        <mets:FLocat LOCTYPE="URL" xlink:href="%s"/>
                       </mets:file>
                      </mets:fileGrp>
                    """.formatted(use(file.name()), i + 1, file.mediaType(), file.bytes(), file.sha256(), escape(file.name())));
        }
        xml.append(" </mets:fileSec>\n <mets:structMap TYPE=\"PHYSICAL\">\n  <mets:div TYPE=\"document\" LABEL=\"")
                .append(escape(title)).append("\">\n");
        for (int i = 0; i < files.size(); i++) {
            xml.append("   <mets:fptr FILEID=\"FILE_").append(i + 1).append("\"/>\n");
        }
        for (int i = 0; i < pages.size(); i++) {
            ArchivePages.Stored page = pages.get(i);
            xml.append("   <mets:div TYPE=\"page\" ORDER=\"").append(i + 1).append("\" LABEL=\"")
                    .append(escape(page.page().sourceFile() + " page " + page.page().pageInFile())).append("\"/>\n");
        }
        return xml.append("  </mets:div>\n </mets:structMap>\n</mets:mets>\n").toString();
    }

    private static String use(String name) {
        return name.endsWith(".pdf") ? "ARCHIVE" : name.endsWith(".alto.xml") ? "ALTO" : name.endsWith(".hocr") ? "HOCR" : "TEXT";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
