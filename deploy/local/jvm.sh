# The services' JVM options, sourced by up.sh and bench/startup.sh; the same as deploy/kubernetes gives them
# (JAVA_TOOL_OPTIONS and the image's entry point), so that a local start measures what a pod does.
#   -XX:MaxRAM=1g -XX:MaxRAMPercentage=75   size the heap as in a pod of 1 GiB (registry-service's limit; the
#                                           others have 768 MiB): at most 768 MiB, starting at 16 MiB, where
#                                           this machine's memory would start it at 1/64 and let it grow to 1/4
#   -XX:+UseSerialGC                        the collector the JVM picks itself in such a pod (under 2 CPUs or
#                                           1792 MiB): no concurrent threads or remembered sets to keep
# TIZIM_SERVICE_JVM_OPTIONS are for the services alone (the JVM must run from target/quarkus-app):
#   -XX:SharedArchiveFile=app-cds.jsa       the classes of the start, archived by the build (AppCDS, root pom);
#                                           a JVM other than the build's ignores the archive and starts without it
TIZIM_JVM_OPTIONS=(-XX:MaxRAM=1g -XX:MaxRAMPercentage=75 -XX:+UseSerialGC)
TIZIM_SERVICE_JVM_OPTIONS=(-XX:SharedArchiveFile=app-cds.jsa)
