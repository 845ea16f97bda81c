package org.newslens.attribution;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The two trained taggers: cues over the whole text, then source and content around each cue. Built by
 * {@link AttributionTrainer} from PolNeAR train ({@code newslens train attribution}); the committed file is
 * {@value #RESOURCE} (see the README next to it for its source and licence).
 */
final class AttributionModel {
    static final String RESOURCE = "org/newslens/attribution/attribution-model.bin.gz";
    private static final int MAGIC = 0x4E4C4154; // "NLAT"
    private static final int VERSION = 1;

    static final String[] CUE_LABELS = {"O", "B-CUE", "I-CUE"};
    static final String[] ROLE_LABELS = {"O", "B-SRC", "I-SRC", "B-CON", "I-CON"};

    final LinearChain cues;
    final LinearChain roles;
    /** Logistic calibration of the cue score into a confidence: {@code 1 / (1 + exp(-(a * score + b)))}. */
    final float calibrationA;
    final float calibrationB;

    AttributionModel(LinearChain cues, LinearChain roles, float calibrationA, float calibrationB) {
        this.cues = cues;
        this.roles = roles;
        this.calibrationA = calibrationA;
        this.calibrationB = calibrationB;
    }

    private static final class Holder {
        static final AttributionModel DEFAULT = loadDefault();
    }

    /** The committed model, loaded once. */
    static AttributionModel standard() {
        return Holder.DEFAULT;
    }

    /** A system property naming a model file to use instead of the committed one (held-out experiments). */
    static final String MODEL_PROPERTY = "newslens.attribution.model";

    private static AttributionModel loadDefault() {
        String file = System.getProperty(MODEL_PROPERTY);
        if (file != null) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        InputStream in = AttributionModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE + " (rebuild it with: newslens train attribution)");
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static AttributionModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a newslens attribution model (version " + VERSION + ")");
        }
        float a = in.readFloat();
        float b = in.readFloat();
        LinearChain cues = LinearChain.read(in);
        LinearChain roles = LinearChain.read(in);
        return new AttributionModel(cues, roles, a, b);
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeFloat(calibrationA);
        out.writeFloat(calibrationB);
        cues.write(out);
        roles.write(out);
        out.flush();
        gz.finish();
    }

    double confidence(float cueScore) {
        return 1.0 / (1.0 + Math.exp(-(calibrationA * cueScore + calibrationB)));
    }
}
