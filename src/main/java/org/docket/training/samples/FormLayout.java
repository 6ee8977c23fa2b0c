package org.docket.training.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

/**
 * A council contact form filled in on a computer and printed: a title bar, boxed fields for the
 * sender's details, then the message in a box that continues over the page if it must.
 */
final class FormLayout {

    private final PageWriter pw;
    private final String family;
    private final double bodyPt;
    private int boxTop;

    FormLayout(PageWriter pw, String family, double bodyPt) {
        this.pw = pw;
        this.family = family;
        this.bodyPt = bodyPt;
    }

    void render(LetterContent letter, Random random) {
        boolean cy = letter.welsh();
        Font label = pw.font(Font.SANS_SERIF, Font.BOLD, bodyPt - 1);
        Font value = pw.font(family, Font.PLAIN, bodyPt);
        titleBar(letter.recipient().isEmpty() ? null : letter.recipient().get(1), letter.formTitle());
        pw.line(cy ? "Llenwch bob adran, os gwelwch yn dda." : "Please complete every section.",
                pw.font(Font.SANS_SERIF, Font.ITALIC, 9), pw.left);
        pw.gap(8);
        if (letter.date() == null) {
            typedFields(letter, label, value, random);
            return;
        }
        Sender s = letter.sender();
        field(cy ? "Enw" : "Name", s.name(), label, value);
        field(cy ? "Cyfeiriad" : "Address", String.join(", ", s.address()), label, value);
        field(cy ? "Ffôn" : "Telephone", s.phone(), label, value);
        field(cy ? "E-bost" : "Email", s.email(), label, value);
        field(cy ? "Dyddiad" : "Date", letter.date(), label, value);
        pw.gap(14);
        pw.line(cy ? "Manylion eich ymholiad" : "Details of your enquiry", label, pw.left);
        pw.gap(4);
        int pad = pw.px(8);
        boxTop = pw.y();
        pw.gap(8);
        pw.onBreak(() -> pw.box(pw.left, boxTop, pw.right, pw.bottom, 0.8), () -> {
            boxTop = pw.y();
            pw.gap(8);
        });
        for (String paragraph : letter.paragraphs()) {
            pw.paragraph(paragraph, value, pw.left + pad, pw.right - pw.left - 2 * pad);
            pw.gap(bodyPt * 0.5);
        }
        pw.box(pw.left, boxTop, pw.right, pw.y(), 0.8);
        pw.onBreak(() -> { }, () -> { });
        pw.gap(18);
        pw.ensureRoom(pw.px(50));
        int signY = pw.y();
        pw.line(cy ? "Llofnod:" : "Signed:", label, pw.left);
        LetterLayout.signature(pw, pw.left + pw.px(70), signY - pw.px(8), random);
        pw.moveTo(signY);
        pw.line((cy ? "Dyddiad: " : "Date: ") + letter.date(), value, pw.left + pw.px(260));
    }

    /** A form the sender's text already spells out: "Label: value" lines become boxed fields. */
    private void typedFields(LetterContent letter, Font label, Font value, Random random) {
        for (String paragraph : letter.paragraphs()) {
            for (String line : paragraph.split("\n")) {
                Matcher m = TextShapes.FIELD.matcher(line.strip());
                if (m.matches() && m.group(2).length() <= 60) {
                    boolean signed = m.group(1).equals("Signed") || m.group(1).equals("Llofnod");
                    field(m.group(1), m.group(2), label, value);
                    if (signed) LetterLayout.signature(pw, pw.right - pw.px(150), pw.y() - pw.px(bodyPt * 2.4), random);
                } else if (line.strip().endsWith(":")) {
                    pw.gap(8);
                    pw.line(line.strip(), label, pw.left);
                } else {
                    pw.gap(4);
                    pw.paragraph(line, value, pw.left, pw.right - pw.left);
                }
            }
            pw.gap(bodyPt * 0.6);
        }
    }

    private void titleBar(String council, String title) {
        Graphics2D g = pw.g();
        Font font = pw.font(Font.SANS_SERIF, Font.BOLD, 15);
        g.setFont(font);
        int h = pw.px(30);
        g.setColor(new Color(70, 70, 70));
        g.fillRect(pw.left, pw.y(), pw.right - pw.left, h);
        g.setColor(Color.WHITE);
        String text = council == null ? title : council + " - " + title;
        int width = g.getFontMetrics().stringWidth(text);
        if (width > pw.right - pw.left - pw.px(16)) {
            g.setFont(font.deriveFont(font.getSize2D() * (pw.right - pw.left - pw.px(16)) / width));
        }
        g.drawString(text, pw.left + pw.px(8), pw.y() + h / 2 + g.getFontMetrics().getAscent() / 2 - pw.px(2));
        g.setColor(new Color(30, 30, 30));
        pw.gap(38);
    }

    private void field(String name, String value, Font labelFont, Font valueFont) {
        int rowTop = pw.y();
        int labelWidth = pw.px(130);
        int h = pw.px(bodyPt * 2);
        pw.ensureRoom(h);
        pw.box(pw.left, rowTop, pw.right, rowTop + h, 0.6);
        pw.box(pw.left, rowTop, pw.left + labelWidth, rowTop + h, 0.6);
        pw.moveTo(rowTop + pw.px(bodyPt * 0.45));
        int afterLabel = rowTop;
        pw.line(name, labelFont, pw.left + pw.px(6));
        pw.moveTo(rowTop + pw.px(bodyPt * 0.35));
        List<String> one = PageWriter.wrap(value, pw.g().getFontMetrics(valueFont), pw.right - pw.left - labelWidth - pw.px(12));
        pw.line(one.getFirst(), valueFont, pw.left + labelWidth + pw.px(6));
        pw.moveTo(afterLabel + h);
    }
}
