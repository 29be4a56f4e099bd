package dev.praxis.registry.attachment;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but real files of every kind the tests need, made in memory. */
final class SampleFiles {

    private SampleFiles() {
    }

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF header followed by {@code size} bytes in all: content a PDF reader would refuse, but a PDF by type. */
    static byte[] pdfOfSize(int size) {
        var bytes = new byte[size];
        var header = pdf();
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = header.length; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    /** The start of a 64-bit Linux executable. */
    static byte[] elf() {
        var bytes = new byte[4096];
        bytes[0] = 0x7f;
        bytes[1] = 'E';
        bytes[2] = 'L';
        bytes[3] = 'F';
        bytes[4] = 2;
        bytes[5] = 1;
        bytes[6] = 1;
        return bytes;
    }

    /** The start of a Windows executable. */
    static byte[] windowsExecutable() {
        var bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    static byte[] docx() {
        return ooxml("word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    }

    static byte[] xlsx() {
        return ooxml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    }

    /** A Word document with macros: an OOXML package, but not one of the allowed kinds. */
    static byte[] docm() {
        return ooxml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml");
    }

    static byte[] odt() {
        return openDocument("application/vnd.oasis.opendocument.text");
    }

    static byte[] ods() {
        return openDocument("application/vnd.oasis.opendocument.spreadsheet");
    }

    static byte[] plainZip() {
        return zip(false, new String[] {"readme.txt", "just a zip"});
    }

    static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    static byte[] jpeg(int width, int height) {
        return image("jpeg", width, height);
    }

    private static byte[] image(String format, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(30, 90, 160));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ooxml(String mainPart, String mainContentType) {
        var contentTypes = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/%s" ContentType="%s"/></Types>""".formatted(mainPart, mainContentType);
        var relationships = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Target="%s" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>\
                </Relationships>""".formatted(mainPart);
        return zip(false, new String[] {"[Content_Types].xml", contentTypes}, new String[] {"_rels/.rels", relationships},
                new String[] {mainPart, "<root/>"});
    }

    /** OpenDocument's rule: a stored (uncompressed) {@code mimetype} entry first. */
    private static byte[] openDocument(String mediaType) {
        return zip(true, new String[] {"mimetype", mediaType}, new String[] {"content.xml", "<office:document-content/>"},
                new String[] {"META-INF/manifest.xml", "<manifest:manifest/>"});
    }

    private static byte[] zip(boolean firstStored, String[]... entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i++) {
                var data = entries[i][1].getBytes(StandardCharsets.UTF_8);
                var entry = new ZipEntry(entries[i][0]);
                if (i == 0 && firstStored) {
                    var crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] repeat(byte value, int size) {
        var bytes = new byte[size];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
