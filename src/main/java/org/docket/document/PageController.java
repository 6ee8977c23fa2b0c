package org.docket.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.docket.users.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** One page of a document: its image beside the text Docket read, for whoever may see its category. */
@Controller
class PageController {

    private final DocumentStore store;
    private final PageImages images;
    private final SignedIn signedIn;

    PageController(DocumentStore store, PageImages images, SignedIn signedIn) {
        this.store = store;
        this.images = images;
        this.signedIn = signedIn;
    }

    @GetMapping("/documents/{id}/pages/{number}")
    String page(@PathVariable String id, @PathVariable int number, Principal principal, Model model) throws IOException {
        Document document = visible(id, principal);
        if (number < 1 || number > Math.max(1, document.pages().size())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This document has no page " + number);
        }
        model.addAttribute("document", document);
        model.addAttribute("number", number);
        model.addAttribute("text", document.pages().isEmpty() ? "" : document.pages().get(number - 1).text());
        model.addAttribute("hasImage", images.page(document, number).isPresent());
        return "document/page";
    }

    @GetMapping(value = "/documents/{id}/pages/{number}/image", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> image(@PathVariable String id, @PathVariable int number, Principal principal) throws IOException {
        Optional<BufferedImage> image = images.page(visible(id, principal), number);
        if (image.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This page has no image; its text is on the page view");
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image.get(), "png", png);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png.toByteArray());
    }

    /** A document the person may not see is answered as one that is not there, so its existence is not given away. */
    private Document visible(String id, Principal principal) {
        Optional<Document> document = store.load(id);
        String category = document.map(Document::classification).map(Classification::category).orElse(null);
        if (document.isEmpty() || !signedIn.user(principal).access().allows(category)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no document " + id);
        }
        return document.get();
    }
}
