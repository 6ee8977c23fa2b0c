package org.docket.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import javax.imageio.ImageIO;
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

    private final VisibleDocuments documents;
    private final PageImages images;

    PageController(VisibleDocuments documents, PageImages images) {
        this.documents = documents;
        this.images = images;
    }

    @GetMapping("/documents/{id}/pages/{number}")
    String page(@PathVariable String id, @PathVariable int number, Principal principal, Model model) throws IOException {
        Document document = documents.load(id, principal);
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
        Optional<BufferedImage> image = images.page(documents.load(id, principal), number);
        if (image.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This page has no image; its text is on the page view");
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image.get(), "png", png);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png.toByteArray());
    }
}
