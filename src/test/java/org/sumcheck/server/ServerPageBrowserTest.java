package org.sumcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real browser: Debian's headless Chromium driven by Selenium through /usr/bin/chromedriver
 * (nothing downloaded). Uploads a sample, sees the findings, filters them, shows one in the text, downloads the
 * annotated copy, and saves screenshots under target/. Skipped where Chromium is not installed.
 */
@Tag("browser")
class ServerPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Selenium warns that it has no DevTools bindings for this Chromium; the test uses WebDriver only. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir
    Path temp;

    @Test
    void uploadSeeFilterFocusAndDownload() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed");
        Path uploads = Files.createDirectories(temp.resolve("uploads"));
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        Path sample = Samples.write(temp, "第一党支部总结.docx", Samples.docx(Samples.DEFECTIVE));

        ServerConfig config = ServerConfig.defaults().withPort(0).withTempRoot(uploads);
        try (SumcheckServer server = SumcheckServer.start(config, "test")) {
            ChromeDriver driver = newDriver(downloads);
            try {
                driver.manage().window().setSize(new Dimension(1280, 1500));
                driver.get(server.uri().toString());
                assertThat(driver.getTitle()).contains("文档审阅");

                driver.findElement(By.id("input")).sendKeys(sample.toString());
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                WebElement card = wait.until(d -> d.findElements(By.cssSelector("article.file[data-verdict]"))
                        .stream().findFirst().orElse(null));
                assertThat(card.getAttribute("data-verdict")).isEqualTo("needs-changes");
                assertThat(card.findElement(By.cssSelector(".verdict")).getText()).contains("需修改");

                List<WebElement> findings = card.findElements(By.cssSelector("li.finding"));
                assertThat(findings).hasSizeGreaterThan(2);
                assertThat(card.findElements(By.cssSelector("li.finding mark")).stream().map(WebElement::getText))
                        .contains("XX");
                List<String> categories = findings.stream().map(f -> f.getAttribute("data-category")).distinct().toList();
                assertThat(categories).contains("placeholder", "numbering");

                // filter by category: only numbering findings stay visible
                new Select(card.findElement(By.cssSelector("select.filter-category"))).selectByValue("numbering");
                List<WebElement> visible = card.findElements(By.cssSelector("li.finding")).stream()
                        .filter(WebElement::isDisplayed).toList();
                assertThat(visible).isNotEmpty().hasSizeLessThan(findings.size())
                        .allSatisfy(f -> assertThat(f.getAttribute("data-category")).isEqualTo("numbering"));
                // and by severity on top: error only
                new Select(card.findElement(By.cssSelector("select.filter-category"))).selectByValue("");
                new Select(card.findElement(By.cssSelector("select.filter-severity"))).selectByValue("error");
                assertThat(card.findElements(By.cssSelector("li.finding")).stream().filter(WebElement::isDisplayed))
                        .isNotEmpty().allSatisfy(f -> assertThat(f.getAttribute("data-severity")).isEqualTo("error"));
                new Select(card.findElement(By.cssSelector("select.filter-severity"))).selectByValue("");

                // click a placeholder finding: its words are marked in the document's text
                WebElement xx = card.findElements(By.cssSelector("li.finding")).stream()
                        .filter(f -> "placeholder".equals(f.getAttribute("data-category"))).findFirst().orElseThrow();
                xx.click();
                WebElement focused = wait.until(d -> card.findElements(By.cssSelector(".text p.focus")).stream()
                        .findFirst().orElse(null));
                assertThat(focused.getText()).contains("学习XX次");
                assertThat(focused.findElement(By.cssSelector("mark.focus")).getText()).isEqualTo("XX");
                screenshot(driver, Path.of("target", "serve-page.png"));

                card.findElement(By.cssSelector("button.download-annotated")).click();
                Path annotated = wait.until(d -> finished(downloads, ".docx").orElse(null));
                assertThat(annotated.getFileName().toString()).isEqualTo("第一党支部总结.sumcheck.docx");
                try (InputStream in = Files.newInputStream(annotated); XWPFDocument doc = new XWPFDocument(in)) {
                    assertThat(doc.getComments()).hasSize(findings.size());
                }

                // a batch: a clean summary passes, a broken file cannot be checked and says why
                Path clean = Samples.write(temp, "工作总结.docx", Samples.docx(List.of("第二党支部2023年度党建工作总结",
                        "一、主要工作及成效", "全年组织集中学习12次。", "二、存在的问题", "理论学习的系统性还不够强。",
                        "三、下一步工作打算", "持续强化理论学习。")));
                Path broken = Samples.write(temp, "损坏的文件.docx", "PK\u0003\u0004 not a zip".getBytes(
                        java.nio.charset.StandardCharsets.ISO_8859_1));
                driver.findElement(By.id("input")).sendKeys(clean + "\n" + broken);
                wait.until(d -> d.findElements(By.cssSelector("article.file[data-verdict]")).size() == 3);
                List<String> verdicts = driver.findElements(By.cssSelector("article.file")).stream()
                        .map(a -> a.getAttribute("data-verdict")).toList();
                assertThat(verdicts).containsExactlyInAnyOrder("needs-changes", "pass", "cannot-check");
                WebElement failed = driver.findElement(By.cssSelector("article.file[data-verdict='cannot-check']"));
                assertThat(failed.getText()).contains("无法检查", "损坏");
                driver.executeScript("window.scrollTo(0, 0)");
                screenshot(driver, Path.of("target", "serve-page-batch.png"));

                driver.manage().window().setSize(new Dimension(390, 1600));
                screenshot(driver, Path.of("target", "serve-page-phone.png"));
            } finally {
                driver.quit();
            }
        }
        try (Stream<Path> left = Files.list(uploads)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    /** A duty report with many kinds of defect and a placeholder repeated: a findings list taller than the window. */
    private static final List<String> MANY = List.of(
            "第三党支部2023年党建工作总结",
            "现将第三党支部2022年党建工作总结如下。",
            "一、主要工作",
            "（一）加强理论武装",
            "坚持以习近平新时代中国特色社会主义为指导，全面贯彻党的二十大精神。",
            "严格落实“三会一课”制度,认真开展组织生活会。",
            "全年组织集中学习XX次，开展专题研讨XX次，讲党课XX次，走访群众XX户。",
            "（三）抓好作风建设",
            "开展“五星支部创建活动，党员队伍结构进一步优化。",
            "更多精品范文请关注微信公众号“笔杆子素材库”。",
            "二、存在问题",
            "学习不够深入，联系实际不够紧密，理论武装的系统性和实效性还需要进一步加强。",
            "三、下一步打算",
            "继续加强理论学习，推动工作落实。");

    @Test
    void stickyTextGroupedFindingsScoreFixedCopyAndDiff() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed");
        Path uploads = Files.createDirectories(temp.resolve("uploads"));
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        Path older = Samples.write(Files.createDirectories(temp.resolve("v1")), "总结.docx", Samples.docx(MANY));
        List<String> v2 = MANY.stream().map(l -> l.replace("2022年", "2023年").replace(",", "，")).toList();
        Path newer = Samples.write(temp, "总结.docx", Samples.docx(v2.stream()
                .map(l -> l.equals("继续加强理论学习，推动工作落实。") ? "继续加强理论学习，推动工作落实,确保实效。" : l).toList()));
        ServerConfig config = ServerConfig.defaults().withPort(0).withTempRoot(uploads);
        try (SumcheckServer server = SumcheckServer.start(config, "test")) {
            ChromeDriver driver = newDriver(downloads);
            try {
                driver.manage().window().setSize(new Dimension(1280, 640));
                driver.get(server.uri().toString());
                driver.findElement(By.id("input")).sendKeys(newer.toString());
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                WebElement card = wait.until(d -> d.findElements(By.cssSelector("article.file[data-verdict]"))
                        .stream().findFirst().orElse(null));
                // verdict and score at the top of the card
                assertThat(card.findElement(By.cssSelector(".file-head .verdict")).getText()).contains("需修改");
                WebElement score = card.findElement(By.cssSelector(".file-head .score"));
                assertThat(score.getText()).startsWith("得分 ");
                assertThat(Integer.parseInt(score.getAttribute("data-score"))).isBetween(0, 99);

                // the four XX are one rule: one finding in view, the other places folded under it
                WebElement group = card.findElement(By.cssSelector("li.group[data-rule='PLACEHOLDER-001']"));
                assertThat(group.findElement(By.cssSelector("summary")).getText()).contains("同类问题 4 处");
                List<WebElement> inGroup = group.findElements(By.cssSelector("li.finding"));
                assertThat(inGroup).hasSize(4);
                assertThat(inGroup.stream().filter(WebElement::isDisplayed)).hasSize(1);
                group.findElement(By.cssSelector("summary")).click();
                assertThat(inGroup.stream().filter(WebElement::isDisplayed)).hasSize(4);

                // scroll down the findings: the document pane stays in view
                WebElement list = card.findElement(By.cssSelector("ol.findings"));
                WebElement pane = card.findElement(By.cssSelector(".text"));
                long listHeight = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().height", list)).longValue();
                assertThat(listHeight).as("the findings list is taller than the window").isGreaterThan(640);
                driver.executeScript("window.scrollTo(0, arguments[0].getBoundingClientRect().bottom + window.scrollY - 600)", list);
                double top = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top", pane)).doubleValue();
                double bottom = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().bottom", pane)).doubleValue();
                assertThat(top).as("pane top after scrolling").isBetween(0.0, 20.0);
                assertThat(bottom).as("pane bottom after scrolling").isGreaterThan(300.0);
                screenshot(driver, Path.of("target", "serve-page-sticky.png"));

                // the fixed copy: tracked changes by sumcheck
                driver.executeScript("arguments[0].scrollIntoView()", card.findElement(By.cssSelector("button.download-fixed")));
                card.findElement(By.cssSelector("button.download-fixed")).click();
                Path fixed = wait.until(d -> finished(downloads, ".fixed.docx").orElse(null));
                assertThat(fixed.getFileName().toString()).isEqualTo("总结.fixed.docx");
                try (InputStream in = Files.newInputStream(fixed); XWPFDocument doc = new XWPFDocument(in)) {
                    long changes = doc.getParagraphs().stream().mapToLong(p -> p.getCTP().sizeOfDelArray()).sum();
                    assertThat(changes).isGreaterThan(0);
                    assertThat(doc.getParagraphs().stream().flatMap(p -> p.getCTP().getInsList().stream()))
                            .allSatisfy(i -> assertThat(i.getAuthor()).isEqualTo("sumcheck"));
                }

                // the earlier version beside it: fixed, new and still there
                card.findElement(By.cssSelector("input.diff-input")).sendKeys(older.toString());
                WebElement fixedList = wait.until(d -> card.findElements(By.cssSelector(".diff-result .diff-fixed"))
                        .stream().findFirst().orElse(null));
                assertThat(fixedList.getText()).contains("已改正", "YEAR-");
                assertThat(card.findElement(By.cssSelector(".diff-result .diff-added")).getText()).contains("新出现 1 条");
                assertThat(card.findElement(By.cssSelector(".diff-result .diff-still")).getText()).contains("PLACEHOLDER-001");
                driver.executeScript("arguments[0].scrollIntoView()", card.findElement(By.cssSelector(".diff")));
                screenshot(driver, Path.of("target", "serve-page-diff.png"));
            } finally {
                driver.quit();
            }
        }
    }

    private static ChromeDriver newDriver(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--lang=zh-CN", "--hide-scrollbars");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> finished(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void screenshot(ChromeDriver driver, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
