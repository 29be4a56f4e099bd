package dev.praxis.search.indexing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.mapstruct.Named;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The English names of the regions by code ({@code indexing/region-names-en.properties}, copied
 * from the registry's reference data): the card names its region in Russian only, and an English
 * search for "Kaliningrad" should find the Kaliningrad region's practices.
 */
@Component
class EnglishRegionNames {

    private static final String FILE = "indexing/region-names-en.properties";

    private final Properties names = new Properties();

    EnglishRegionNames() {
        try (var in = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            names.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    /** The region's English name, or null for a code the list does not know. */
    @Named("regionNameEn")
    String regionNameEn(String regionCode) {
        return regionCode == null ? null : names.getProperty(regionCode);
    }
}
