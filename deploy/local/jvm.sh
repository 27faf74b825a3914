# The services' JVM and its options, sourced by up.sh (so by the system tests' Platform) and bench/startup.sh; the
# same options as deploy/kubernetes gives them (JAVA_TOOL_OPTIONS and the image's entry point), so that a local start
# measures what a pod does.
#   -XX:MaxRAM=1g -XX:MaxRAMPercentage=75   size the heap as in a pod of 1 GiB (registry-service's limit;
#                                           results-service's too, with 60 % for the heap there, and
#                                           ballot-service has 768 MiB): at most 768 MiB, starting at 16 MiB, where
#                                           this machine's memory would start it at 1/64 and let it grow to 1/4
#   -XX:+UseSerialGC                        the collector the JVM picks itself in such a pod (under 2 CPUs or
#                                           1792 MiB): no concurrent threads or remembered sets to keep
# tizim_service_jvm <target/quarkus-app> decides how one service starts (the JVM must run from that directory):
#   - with Leyden's AOT cache when it can, as a pod does: a JDK 24 or later (TIZIM_JAVA, a java of that JDK, else the
#     first found under /usr/lib/jvm) and an app.aot in the directory newer than the service's jars
#     (deploy/local/aot.sh: made as the image makes it, or trained on a real start): TIZIM_SERVICE_JAVA is that java,
#     TIZIM_SERVICE_JVM_OPTIONS -XX:AOTCache=app.aot (the classes of a start loaded and linked, and a trained one's
#     profiles; JEP 483/514/515);
#   - else: java on the PATH (the build's JDK 17) with -XX:SharedArchiveFile=app-cds.jsa, the classes of the start
#     archived by the build (AppCDS, root pom; a JVM other than the build's ignores the archive).
#   TIZIM_AOT=0 never uses the cache. A fresh clone has no app.aot, and a rebuild makes it older than the jars: up.sh
#   and bench/startup.sh make it anew before they start a service.
TIZIM_JVM_OPTIONS=(-XX:MaxRAM=1g -XX:MaxRAMPercentage=75 -XX:+UseSerialGC)
TIZIM_SERVICE_JAVA=java
TIZIM_SERVICE_JVM_OPTIONS=(-XX:SharedArchiveFile=app-cds.jsa)

# The java of a JDK with Leyden's AOT cache (24 or later, from its release file), or nothing (status 1).
tizim_aot_java() {
  local java version
  for java in ${TIZIM_JAVA:-} $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(dirname "$java")/../release" 2>/dev/null)
    [ -x "$java" ] && [ "${version:-0}" -ge 24 ] && { echo "$java"; return 0; }
  done
  return 1
}

# Whether the AOT cache of a service (its target/quarkus-app) is there and newer than its jars.
tizim_aot_fresh() { # app dir
  [ -f "$1/app.aot" ] && [ -z "$(find "$1/quarkus-run.jar" "$1/lib" "$1/app" "$1/quarkus" -newer "$1/app.aot" -print -quit)" ]
}

# Sets TIZIM_SERVICE_JAVA and TIZIM_SERVICE_JVM_OPTIONS for the service in that target/quarkus-app.
tizim_service_jvm() { # app dir
  local java
  TIZIM_SERVICE_JAVA=java
  TIZIM_SERVICE_JVM_OPTIONS=(-XX:SharedArchiveFile=app-cds.jsa)
  if [ "${TIZIM_AOT:-}" != 0 ] && tizim_aot_fresh "$1" && java=$(tizim_aot_java); then
    TIZIM_SERVICE_JAVA=$java
    TIZIM_SERVICE_JVM_OPTIONS=(-XX:AOTCache=app.aot)
  fi
}
