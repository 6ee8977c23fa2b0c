package org.docket.extraction;

/**
 * Tesseract's C API gives the page element of hOCR and ALTO only; its file renderers add the document
 * around it. These are those documents, so what Docket writes opens in any hOCR or ALTO viewer.
 */
public final class OcrMarkup {

    private OcrMarkup() {
    }

    public static String hocr(String page) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
                 <head>
                  <title>Docket OCR</title>
                  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
                  <meta name="ocr-system" content="tesseract"/>
                  <meta name="ocr-capabilities" content="ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf"/>
                 </head>
                 <body>
                """ + page + """
                 </body>
                </html>
                """;
    }

    public static String alto(String page) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <alto xmlns="http://www.loc.gov/standards/alto/ns-v3#" xmlns:xlink="http://www.w3.org/1999/xlink" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
                xsi:schemaLocation="http://www.loc.gov/standards/alto/ns-v3# http://www.loc.gov/alto/v3/alto-3-0.xsd">
                 <Description>
                  <MeasurementUnit>pixel</MeasurementUnit>
                  <OCRProcessing ID="OCR_0">
                   <ocrProcessingStep>
                    <processingSoftware>
                     <softwareName>tesseract</softwareName>
                    </processingSoftware>
                   </ocrProcessingStep>
                  </OCRProcessing>
                 </Description>
                 <Layout>
                """ + page + """
                 </Layout>
                </alto>
                """;
    }
}
