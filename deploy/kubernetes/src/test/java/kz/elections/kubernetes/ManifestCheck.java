package kz.elections.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the schema cannot say: every workload has a pinned image, probes on a declared port, requests
 * and limits; Tizim's services probe /q/health; each Service, autoscaler, disruption budget and
 * ingress points at something that exists; every ConfigMap and Secret named is rendered or declared
 * as created outside the manifests; several replicas of a service are interchangeable (no sticky sessions, one
 * shared web-state secret) and a replica that is stopped drains its requests. Each finding is one line naming the
 * object.
 */
final class ManifestCheck {

    static final List<String> TIZIM_SERVICES = List.of("registry-service", "ballot-service", "results-service");

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private final List<HasMetadata> objects;
    private final Set<String> external;
    private final List<String> problems;
    private final Map<String, PodTemplateSpec> workloads = new LinkedHashMap<>();

    /**
     * @param external ConfigMaps and Secrets created outside the manifests, as "ConfigMap/name" or
     *                 "Secret/name": references to them are not findings.
     */
    private ManifestCheck(List<HasMetadata> objects, Set<String> external, List<String> problems) {
        this.objects = objects;
        this.external = external;
        this.problems = problems;
        for (Deployment d : of(Deployment.class)) {
            workloads.put("Deployment/" + d.getMetadata().getName(), d.getSpec().getTemplate());
        }
        for (StatefulSet s : of(StatefulSet.class)) {
            workloads.put("StatefulSet/" + s.getMetadata().getName(), s.getSpec().getTemplate());
        }
    }

    static void check(List<HasMetadata> objects, Set<String> external, List<String> problems) {
        ManifestCheck check = new ManifestCheck(objects, external, problems);
        check.names();
        check.workloads();
        check.services();
        check.autoscalers();
        check.disruptionBudgets();
        check.ingresses();
        check.everyServiceComplete();
        check.replicasInterchangeable();
        check.drainsOnShutdown();
    }

    private void names() {
        Set<String> seen = new HashSet<>();
        Set<String> namespaces = new HashSet<>();
        for (HasMetadata o : objects) {
            String id = id(o);
            if (o.getMetadata() == null || o.getMetadata().getName() == null) {
                problems.add(o.getKind() + ": no name");
                continue;
            }
            boolean label = o instanceof Service || o instanceof Namespace;
            if (!(label ? DNS_LABEL : DNS_SUBDOMAIN).matcher(o.getMetadata().getName()).matches()) {
                problems.add(id + ": name is not a DNS-1123 " + (label ? "label" : "subdomain"));
            }
            if (!seen.add(id + " in " + o.getMetadata().getNamespace())) {
                problems.add(id + ": defined twice");
            }
            if (!(o instanceof Namespace)) {
                namespaces.add(String.valueOf(o.getMetadata().getNamespace()));
            }
        }
        if (namespaces.size() > 1 || namespaces.contains("null")) {
            problems.add("objects are not all in one namespace: " + namespaces);
        }
    }

    private void workloads() {
        workloads.forEach((id, template) -> {
            LabelSelector selector = id.startsWith("Deployment/")
                    ? deployment(id).getSpec().getSelector() : statefulSet(id).getSpec().getSelector();
            if (selector == null || !Labels.matches(selector, labels(template)) || Labels.isEmpty(selector)) {
                problems.add(id + ": selector does not select its own pod template");
            }
            boolean tizim = TIZIM_SERVICES.contains(id.substring(id.indexOf('/') + 1));
            for (Container c : template.getSpec().getContainers()) {
                container(id + " container " + c.getName(), c, tizim);
            }
            for (Volume v : template.getSpec().getVolumes()) {
                if (v.getConfigMap() != null) {
                    referenced(id, "ConfigMap", v.getConfigMap().getName(), null);
                }
                if (v.getSecret() != null) {
                    referenced(id, "Secret", v.getSecret().getSecretName(), null);
                }
            }
        });
    }

    private void container(String where, Container c, boolean tizim) {
        String image = c.getImage();
        if (image == null || image.isBlank()) {
            problems.add(where + ": no image");
        } else if (!image.contains("@") && !image.substring(image.lastIndexOf('/') + 1).contains(":")) {
            problems.add(where + ": image " + image + " has no tag");
        } else if (image.endsWith(":latest")) {
            problems.add(where + ": image " + image + " uses the tag latest");
        }
        if (c.getPorts().isEmpty()) {
            problems.add(where + ": declares no port");
        }
        probe(where, "readiness", c.getReadinessProbe(), c, tizim ? "/q/health/ready" : null);
        probe(where, "liveness", c.getLivenessProbe(), c, tizim ? "/q/health/live" : null);
        if (c.getStartupProbe() != null || tizim) {
            probe(where, "startup", c.getStartupProbe(), c, tizim ? "/q/health/started" : null);
        }
        var resources = c.getResources();
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources == null ? null : resources.getRequests().get(resource);
            Quantity limit = resources == null ? null : resources.getLimits().get(resource);
            if (request == null) {
                problems.add(where + ": no " + resource + " request");
            }
            if (limit == null) {
                problems.add(where + ": no " + resource + " limit");
            }
            if (request != null && limit != null && request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                problems.add(where + ": " + resource + " request above its limit");
            }
        }
        for (EnvVar env : c.getEnv()) {
            if (env.getValueFrom() == null) {
                continue;
            }
            var cm = env.getValueFrom().getConfigMapKeyRef();
            if (cm != null) {
                referenced(where, "ConfigMap", cm.getName(), cm.getKey());
            }
            var secret = env.getValueFrom().getSecretKeyRef();
            if (secret != null) {
                referenced(where, "Secret", secret.getName(), secret.getKey());
            }
        }
    }

    private void probe(String where, String kind, Probe probe, Container c, String expectedPath) {
        if (probe == null) {
            problems.add(where + ": no " + kind + " probe");
            return;
        }
        if (probe.getHttpGet() != null) {
            if (expectedPath != null && !expectedPath.equals(probe.getHttpGet().getPath())) {
                problems.add(where + ": " + kind + " probe on " + probe.getHttpGet().getPath() + ", not " + expectedPath);
            }
            if (containerPort(c, probe.getHttpGet().getPort()).isEmpty()) {
                problems.add(where + ": " + kind + " probe port " + show(probe.getHttpGet().getPort()) + " is not a container port");
            }
        } else if (expectedPath != null) {
            problems.add(where + ": " + kind + " probe is not an HTTP GET of " + expectedPath);
        } else if (probe.getExec() == null && probe.getTcpSocket() == null && probe.getGrpc() == null) {
            problems.add(where + ": " + kind + " probe has no handler");
        }
    }

    private void referenced(String where, String kind, String name, String key) {
        if (external.contains(kind + "/" + name)) {
            return;
        }
        Optional<Map<String, String>> data = kind.equals("ConfigMap")
                ? of(ConfigMap.class).stream().filter(m -> m.getMetadata().getName().equals(name)).findFirst().map(ConfigMap::getData)
                : of(Secret.class).stream().filter(s -> s.getMetadata().getName().equals(name)).findFirst()
                        .map(s -> {
                            Map<String, String> keys = new LinkedHashMap<>(s.getData());
                            keys.putAll(s.getStringData());
                            return keys;
                        });
        if (data.isEmpty()) {
            problems.add(where + ": " + kind + " " + name + " is neither rendered nor declared external");
        } else if (key != null && !data.get().containsKey(key)) {
            problems.add(where + ": " + kind + " " + name + " has no key " + key);
        }
    }

    private void services() {
        for (Service s : of(Service.class)) {
            String id = id(s);
            Map<String, String> selector = s.getSpec().getSelector();
            List<PodTemplateSpec> selected = workloads.values().stream()
                    .filter(t -> !selector.isEmpty() && labels(t).entrySet().containsAll(selector.entrySet())).toList();
            if (selected.isEmpty()) {
                problems.add(id + ": selects no workload's pods");
                continue;
            }
            for (ServicePort port : s.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
                for (PodTemplateSpec t : selected) {
                    boolean found = t.getSpec().getContainers().stream().anyMatch(c -> containerPort(c, target).isPresent());
                    if (!found) {
                        problems.add(id + ": targetPort " + show(target) + " is no container port of the pods it selects");
                    }
                }
            }
        }
    }

    private void autoscalers() {
        for (HorizontalPodAutoscaler h : of(HorizontalPodAutoscaler.class)) {
            String id = id(h);
            var ref = h.getSpec().getScaleTargetRef();
            Deployment target = "Deployment".equals(ref.getKind()) && "apps/v1".equals(ref.getApiVersion())
                    ? deployment("Deployment/" + ref.getName()) : null;
            if (target == null) {
                problems.add(id + ": scales " + ref.getKind() + " " + ref.getName() + ", which is not a rendered apps/v1 Deployment");
                continue;
            }
            Integer min = h.getSpec().getMinReplicas();
            if (min == null || min < 1 || min > h.getSpec().getMaxReplicas()) {
                problems.add(id + ": minReplicas " + min + " is not between 1 and maxReplicas " + h.getSpec().getMaxReplicas());
            }
            boolean cpu = h.getSpec().getMetrics().stream().anyMatch(m -> "Resource".equals(m.getType())
                    && m.getResource() != null && "cpu".equals(m.getResource().getName()));
            if (!cpu) {
                problems.add(id + ": no CPU metric");
            }
            if (target.getSpec().getReplicas() != null) {
                problems.add(id + ": Deployment " + ref.getName() + " sets replicas, which the autoscaler owns");
            }
        }
    }

    private void disruptionBudgets() {
        for (PodDisruptionBudget p : of(PodDisruptionBudget.class)) {
            String id = id(p);
            if ((p.getSpec().getMinAvailable() == null) == (p.getSpec().getMaxUnavailable() == null)) {
                problems.add(id + ": needs exactly one of minAvailable and maxUnavailable");
            }
            LabelSelector selector = p.getSpec().getSelector();
            boolean selects = selector != null && !Labels.isEmpty(selector)
                    && workloads.values().stream().anyMatch(t -> Labels.matches(selector, labels(t)));
            if (!selects) {
                problems.add(id + ": selects no workload's pods");
            }
        }
    }

    private void ingresses() {
        for (Ingress ingress : of(Ingress.class)) {
            String id = id(ingress);
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (var path : rule.getHttp().getPaths()) {
                    backend(id + " " + rule.getHost() + path.getPath(), path.getBackend());
                }
            }
            for (IngressTLS tls : ingress.getSpec().getTls()) {
                referenced(id, "Secret", tls.getSecretName(), null);
            }
        }
    }

    private void backend(String where, IngressBackend backend) {
        var ref = backend.getService();
        Optional<Service> service = of(Service.class).stream().filter(s -> s.getMetadata().getName().equals(ref.getName())).findFirst();
        if (service.isEmpty()) {
            problems.add(where + ": backend Service " + ref.getName() + " is not rendered");
            return;
        }
        var wanted = ref.getPort();
        boolean port = service.get().getSpec().getPorts().stream().anyMatch(p -> wanted.getName() != null
                ? wanted.getName().equals(p.getName()) : Objects.equals(wanted.getNumber(), p.getPort()));
        if (!port) {
            problems.add(where + ": Service " + ref.getName() + " has no such port");
        }
    }

    /** Each of the three services comes with its Deployment, Service, autoscaler and disruption budget. */
    private void everyServiceComplete() {
        for (String name : TIZIM_SERVICES) {
            for (Class<? extends HasMetadata> kind : List.of(Deployment.class, Service.class, HorizontalPodAutoscaler.class,
                    PodDisruptionBudget.class)) {
                if (of(kind).stream().noneMatch(o -> o.getMetadata().getName().equals(name))) {
                    problems.add(name + ": no " + kind.getSimpleName());
                }
            }
        }
    }

    /**
     * Any replica may answer any request: no Service or ingress pins a client to a pod, and every service encrypts
     * the pages' sign-in state with the one shared secret, so a cookie set by one replica is read by the next.
     */
    private void replicasInterchangeable() {
        for (Service s : of(Service.class)) {
            String affinity = s.getSpec().getSessionAffinity();
            if (affinity != null && !"None".equals(affinity)) {
                problems.add(id(s) + ": sessionAffinity " + affinity + " (replicas must not need sticky sessions)");
            }
        }
        for (Ingress ingress : of(Ingress.class)) {
            Map<String, String> annotations = ingress.getMetadata().getAnnotations();
            if (annotations != null && annotations.containsKey(STICKY_INGRESS)) {
                problems.add(id(ingress) + ": " + STICKY_INGRESS + " pins clients to a pod (replicas must not need sticky sessions)");
            }
        }
        Set<String> webStateSources = new HashSet<>();
        for (String name : TIZIM_SERVICES) {
            Deployment d = deployment("Deployment/" + name);
            if (d == null) {
                continue;
            }
            Optional<EnvVar> secret = mainContainer(d).getEnv().stream().filter(e -> WEB_STATE_SECRET.equals(e.getName())).findFirst();
            var ref = secret.map(EnvVar::getValueFrom).map(v -> v.getSecretKeyRef()).orElse(null);
            if (ref == null) {
                problems.add("Deployment/" + name + ": " + WEB_STATE_SECRET + " does not come from a Secret");
            } else {
                webStateSources.add(ref.getName() + "/" + ref.getKey());
            }
        }
        if (webStateSources.size() > 1) {
            problems.add("the services read " + WEB_STATE_SECRET + " from different Secrets " + new java.util.TreeSet<>(webStateSources)
                    + ": a page's cookie would not be read by another service's replicas");
        }
    }

    /**
     * A rolling update loses no request: the pod stays in the endpoints for the preStop pause, then readiness goes
     * down for QUARKUS_SHUTDOWN_DELAY while it still serves, then requests in flight get QUARKUS_SHUTDOWN_TIMEOUT to
     * finish, all within terminationGracePeriodSeconds; and an update never takes a replica away before its
     * successor is ready.
     */
    private void drainsOnShutdown() {
        for (String name : TIZIM_SERVICES) {
            Deployment d = deployment("Deployment/" + name);
            if (d == null) {
                continue;
            }
            String id = "Deployment/" + name;
            Container c = mainContainer(d);
            Long preStop = Optional.ofNullable(c.getLifecycle()).map(l -> l.getPreStop())
                    .map(h -> h.getExec() != null ? sleepSeconds(h.getExec().getCommand())
                            : h.getSleep() != null ? h.getSleep().getSeconds() : null)
                    .orElse(null);
            Long delay = seconds(c, "QUARKUS_SHUTDOWN_DELAY");
            Long timeout = seconds(c, "QUARKUS_SHUTDOWN_TIMEOUT");
            if (preStop == null) {
                problems.add(id + ": no preStop pause (the endpoint would still get requests after the pod stopped)");
            }
            if (delay == null) {
                problems.add(id + ": no QUARKUS_SHUTDOWN_DELAY (readiness would not be down before the server stops)");
            }
            if (timeout == null) {
                problems.add(id + ": no QUARKUS_SHUTDOWN_TIMEOUT (requests in flight would be cut at SIGTERM)");
            }
            Long grace = d.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
            long needed = (preStop == null ? 0 : preStop) + (delay == null ? 0 : delay) + (timeout == null ? 0 : timeout);
            if (grace == null ? needed >= 30 : grace <= needed) {
                problems.add(id + ": terminationGracePeriodSeconds " + (grace == null ? "30 (default)" : grace)
                        + " does not cover preStop + shutdown delay + shutdown timeout (" + needed + " s)");
            }
            var strategy = d.getSpec().getStrategy();
            IntOrString unavailable = strategy == null || strategy.getRollingUpdate() == null ? null
                    : strategy.getRollingUpdate().getMaxUnavailable();
            if (strategy == null || !"RollingUpdate".equals(strategy.getType()) || unavailable == null
                    || !(Integer.valueOf(0).equals(unavailable.getIntVal()) || "0%".equals(unavailable.getStrVal()))) {
                problems.add(id + ": not a rolling update with maxUnavailable 0 (an update would stop a replica before its successor is ready)");
            }
        }
    }

    static final String STICKY_INGRESS = "nginx.ingress.kubernetes.io/affinity";
    static final String WEB_STATE_SECRET = "TIZIM_WEB_STATE_SECRET";
    private static final Pattern SECONDS = Pattern.compile("(\\d+)s?");

    private static Container mainContainer(Deployment d) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** The seconds of a literal environment variable such as "25s", or null if it is not set so. */
    private static Long seconds(Container c, String variable) {
        return c.getEnv().stream().filter(e -> variable.equals(e.getName()) && e.getValue() != null).findFirst()
                .map(e -> SECONDS.matcher(e.getValue().strip())).filter(java.util.regex.Matcher::matches)
                .map(m -> Long.valueOf(m.group(1))).orElse(null);
    }

    /** N of a preStop command {@code sleep N}, or null. */
    private static Long sleepSeconds(List<String> command) {
        return command.size() == 2 && command.get(0).endsWith("sleep") && SECONDS.matcher(command.get(1)).matches()
                ? Long.valueOf(command.get(1).replace("s", "")) : null;
    }

    static Optional<ContainerPort> containerPort(Container c, IntOrString port) {
        return c.getPorts().stream().filter(p -> port != null && (port.getIntVal() != null
                ? port.getIntVal().equals(p.getContainerPort()) : Objects.equals(port.getStrVal(), p.getName()))).findFirst();
    }

    private static String show(IntOrString port) {
        return port == null ? "(none)" : port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    static Map<String, String> labels(PodTemplateSpec template) {
        return template.getMetadata() == null || template.getMetadata().getLabels() == null
                ? Map.of() : template.getMetadata().getLabels();
    }

    private Deployment deployment(String id) {
        return of(Deployment.class).stream().filter(d -> id.equals("Deployment/" + d.getMetadata().getName())).findFirst().orElse(null);
    }

    private StatefulSet statefulSet(String id) {
        return of(StatefulSet.class).stream().filter(d -> id.equals("StatefulSet/" + d.getMetadata().getName())).findFirst().orElse(null);
    }

    private <T extends HasMetadata> List<T> of(Class<T> kind) {
        List<T> list = new ArrayList<>();
        objects.stream().filter(kind::isInstance).map(kind::cast).forEach(list::add);
        return list;
    }

    private static String id(HasMetadata o) {
        return o.getKind() + "/" + (o.getMetadata() == null ? "?" : o.getMetadata().getName());
    }
}
