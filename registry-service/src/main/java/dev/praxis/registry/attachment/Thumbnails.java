package dev.praxis.registry.attachment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A PNG {@value #WIDTH} px wide of a photo, for the practice card. The image is decoded subsampled
 * (every n-th pixel), so a 24-megapixel photo costs a few hundred kilobytes, not a hundred megabytes.
 */
@Component
class Thumbnails {

    static final int WIDTH = 320;
    /** Larger images (by declared size) are decompression bombs, not photos: no thumbnail. */
    private static final long MAX_PIXELS = 200_000_000L;

    private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);

    /** The PNG bytes, or empty when the image cannot be read (the file is kept, without a thumbnail). */
    Optional<byte[]> of(InputStream image) {
        try (var input = ImageIO.createImageInputStream(image)) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(png(scaled(reader)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            log.info("No thumbnail: the image cannot be read ({})", unreadable.getMessage());
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > MAX_PIXELS) {
            throw new IOException("%d x %d pixels is too large".formatted(width, height));
        }
        var param = reader.getDefaultReadParam();
        int step = Math.max(1, width / WIDTH);
        param.setSourceSubsampling(step, step, 0, 0);
        var decoded = reader.read(0, param);
        if (decoded.getWidth() <= WIDTH) {
            return decoded;
        }
        int targetHeight = Math.max(1, (int) Math.round((double) decoded.getHeight() * WIDTH / decoded.getWidth()));
        var thumbnail = new BufferedImage(WIDTH, targetHeight, BufferedImage.TYPE_INT_ARGB);
        var graphics = thumbnail.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(decoded, 0, 0, WIDTH, targetHeight, null);
        } finally {
            graphics.dispose();
        }
        return thumbnail;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("No PNG writer");
        }
        return out.toByteArray();
    }
}
