package org.newslens.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The second stage: text reuse across the whole corpus, by MinHash with LSH banding (Leskovec, Rajaraman and
 * Ullman, Mining of Massive Datasets, ch. 3.4) spread over the cluster. Every article emits its band keys; a
 * shuffle on the key brings together the articles that share one; each bucket yields its pairs; duplicate pairs
 * (found in several bands) collapse to one; the survivors are verified on their texts. Cost grows with the
 * articles plus the candidate pairs, never with all pairs.
 */
final class ReuseStage {
    /**
     * A bucket larger than this is a template or boilerplate shared by a whole site, not reuse worth pairing:
     * its pairs would grow with the square of its size.
     */
    static final int MAX_BUCKET = 200;

    static final StructType PAIRS = new StructType()
            .add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false)
            .add("similarity", DataTypes.DoubleType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("reason", DataTypes.StringType, false);

    private ReuseStage() {
    }

    /**
     * Reused pairs among {@code articles} (columns {@code uri}, {@code text}), each pair once with {@code a < b},
     * sorted, with the detector's similarity, confidence and reason.
     */
    static Dataset<Row> pairs(Dataset<Row> articles, ReuseSignatures signatures) {
        StructType keyed = new StructType().add("key", DataTypes.LongType).add("uri", DataTypes.StringType);
        Dataset<Row> keys = articles.flatMap((FlatMapFunction<Row, Row>) row -> {
            List<Row> out = new ArrayList<>();
            for (long k : signatures.bandKeys(row.getString(1))) {
                out.add(RowFactory.create(k, row.getString(0)));
            }
            return out.iterator();
        }, Encoders.row(keyed));
        StructType pair = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
        Dataset<Row> candidates = keys.groupBy("key").agg(org.apache.spark.sql.functions.sort_array(
                        org.apache.spark.sql.functions.collect_set("uri")).as("uris"))
                .flatMap((FlatMapFunction<Row, Row>) row -> {
                    List<String> uris = row.getList(1);
                    List<Row> out = new ArrayList<>();
                    if (uris.size() <= MAX_BUCKET) {
                        for (int i = 0; i < uris.size(); i++) {
                            for (int j = i + 1; j < uris.size(); j++) {
                                out.add(RowFactory.create(uris.get(i), uris.get(j)));
                            }
                        }
                    }
                    return out.iterator();
                }, Encoders.row(pair))
                .distinct();
        Dataset<Row> texts = articles.select(col("uri").as("u"), col("text").as("t"));
        Dataset<Row> joined = candidates
                .join(texts.withColumnRenamed("u", "ua").withColumnRenamed("t", "ta"), col("a").equalTo(col("ua")))
                .join(texts.withColumnRenamed("u", "ub").withColumnRenamed("t", "tb"), col("b").equalTo(col("ub")))
                .select("a", "b", "ta", "tb");
        return joined.flatMap((FlatMapFunction<Row, Row>) row -> {
            ReuseSignatures.Match m = signatures.verify(row.getString(2), row.getString(3));
            return m == null ? java.util.Collections.emptyIterator() : List.of(RowFactory.create(row.getString(0),
                    row.getString(1), m.similarity(), m.confidence(), m.reason())).iterator();
        }, Encoders.row(PAIRS)).orderBy("a", "b");
    }
}
