package dev.praxis.registry.attachment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class TypeDetectorTests {

    private final TypeDetector detector = new TypeDetector();

    @Test
    void recognisesEveryAllowedKindByContent() throws IOException {
        assertThat(detect(SampleFiles.pdf())).hasValue(AllowedType.PDF);
        assertThat(detect(SampleFiles.docx())).hasValue(AllowedType.DOCX);
        assertThat(detect(SampleFiles.xlsx())).hasValue(AllowedType.XLSX);
        assertThat(detect(SampleFiles.odt())).hasValue(AllowedType.ODT);
        assertThat(detect(SampleFiles.ods())).hasValue(AllowedType.ODS);
        assertThat(detect(SampleFiles.png(40, 30))).hasValue(AllowedType.PNG);
        assertThat(detect(SampleFiles.jpeg(40, 30))).hasValue(AllowedType.JPEG);
    }

    @Test
    void refusesExecutablesAndOtherContainers() throws IOException {
        assertThat(detect(SampleFiles.elf())).isEmpty();
        assertThat(detect(SampleFiles.windowsExecutable())).isEmpty();
        assertThat(detect(SampleFiles.plainZip())).isEmpty();
        assertThat(detect(SampleFiles.docm())).isEmpty();
        assertThat(detect("<html><script>alert(1)</script></html>".getBytes())).isEmpty();
        assertThat(detect(SampleFiles.repeat((byte) 'x', 1000))).isEmpty();
    }

    @Test
    void looksAtThePrefixOnly() throws IOException {
        var big = SampleFiles.pdfOfSize(TypeDetector.PREFIX_BYTES * 3);
        assertThat(detect(Arrays.copyOf(big, TypeDetector.PREFIX_BYTES))).hasValue(AllowedType.PDF);
    }

    private java.util.Optional<AllowedType> detect(byte[] content) throws IOException {
        return detector.detect(Arrays.copyOf(content, Math.min(content.length, TypeDetector.PREFIX_BYTES)));
    }
}
