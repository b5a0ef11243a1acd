package org.sumcheck.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sumcheck.check.InputCollector;

/**
 * Lists inputs with Hadoop's {@link FileSystem} itself, never through Spark's file index: that index silently drops
 * names starting with {@code _} or {@code .} and the scan drops empty files (SCALEOUT-NOTES §4). Every regular file
 * under a folder becomes a row; the CLI's rules decide which are checked and which are skipped, with the CLI's
 * reasons, so the job and {@code sumcheck check} agree on what is a document.
 */
final class InputListing {
    /** The CLI skips folders whose name starts with "." (.git and the like) without looking inside; so does the job,
     *  but the folder itself gets a row, so nothing disappears without a word. */
    static final String HIDDEN = "hidden-or-lock-file";
    static final String NOT_A_DOCUMENT = "not-a-document-extension";
    static final String DUPLICATE = "same-file-already-checked";

    private static final int MAX_DEPTH = 64;

    private InputListing() {
    }

    /** What the driver found at the top of the inputs: rows, and the sub-folders to list in tasks. */
    record Top(List<InputFile> files, List<String> folders) {
    }

    /**
     * Lists the top level of each input on the driver. A named file is always an input whatever its name (as in the
     * CLI); a missing one is an input too, which then fails as {@code not-found}.
     */
    static Top top(List<String> inputs, Configuration conf) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus st;
            try {
                st = fs.getFileStatus(p);
            } catch (FileNotFoundException e) {
                files.add(new InputFile(fs.makeQualified(p).toString(), -1, null));
                continue;
            }
            if (!st.isDirectory()) {
                files.add(new InputFile(st.getPath().toString(), st.getLen(), null));
                continue;
            }
            for (FileStatus child : sorted(fs.listStatus(st.getPath()))) {
                if (child.isDirectory()) {
                    if (hidden(child.getPath().getName())) {
                        files.add(new InputFile(child.getPath().toString(), -1, HIDDEN));
                    } else {
                        folders.add(child.getPath().toString());
                    }
                } else {
                    files.add(inFolder(child));
                }
            }
        }
        return new Top(files, folders);
    }

    /** Walks one folder tree (in a task), with the same rules as {@link #top}. */
    static List<InputFile> walk(String folder, Configuration conf) {
        List<InputFile> out = new ArrayList<>();
        Path root = new Path(folder);
        try {
            walk(root.getFileSystem(conf), root, out, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void walk(FileSystem fs, Path dir, List<InputFile> out, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            // local file systems follow symbolic links: a link back up would recurse for ever
            out.add(new InputFile(dir.toString(), -1, "symlink-loop"));
            return;
        }
        FileStatus[] children;
        try {
            children = fs.listStatus(dir);
        } catch (FileNotFoundException e) {
            // gone since the driver listed it: there is nothing left to account for
            return;
        } catch (IOException e) {
            // an unreadable folder is reported, as the CLI does, not dropped
            out.add(new InputFile(dir.toString(), -1, null));
            return;
        }
        for (FileStatus child : sorted(children)) {
            if (child.isDirectory()) {
                if (hidden(child.getPath().getName())) {
                    out.add(new InputFile(child.getPath().toString(), -1, HIDDEN));
                } else {
                    walk(fs, child.getPath(), out, depth + 1);
                }
            } else {
                out.add(inFolder(child));
            }
        }
    }

    /** A file found in a folder: checked when its name looks like a document, skipped (with why) otherwise. */
    static InputFile inFolder(FileStatus st) {
        String name = st.getPath().getName();
        String reason = null;
        if (name.startsWith(".") || name.startsWith("~$")) {
            reason = HIDDEN;
        } else if (!InputCollector.DOCUMENT_EXTENSIONS.contains(extension(name))) {
            reason = NOT_A_DOCUMENT;
        }
        return new InputFile(st.getPath().toString(), st.getLen(), reason);
    }

    private static boolean hidden(String name) {
        return name.startsWith(".");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static List<FileStatus> sorted(FileStatus[] all) {
        List<FileStatus> list = new ArrayList<>(List.of(all));
        list.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
        return list;
    }
}
