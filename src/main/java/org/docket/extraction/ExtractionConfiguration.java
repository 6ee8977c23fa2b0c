package org.docket.extraction;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xml.sax.SAXException;

@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean
    TikaConfig tikaConfig() throws TikaException, IOException, SAXException {
        try (InputStream xml = ExtractionConfiguration.class.getResourceAsStream("tika-config.xml")) {
            return new TikaConfig(xml);
        }
    }
}
