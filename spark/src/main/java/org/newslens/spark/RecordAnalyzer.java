package org.newslens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newslens.ingest.PageReader;
import org.newslens.model.Analysis;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Result;
import org.newslens.pipeline.BatchRun;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.pipeline.ResultJson;
import org.newslens.pipeline.WindowedMap;

/**
 * The executor side: one WARC file in, one row per page out, in record order, each row holding the page's
 * {@code newslens/1} JSON line exactly as {@code newslens batch} writes it. Pages run on one worker thread beside the
 * task's thread, under the same watchdog as the batch command, so a runaway page costs its time limit and no more.
 * Rows come out lazily, so a task holds a few pages, not the file.
 */
final class RecordAnalyzer implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Pages read ahead of the one being analysed: keeps the worker fed while the row is handed on. */
    static final int WINDOW = 4;

    /** One pipeline per executor JVM and options: models load once, whatever the number of tasks. */
    private static final Map<PipelineOptions, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private final JobOptions options;
    private final Map<String, String> hadoopConf;

    RecordAnalyzer(JobOptions options, Map<String, String> hadoopConf) {
        this.options = options;
        this.hadoopConf = Map.copyOf(hadoopConf);
    }

    /** Rows {@code (file, line, error, uri, text, json)} for the pages of one file. */
    Iterator<Row> rows(int fileIndex, String qualifiedPath) throws IOException {
        Configuration conf = new Configuration(false);
        hadoopConf.forEach(conf::set);
        Path path = new Path(qualifiedPath);
        FileSystem fs = path.getFileSystem(conf);
        long size = fs.getFileStatus(path).getLen();
        PageReader reader = PageReader.openArchive(WarcFiles.displayName(qualifiedPath),
                () -> new HadoopChannel(fs.open(path), size), options.ingestOptions());
        Pipeline pipeline = pipeline(options.pipelineOptions());
        boolean withLayers = !options.extractOnly();
        WindowedMap<Item, Result> results = WindowedMap.start(reader, pipeline::run, BatchRun.errorRecords(), 1, WINDOW,
                pipeline.options().timeLimit());
        TaskContext task = TaskContext.get();
        if (task != null) {
            // A killed or failed task must not leave its worker threads behind in the executor.
            task.addTaskCompletionListener(context -> {
                results.close();
                reader.close();
            });
        }
        return new Iterator<>() {
            private long line;

            @Override
            public boolean hasNext() {
                boolean more = results.hasNext();
                if (!more) {
                    results.close();
                    reader.close();
                }
                return more;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Result r = results.next();
                String text = r instanceof Analysis a ? a.article().text() : null;
                return RowFactory.create(fileIndex, line++, r instanceof Failure, r.source().uri(), text,
                        ResultJson.toLine(r, withLayers));
            }
        };
    }

    static Pipeline pipeline(PipelineOptions options) {
        return PIPELINES.computeIfAbsent(options, o -> {
            Pipeline p = new Pipeline(o);
            p.warmUp();
            return p;
        });
    }
}
