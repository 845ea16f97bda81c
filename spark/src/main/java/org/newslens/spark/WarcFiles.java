package org.newslens.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** Expands the job's inputs on the driver into a sorted list of WARC files, as {@code newslens batch} walks them. */
final class WarcFiles {
    private WarcFiles() {
    }

    /** Qualified paths of the WARC files that {@code inputs} (files, directories, globs) name, sorted, unique. */
    static List<String> expand(List<String> inputs, Configuration conf) throws IOException {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw new IOException("no file matches " + input);
            }
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (isWarc(f.getPath().getName())) {
                            files.add(f.getPath().toString());
                        }
                    }
                } else {
                    files.add(m.getPath().toString());
                }
            }
        }
        return files.stream().distinct().sorted().toList();
    }

    /**
     * The name a record's source carries: a local path as {@code newslens batch} would print it, any other file
     * system's full URI ({@code s3a://bucket/...}).
     */
    static String displayName(String qualified) {
        Path p = new Path(qualified);
        String scheme = p.toUri().getScheme();
        return scheme == null || "file".equals(scheme) ? p.toUri().getPath() : qualified;
    }

    private static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }
}
