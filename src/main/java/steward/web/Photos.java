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

/**
 * Photos taken with a tablet's camera: checked by their content (not by the name or type the browser claims),
 * decoded whole, and stored as a fresh JPEG no larger than needed. Re-encoding drops whatever else the file
 * carried (location and other metadata, or anything hidden after the image).
 */
public final class Photos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 1600;
    /** Refuses images whose pixels alone would take more memory than a tablet photo ever needs. */
    private static final long MAX_PIXELS = 50_000_000L;
    private static final float QUALITY = 0.85f;

    private Photos() {
    }

    /**
     * The upload as a JPEG whose longest side is at most {@value #MAX_SIDE} px; refused (naming the field) when
     * empty, larger than 5 MB, not a JPEG, PNG or WebP, or not decodable to the end.
     */
    public static byte[] accept(String field, byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw InvalidInput.of(field, Words.of(Messages.class, Messages::error_photo_empty));
        }
        if (upload.length > MAX_BYTES) {
            throw InvalidInput.of(field, Words.of(Messages.class, Messages::error_photo_too_large));
        }
        String format = formatOf(upload);
        if (format == null) {
            throw InvalidInput.of(field, Words.of(Messages.class, Messages::error_photo_type));
        }
        BufferedImage image = decode(upload, format);
        if (image == null) {
            throw InvalidInput.of(field, Words.of(Messages.class, Messages::error_photo_unreadable));
        }
        return encode(downscaled(image));
    }

    /** The format by the file's first bytes (its magic number). */
    private static String formatOf(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        if (data.length >= 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G'
                && data[4] == 0x0d && data[5] == 0x0a && data[6] == 0x1a && data[7] == 0x0a) {
            return "png";
        }
        if (data.length >= 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F'
                && data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
            return "webp";
        }
        return null;
    }

    /**
     * Decodes the whole image with a reader of its format (WebP's comes from TwelveMonkeys); null when it is
     * truncated or broken, or when no reader of the format is installed: refused rather than stored unchecked.
     */
    private static BufferedImage decode(byte[] data, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return null;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(input, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels <= 0 || pixels > MAX_PIXELS) {
                return null;
            }
            // Decoding every n-th pixel of a large photo keeps memory small; every byte is still read and checked.
            javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / MAX_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (format.equals("jpeg") && !endsWithEndOfImage(data)) {
                // The JDK's JPEG reader fills a cut-off file with grey instead of failing.
                return null;
            }
            return image;
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            reader.dispose();
        }
    }

    /** A complete JPEG ends with the EOI marker (FF D9), possibly followed by padding. */
    private static boolean endsWithEndOfImage(byte[] data) {
        for (int i = data.length - 1; i > 0 && i >= data.length - 64; i--) {
            if ((data[i - 1] & 0xff) == 0xff && (data[i] & 0xff) == 0xd9) {
                return true;
            }
        }
        return false;
    }

    /** RGB without alpha (JPEG has none), the longest side at most MAX_SIDE. */
    private static BufferedImage downscaled(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
