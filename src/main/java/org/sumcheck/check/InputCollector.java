package org.sumcheck.check;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sumcheck.report.SkippedInput;

/**
 * Expands the command line's files and folders into the list of inputs, in a stable order.
 *
 * <p>A file named on the command line is always an input, whatever its name (its type is detected from
 * content). Inside folders, only files with a document extension are inputs; every other regular file is
 * listed as skipped (so nothing disappears silently). Symbolic links are followed, but a link back into a
 * folder already walked is not (no loops), and a file reached twice is checked once. A .zip (named or found in
 * a folder) is opened and its documents checked as {@code archive.zip!/entry} ({@link ZipInputs}).
 */
public final class InputCollector {
    /** Extensions taken from folders. .wps/.odt/.rtf are taken so that they are reported, not ignored. */
    public static final Set<String> DOCUMENT_EXTENSIONS = Set.of("docx", "doc", "pdf", "txt", "wps", "odt", "rtf", "docm");

    /** What the walk found: the inputs to check, and what it left out with why. */
    public record Inputs(List<Input> inputs, List<SkippedInput> skipped) {
    }

    /**
     * One input. {@code problem} is non-null when the entry cannot even be opened (missing, unreadable,
     * a link loop): it still goes through the pipeline and comes out as a failed file.
     */
    public record Input(Path path, String displayPath, String problem) {
    }

    private InputCollector() {
    }

    public static Inputs collect(List<Path> arguments) {
        return collect(arguments, false);
    }

    /**
     * As {@link #collect(List)}; {@code followLinks} also takes symbolic links that lead out of the folder being
     * walked. By default such a link is listed as skipped: a planted link must not make a check read (and quote)
     * files elsewhere on the machine.
     */
    public static Inputs collect(List<Path> arguments, boolean followLinks) {
        List<Input> inputs = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        Set<Path> seenFiles = new HashSet<>();
        for (Path arg : arguments) {
            if (Files.isDirectory(arg)) {
                walk(arg, inputs, skipped, seenFiles, followLinks);
            } else if (!Files.exists(arg, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                inputs.add(new Input(arg, arg.toString(), "not-found"));
            } else if (ZipInputs.isZip(arg) && seenFiles.add(realOrAbsolute(arg))) {
                ZipInputs.expand(arg, arg.toString(), inputs, skipped);
            } else if (seenFiles.add(realOrAbsolute(arg))) {
                inputs.add(new Input(arg, arg.toString(), null));
            }
        }
        return new Inputs(List.copyOf(inputs), List.copyOf(skipped));
    }

    private static void walk(Path root, List<Input> inputs, List<SkippedInput> skipped, Set<Path> seenFiles,
                             boolean followLinks) {
        Path rootReal = realOrAbsolute(root);
        List<Path> found = new ArrayList<>();
        List<Input> broken = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    if (!dir.equals(root) && name != null && name.toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE; // .git and the like are not submissions
                    }
                    if (!followLinks && leavesTree(dir, rootReal)) {
                        skipped.add(new SkippedInput(dir.toString(), "link-outside-folder"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !followLinks && leavesTree(file, rootReal)) {
                        skipped.add(new SkippedInput(file.toString(), "link-outside-folder"));
                    } else if (attrs.isRegularFile()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        skipped.add(new SkippedInput(file.toString(), "symlink-loop"));
                    } else {
                        broken.add(new Input(file, file.toString(), "read-error"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            broken.add(new Input(root, root.toString(), "read-error"));
        }
        found.sort(null);
        for (Path file : found) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                skipped.add(new SkippedInput(file.toString(), "hidden-or-lock-file"));
            } else if (ZipInputs.isZip(file) && seenFiles.add(realOrAbsolute(file))) {
                ZipInputs.expand(file, file.toString(), inputs, skipped);
            } else if (!DOCUMENT_EXTENSIONS.contains(extension(name))) {
                skipped.add(new SkippedInput(file.toString(), "not-a-document-extension"));
            } else if (!seenFiles.add(realOrAbsolute(file))) {
                skipped.add(new SkippedInput(file.toString(), "same-file-already-checked"));
            } else {
                inputs.add(new Input(file, file.toString(), null));
            }
        }
        inputs.addAll(broken);
    }

    /** A path reached through a symbolic link whose target lies outside the walked folder. */
    private static boolean leavesTree(Path p, Path rootReal) {
        return !realOrAbsolute(p).startsWith(rootReal);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Path realOrAbsolute(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
