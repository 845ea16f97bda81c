package org.newslens.rhetoric;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The trained rhetoric models in one file: the published lexicon entries they were trained with, the span model, the
 * technique model, the candidate filter and the decoding thresholds tuned on PTC dev. Built by {@code newslens train techniques}; shipped
 * as {@value #RESOURCE}.
 */
final class TechniqueModel {
    static final String RESOURCE = "/org/newslens/rhetoric/techniques.bin.gz";
    private static final String MAGIC = "newslens-techniques/2";

    final Map<String, Integer> published;
    final Lexicon lexicon;
    final LinearModel spans;
    final LinearModel techniques;
    /** Scores each decoded span as overlapping a persuasive span or not: most false alarms are whole spans. */
    final LinearModel filter;
    final SpanDecoder decoder;
    final TechniquePrior prior;

    TechniqueModel(Map<String, Integer> published, LinearModel spans, LinearModel techniques, LinearModel filter,
            SpanDecoder decoder, TechniquePrior prior) {
        this.published = published;
        this.lexicon = Lexicon.withCues(published);
        this.spans = spans;
        this.techniques = techniques;
        this.filter = filter;
        this.decoder = decoder;
        this.prior = prior;
    }

    TechniqueModel withDecoder(SpanDecoder d) {
        return new TechniqueModel(published, spans, techniques, filter, d, prior);
    }

    /** The technique probabilities of a span's features and embedding, corrected by {@link #prior}. */
    double[] techniqueProbabilities(int[] features, float[] embedding) {
        return prior.adjust(techniques.probabilities(features, embedding));
    }

    private static final class Bundled {
        static final TechniqueModel MODEL = load();

        private static TechniqueModel load() {
            try (InputStream in = TechniqueModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the rhetoric model " + RESOURCE + " is missing from the class"
                            + " path; rebuild it with 'newslens train techniques'");
                }
                return read(new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rhetoric model " + RESOURCE, e);
            }
        }
    }

    /** The model shipped with newslens, loaded once. */
    static TechniqueModel bundled() {
        return Bundled.MODEL;
    }

    void write(OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.writeUTF(MAGIC);
        Lexicon.write(published, out);
        spans.write(out);
        techniques.write(out);
        filter.write(out);
        decoder.write(out);
        prior.write(out);
        out.flush();
    }

    static TechniqueModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        String magic = in.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a newslens technique model (found '" + magic + "')");
        }
        Map<String, Integer> published = Lexicon.read(in);
        LinearModel spans = LinearModel.read(in);
        LinearModel techniques = LinearModel.read(in);
        LinearModel filter = LinearModel.read(in);
        SpanDecoder decoder = SpanDecoder.read(in);
        TechniquePrior prior = TechniquePrior.read(in);
        return new TechniqueModel(published, spans, techniques, filter, decoder, prior);
    }
}
