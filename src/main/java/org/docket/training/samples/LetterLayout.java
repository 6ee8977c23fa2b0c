package org.docket.training.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/**
 * Prints letters onto A4 page images as they would leave the sender's printer or typewriter: a
 * resident's letter with their address and date top right, an organisation's on its letterhead,
 * a form in boxes, a printed e-mail or note as written; a signature goes under the sign-off.
 * Each letter starts on a new page.
 */
final class LetterLayout {

    /** The face the letter is typed in; typewritten letters use a monospaced face. */
    enum Face {
        SERIF(Font.SERIF), SANS(Font.SANS_SERIF), TYPEWRITER(Font.MONOSPACED);

        final String family;

        Face(String family) {
            this.family = family;
        }
    }

    private final int dpi;
    private final Face face;
    private final double bodyPt;
    private final int inkGrey;

    LetterLayout(int dpi, Face face, double bodyPt, int inkGrey) {
        this.dpi = dpi;
        this.face = face;
        this.bodyPt = bodyPt;
        this.inkGrey = inkGrey;
    }

    List<BufferedImage> render(List<LetterContent> letters, Random random) {
        PageWriter pw = new PageWriter(dpi, inkGrey, letters.getFirst().welsh() ? "Tudalen" : "Page");
        boolean first = true;
        for (LetterContent letter : letters) {
            if (!first) pw.newPage();
            first = false;
            if (letter.heading() != null) {
                pw.line(letter.heading(), pw.font(Font.SANS_SERIF, Font.BOLD, bodyPt), pw.left);
                pw.gap(10);
            }
            if (letter.formTitle() != null) {
                new FormLayout(pw, face.family, bodyPt).render(letter, random);
            } else {
                renderLetter(pw, letter, random);
            }
        }
        return pw.finish();
    }

    private void renderLetter(PageWriter pw, LetterContent letter, Random random) {
        Font body = pw.font(face.family, Font.PLAIN, bodyPt);
        Font bold = pw.font(face.family, Font.BOLD, bodyPt);
        if (letter.hasLetterhead()) letterhead(pw, letter);
        boolean dressedHere = letter.date() != null;
        if (dressedHere) {
            if (letter.hasLetterhead()) {
                letter.recipient().forEach(l -> pw.line(l, body, pw.left));
                pw.gap(bodyPt);
                pw.line(letter.date(), body, pw.left);
            } else {
                pw.lineRightAligned(letter.sender().address(), body);
                pw.gap(bodyPt * 0.6);
                pw.lineRightAligned(List.of(letter.date()), body);
                pw.gap(bodyPt);
                letter.recipient().forEach(l -> pw.line(l, body, pw.left));
            }
            pw.gap(bodyPt * 1.2);
            if (letter.reference() != null) pw.line(letter.reference(), body, pw.left);
            if (letter.subject() != null) {
                pw.gap(bodyPt * 0.5);
                pw.paragraph(letter.subject(), bold, pw.left, pw.right - pw.left);
            }
            if (letter.reference() != null || letter.subject() != null) pw.gap(bodyPt);
            if (letter.salutation() != null) {
                pw.line(letter.salutation(), body, pw.left);
                pw.gap(bodyPt * 0.6);
            }
        }
        List<String> paragraphs = letter.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            List<String> lines = p.lines().toList();
            if (i == 0 && letter.opensWithTitle()) {
                pw.paragraph(p, pw.font(face.family, Font.BOLD, bodyPt + 3), pw.left, pw.right - pw.left);
                pw.gap(bodyPt * 0.4);
            } else if (!dressedHere && i == 0 && !letter.hasLetterhead() && TextShapes.isAddress(p)) {
                pw.lineRightAligned(lines, body);
            } else if (!dressedHere && i <= 2 && TextShapes.isDate(p)) {
                if (letter.hasLetterhead()) pw.line(p, body, pw.left); else pw.lineRightAligned(lines, body);
            } else if (LetterContent.SIGN_OFF.matcher(lines.getFirst().strip()).matches() && i < paragraphs.size() - 1) {
                pw.ensureRoom(pw.px(bodyPt * 6));
                pw.line(lines.getFirst(), body, pw.left);
                signature(pw, pw.left, pw.y(), random);
                pw.gap(bodyPt * 3.2);
                lines.stream().skip(1).forEach(l -> pw.line(l, body, pw.left));
            } else {
                pw.paragraph(p, body, pw.left, pw.right - pw.left);
            }
            pw.gap(bodyPt * 0.6);
        }
        if (letter.signOff() != null) {
            pw.ensureRoom(pw.px(bodyPt * 6));
            pw.line(letter.signOff(), body, pw.left);
            signature(pw, pw.left, pw.y(), random);
            pw.gap(bodyPt * 3.2);
            pw.line(letter.sender().name(), body, pw.left);
            if (letter.sender().role() != null) pw.line(letter.sender().role(), body, pw.left);
            if (letter.sender().organisation() != null) pw.line(letter.sender().organisation(), body, pw.left);
        }
    }

    /** The first letterhead line large and bold (shrunk if it would overrun), the rest small, then a rule. */
    private void letterhead(PageWriter pw, LetterContent letter) {
        Font small = pw.font(Font.SANS_SERIF, Font.PLAIN, 9);
        String name = letter.letterhead().getFirst();
        Font big = pw.font(Font.SANS_SERIF, Font.BOLD, 20);
        int width = pw.g().getFontMetrics(big).stringWidth(name);
        if (width > pw.right - pw.left) big = big.deriveFont(big.getSize2D() * (pw.right - pw.left) / width);
        pw.line(name, big, pw.left);
        for (String line : letter.letterhead().subList(1, letter.letterhead().size())) {
            pw.paragraph(line, small, pw.left, pw.right - pw.left);
        }
        pw.gap(4);
        pw.rule(pw.left, pw.right, 1.2);
        pw.gap(22);
        if (letter.footer() != null) {
            Graphics2D g = pw.g();
            g.setFont(small);
            g.drawString(letter.footer(), pw.left, pw.height - pw.px(36));
        }
    }

    /** A few joined strokes where the sender signed, so the page is not pristine between sign-off and name. */
    static void signature(PageWriter pw, int x, int y, Random random) {
        Graphics2D g = pw.g();
        g.setStroke(new BasicStroke((float) (1.1 * pw.scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(40, 40, 40));
        double px = x + pw.px(4);
        double py = y + pw.px(20);
        for (int i = 0; i < 3 + random.nextInt(3); i++) {
            double nx = px + pw.px(18 + random.nextInt(30));
            double ny = y + pw.px(8 + random.nextInt(24));
            g.draw(new CubicCurve2D.Double(px, py, px + pw.px(random.nextInt(20)), py - pw.px(18 + random.nextInt(10)),
                    nx - pw.px(random.nextInt(20)), ny + pw.px(15 + random.nextInt(10)), nx, ny));
            px = nx;
            py = ny;
        }
    }
}
