package org.docket.digitisation;

/**
 * A page found in the collection's folder tree, before it is read.
 *
 * @param seq        its place in the run, in reading order from 1
 * @param box        the first folder level under the collection, null for loose files
 * @param folder     the second level, null when there is none
 * @param item       deeper levels joined with "/", null when there are none
 * @param sourceFile the scan, relative to the collection folder
 * @param pageInFile its page in that file, from 1
 */
record ListedPage(int seq, String box, String folder, String item, String sourceFile, int pageInFile) {

    /** The id the search index knows this page by: the same page digitised again replaces its entry. */
    String indexId(String collection) {
        return "archive:" + collection + ":" + sourceFile + "#" + pageInFile;
    }

    /** The folder its document comes from: documents never cross one. */
    String leafFolder() {
        int slash = sourceFile.lastIndexOf('/');
        return slash < 0 ? "" : sourceFile.substring(0, slash);
    }
}
