@echo off
rem sumcheck launcher for Windows: runs sumcheck-VERSION.jar beside this file (a release), or target\sumcheck-VERSION.jar
rem of a source checkout, building it with Maven on first use. Needs Java 17+ on the PATH (or JAVA_HOME).
setlocal EnableExtensions
set "HERE=%~dp0"
set "JAR="
for %%J in ("%HERE%sumcheck-*.jar") do set "JAR=%%~fJ"
if not defined JAR for %%J in ("%HERE%target\sumcheck-*.jar") do set "JAR=%%~fJ"
if not defined JAR (
  if not exist "%HERE%sumcheck.pom.xml" (
    echo sumcheck: 找不到 sumcheck-*.jar / no sumcheck-*.jar beside this launcher 1>&2
    exit /b 2
  )
  echo sumcheck: 正在构建（仅首次）/ building the jar (first use^)... 1>&2
  pushd "%HERE%"
  call mvn -q -B -ntp -DskipTests -f sumcheck.pom.xml clean package 1>&2
  set "BUILD=%ERRORLEVEL%"
  popd
  for %%J in ("%HERE%target\sumcheck-*.jar") do set "JAR=%%~fJ"
)
if not defined JAR (
  echo sumcheck: 构建失败 / build failed (需要 JDK 17+ 与 Maven / needs JDK 17+ and Maven^) 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem UTF-8 console and streams, whatever the code page: Chinese file names and reports print as written
chcp 65001 >nul 2>&1
set "OPTS=-Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
if /I not "%~1"=="serve" set "OPTS=%OPTS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m"
"%JAVA%" %OPTS% %SUMCHECK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
