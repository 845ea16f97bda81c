package org.newslens.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The cluster job: {@code spark-submit --class org.newslens.spark.NewslensJob newslens-spark-job.jar --input
 * s3a://bucket/CC-NEWS/2024/03/ --output s3a://bucket/out/2024-03}. Each WARC file is one task running the same
 * pipeline as {@code newslens batch} on its records (models loaded once per executor); the results are written as
 * JSON Lines ({@code OUTPUT/jsonl}, line for line what {@code newslens batch} writes, in input order) and as Parquet
 * with the same fields ({@code OUTPUT/parquet}); then the reuse stage pairs articles that share text across the
 * whole corpus ({@code OUTPUT/reuse}).
 */
public final class NewslensJob {
    static final StructType ROWS = new StructType()
            .add("file", DataTypes.IntegerType, false)
            .add("line", DataTypes.LongType, false)
            .add("error", DataTypes.BooleanType, false)
            .add("uri", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, true)
            .add("json", DataTypes.StringType, false);

    private NewslensJob() {
    }

    /** What a run wrote. */
    record Counts(long files, long lines, long errors, long reusedPairs) {
    }

    public static void main(String[] args) throws IOException {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("newslens").getOrCreate();
        try {
            Counts c = run(spark, options, new CoreReuse());
            System.out.printf("newslens: %d WARC files, %d pages (%d errors), %d reused pairs -> %s%n", c.files(),
                    c.lines(), c.errors(), c.reusedPairs(), options.output());
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job on {@code spark}.
     *
     * @param signatures the reuse detector ({@link CoreReuse} on a cluster), or null to skip the reuse stage
     */
    static Counts run(SparkSession spark, JobOptions options, ReuseSignatures signatures) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<String> files = WarcFiles.expand(options.inputs(), hadoop);
        if (files.isEmpty()) {
            throw new IOException("no WARC files under " + options.inputs());
        }
        Map<String, String> conf = new HashMap<>();
        hadoop.forEach(e -> conf.put(e.getKey(), e.getValue()));
        RecordAnalyzer analyzer = new RecordAnalyzer(options, conf);

        List<Tuple2<Integer, String>> indexed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            indexed.add(new Tuple2<>(i, files.get(i)));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // One task per file: a WARC file is read front to back, and CC-NEWS files (about 1 GB) are a fair unit.
        JavaRDD<Row> rows = jsc.parallelize(indexed, indexed.size()).flatMap(f -> analyzer.rows(f._1(), f._2()));
        Dataset<Row> results = spark.createDataFrame(rows, ROWS).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            int partitions = options.partitions() > 0 ? options.partitions() : files.size();
            Dataset<Row> ordered = results.repartitionByRange(partitions, col("file"), col("line"))
                    .sortWithinPartitions("file", "line");
            ordered.select("json").write().mode(SaveMode.Overwrite).option("compression", "gzip")
                    .text(options.output() + "/jsonl");
            // The Parquet schema is read off the JSON itself, so it has exactly the JSONL's fields and grows with
            // the layers without a second description to keep in step.
            Dataset<String> json = ordered.select("json").as(Encoders.STRING());
            spark.read().json(json).write().mode(SaveMode.Overwrite).parquet(options.output() + "/parquet");

            long lines = results.count();
            long errors = results.filter(col("error")).count();
            long pairs = 0;
            if (options.reuse() && signatures != null) {
                Dataset<Row> articles = results.filter(col("text").isNotNull()).select("uri", "text");
                Dataset<Row> reused = ReuseStage.pairs(articles, signatures);
                reused.write().mode(SaveMode.Overwrite).parquet(options.output() + "/reuse");
                pairs = spark.read().parquet(options.output() + "/reuse").count();
            }
            return new Counts(files.size(), lines, errors, pairs);
        } finally {
            results.unpersist();
        }
    }
}
