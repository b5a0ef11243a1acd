# sumcheck in a container: JRE 17, Tesseract with Simplified Chinese (scanned PDFs) and a CJK font.
#   docker build -t sumcheck .
#   docker run --rm -v "$PWD:/work" sumcheck check --format html -o /work/报告.html /work/收件箱
#   docker run --rm -p 8080:8080 sumcheck serve --host 0.0.0.0
# The first stage builds the release jar from this checkout; the image holds only the JRE and the jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml sumcheck.pom.xml ./
COPY src src
COPY rules rules
RUN mvn -q -B -ntp -DskipTests -f sumcheck.pom.xml package && cp target/sumcheck-*.jar /sumcheck.jar

FROM eclipse-temurin:17-jre
RUN apt-get update -qq \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      tesseract-ocr tesseract-ocr-chi-sim fonts-wqy-zenhei locales \
 && rm -rf /var/lib/apt/lists/*
# a UTF-8 locale, so Chinese file names in mounted folders open (see README: Locale)
ENV LANG=C.UTF-8 LC_ALL=C.UTF-8 OMP_THREAD_LIMIT=1
COPY --from=build /sumcheck.jar /opt/sumcheck/sumcheck.jar
RUN useradd --system --home-dir /work sumcheck && mkdir -p /work && chown sumcheck /work
USER sumcheck
WORKDIR /work
EXPOSE 8080
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-XX:+UseSerialGC", "-jar", "/opt/sumcheck/sumcheck.jar"]
CMD ["--help"]
