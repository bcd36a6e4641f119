package steward.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Photos taken with the tablet's camera: checked by their content (never by a name or a declared type), decoded
 * completely, and stored as a JPEG no longer than {@link #MAX_SIDE} pixels on its longest side. A file that is
 * empty, too large, of another type, or truncated is refused, naming the form's field.
 */
public final class Photos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 1600;
    /** Larger images would take too much memory to decode (a 20000×20000 PNG compresses to a few KB). */
    private static final long MAX_PIXELS = 40_000_000L;
    private static final float JPEG_QUALITY = 0.82f;

    private Photos() {
    }

    /** The upload re-encoded as a downscaled JPEG, or {@link InvalidInput} naming {@code field}. */
    public static byte[] accept(String field, byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw InvalidInput.of(field, messages().error_photo_empty());
        }
        if (upload.length > MAX_BYTES) {
            throw InvalidInput.of(field, messages().error_photo_too_large(MAX_BYTES / (1024 * 1024)));
        }
        if (!isJpeg(upload) && !isPng(upload) && !isWebp(upload)) {
            throw InvalidInput.of(field, messages().error_photo_type());
        }
        BufferedImage image = decode(upload);
        if (image == null) {
            throw InvalidInput.of(field, messages().error_photo_unreadable());
        }
        return jpeg(downscaled(image));
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A;
    }

    static boolean isWebp(byte[] b) {
        return b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P';
    }

    /**
     * Decodes the whole image with the first reader for its content, or null when none can: no reader for the
     * format (WebP needs an ImageIO plugin), too many pixels, or data that ends early or is corrupt.
     */
    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return null;
                }
                BufferedImage image = reader.read(0);
                // A truncated JPEG decodes with a warning and grey rows; the end-of-image marker tells.
                if (isJpeg(upload) && !endsWithJpegEnd(upload)) {
                    return null;
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean endsWithJpegEnd(byte[] b) {
        // Some cameras pad after the EOI marker; look for it near the end.
        for (int i = b.length - 2; i >= Math.max(0, b.length - 1024); i--) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static BufferedImage downscaled(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        // JPEG has no alpha: draw onto white RGB (a transparent PNG would otherwise turn black).
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Encoding a decoded image as JPEG failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The shared words in the HTTP request's language; the default language outside one (a job, a test). */
    private static Messages messages() {
        ArcContainer container = Arc.container();
        if (container != null && container.requestContext().isActive()
                && container.instance(CurrentVertxRequest.class).get().getCurrent() != null) {
            return container.instance(UiContext.class).get().messages();
        }
        return MessageBundles.get(Messages.class);
    }
}
