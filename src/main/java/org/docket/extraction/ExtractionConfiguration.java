package org.docket.extraction;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.docket.system.DocketProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.xml.sax.SAXException;

@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean
    TikaConfig tikaConfig() throws TikaException, IOException, SAXException {
        return tika();
    }

    /** Tika as Docket configures it (its own OCR off, XML entities off), for the application and for workers. */
    static TikaConfig tika() throws TikaException, IOException, SAXException {
        try (InputStream xml = ExtractionConfiguration.class.getResourceAsStream("tika-config.xml")) {
            return new TikaConfig(xml);
        }
    }

    /** The reader intake uses: worker processes unless docket.intake.isolation says in-process. */
    @Bean
    @Primary
    Extractor extractor(DocketProperties properties, TextExtractor inProcess, @Value("${docket.ocr.languages:eng}") String languages) {
        if (properties.intake().isolation() == DocketProperties.Isolation.IN_PROCESS) {
            return inProcess;
        }
        return new WorkerPoolExtractor(properties.intake(), languages);
    }
}
