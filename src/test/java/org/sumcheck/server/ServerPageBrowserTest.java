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
