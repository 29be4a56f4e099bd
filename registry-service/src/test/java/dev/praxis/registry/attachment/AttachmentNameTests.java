package dev.praxis.registry.attachment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentNameTests {

    @Test
    void keepsAGoodNameAsItIs() {
        assertThat(name("Регламент МФЦ 2024.pdf", AllowedType.PDF)).isEqualTo("Регламент МФЦ 2024.pdf");
        assertThat(name("photo.JPEG", AllowedType.JPEG)).isEqualTo("photo.JPEG");
    }

    @Test
    void dropsFolders() {
        assertThat(name("../../etc/passwd.pdf", AllowedType.PDF)).isEqualTo("passwd.pdf");
        assertThat(name("C:\\Users\\anna\\Desktop\\план.docx", AllowedType.DOCX)).isEqualTo("план.docx");
        assertThat(name("..", AllowedType.PDF)).isEqualTo("attachment.pdf");
        assertThat(name("/", AllowedType.PDF)).isEqualTo("attachment.pdf");
    }

    @Test
    void dropsControlCharacters() {
        assertThat(name("report\u0000.exe\n.pdf", AllowedType.PDF)).isEqualTo("report.exe.pdf");
        assertThat(name("a\tb\rc.pdf", AllowedType.PDF)).isEqualTo("abc.pdf");
    }

    @Test
    void dropsBidiOverridesThatDisguiseAnExtension() {
        // shown as "reportfdp.exe" would read as "report exe.pdf" backwards: U+202E reverses what follows
        assertThat(name("report\u202Efdp.exe", AllowedType.PDF)).isEqualTo("reportfdp.exe.pdf");
        assertThat(name("a\u2066b\u2069\u200Fc\u200B.pdf", AllowedType.PDF)).isEqualTo("abc.pdf");
    }

    @Test
    void givesAFileTheExtensionOfWhatItReallyIs() {
        assertThat(name("report.exe", AllowedType.PDF)).isEqualTo("report.exe.pdf");
        assertThat(name("scan", AllowedType.PNG)).isEqualTo("scan.png");
        assertThat(name("table.docx", AllowedType.XLSX)).isEqualTo("table.docx.xlsx");
    }

    @Test
    void givesAnEmptyNameADefault() {
        assertThat(name(null, AllowedType.PDF)).isEqualTo("attachment.pdf");
        assertThat(name("", AllowedType.ODT)).isEqualTo("attachment.odt");
        assertThat(name("\u202E\u0000 . ", AllowedType.PDF)).isEqualTo("attachment.pdf");
        assertThat(name(".pdf", AllowedType.PDF)).isEqualTo("attachment.pdf");
    }

    @Test
    void capsTheLengthKeepingTheExtension() {
        var name = name("я".repeat(500) + ".pdf", AllowedType.PDF);
        assertThat(name).hasSize(AttachmentName.MAX_LENGTH).endsWith("я.pdf");
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        var name = name("😀".repeat(150) + ".png", AllowedType.PNG);
        assertThat(name.length()).isLessThanOrEqualTo(AttachmentName.MAX_LENGTH);
        assertThat(name.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE)).isEmpty();
        assertThat(name).endsWith("😀.png");
    }

    @Test
    void replacesCharactersWindowsRefuses() {
        assertThat(name("a<b>c:d\"e|f?g*h.pdf", AllowedType.PDF)).isEqualTo("a_b_c_d_e_f_g_h.pdf");
    }

    private static String name(String original, AllowedType type) {
        return AttachmentName.of(original, type).value();
    }
}
